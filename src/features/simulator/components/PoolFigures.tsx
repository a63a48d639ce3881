import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import { FARM_REWARD_APR_BASIS } from '../../../domain/figures/farmRewardApr.ts'
import { POOL_FEE_APR_24H_BASIS } from '../../../domain/figures/poolFeeApr.ts'
import { POOL_PRICE_BASIS } from '../../../domain/figures/poolPrice.ts'
import { POOL_TVL_BASIS } from '../../../domain/figures/poolTvl.ts'
import { POOL_VOLUME_24H_BASIS } from '../../../domain/figures/poolVolume.ts'
import { poolsListQueryOptions } from '../../../queries/poolsListQuery.ts'
import { formatPoolFigures } from '../../../ui/format/formatPoolFigures.ts'
import { LabelledFigure } from '../../../ui/LabelledFigure.tsx'

/**
 * The pool-level figures of the simulated pool, from the pools list (the same figures, same block and
 * same text as the Pools page), beside the range-specific projection.
 */
export function PoolFigures({ pool, priceUnit }: { pool: string; priceUnit: string }) {
  const list = useQuery(poolsListQueryOptions(useConfig(), useChainId()))
  const row = list.data?.rows.find((candidate) => candidate.address.toLowerCase() === pool.toLowerCase())
  const figures = row ? formatPoolFigures(row) : null
  const text = (name: keyof NonNullable<typeof figures>) =>
    figures ? figures[name] : list.isPending ? '…' : 'unavailable'
  return (
    <section aria-label="Pool figures" data-testid="sim-pool-figures" className="mb-3">
      <h3 className="mb-1 text-sm font-semibold text-slate-900 dark:text-slate-100">
        Pool figures{' '}
        <span className="text-xs font-normal text-slate-500 dark:text-slate-400">
          (the whole pool
          {list.data ? `, block ${list.data.blockNumber.toString()}` : ''}; your range's own APRs are below)
        </span>
      </h3>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        <LabelledFigure
          label={`Price (${priceUnit})`}
          basis={POOL_PRICE_BASIS}
          figure="price"
          value={text('price')}
        />
        <LabelledFigure label="TVL" basis={POOL_TVL_BASIS} figure="tvl" value={text('tvl')} />
        <LabelledFigure
          label="Volume (24 h)"
          basis={POOL_VOLUME_24H_BASIS}
          figure="volume24h"
          value={text('volume24h')}
        />
        <LabelledFigure
          label="Pool fee APR (24 h)"
          basis={POOL_FEE_APR_24H_BASIS}
          figure="fee-apr"
          testId="sim-pool-fee-apr"
          value={text('fee-apr')}
        />
        <LabelledFigure
          label="Farm reward APR (per $ staked)"
          basis={FARM_REWARD_APR_BASIS}
          figure="reward-apr"
          testId="sim-pool-reward-apr"
          value={text('reward-apr')}
        />
      </dl>
    </section>
  )
}
