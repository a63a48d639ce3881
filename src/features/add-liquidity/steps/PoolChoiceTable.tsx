import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { FARM_REWARD_APR_BASIS } from '../../../domain/figures/farmRewardApr.ts'
import { POOL_FEE_APR_24H_BASIS } from '../../../domain/figures/poolFeeApr.ts'
import { POOL_PRICE_BASIS } from '../../../domain/figures/poolPrice.ts'
import { POOL_TVL_BASIS } from '../../../domain/figures/poolTvl.ts'
import { POOL_VOLUME_24H_BASIS } from '../../../domain/figures/poolVolume.ts'
import { FEE_TIER_SHARE_BASIS, feeTierShares } from '../../../domain/pools/feeTierShare.ts'
import type { PoolRow } from '../../../domain/pools/poolsListTypes.ts'
import { poolsListQueryOptions } from '../../../queries/poolsListQuery.ts'
import { FigureBasis } from '../../../ui/FigureBasis.tsx'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatPoolFigures, type PoolFigureName } from '../../../ui/format/formatPoolFigures.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { formatTierShare } from '../../../ui/format/formatTierShare.ts'

// Padding between the columns, so neighbouring figures never read as one ("$8.02M$4.76M").
const HEAD = 'px-2 py-1.5 align-bottom text-xs font-semibold text-slate-600 dark:text-slate-300'
const CELL = 'px-2 py-1.5 whitespace-nowrap'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
const pairKey = (pool: PoolChoice) =>
  [pool.token0.address, pool.token1.address].map((a) => a.toLowerCase()).join('-')

/** The pool-level figure columns, each with its basis (the same figures as the Pools page). */
const FIGURE_COLUMNS: { figure: PoolFigureName; label: string; basis: string; testId?: string }[] = [
  { figure: 'price', label: 'Price (token1 per token0)', basis: POOL_PRICE_BASIS },
  { figure: 'tvl', label: 'TVL', basis: POOL_TVL_BASIS, testId: 'pool-choice-tvl' },
  { figure: 'volume24h', label: 'Volume 24 h', basis: POOL_VOLUME_24H_BASIS },
  { figure: 'fee-apr', label: 'Fee APR 24 h', basis: POOL_FEE_APR_24H_BASIS, testId: 'pool-choice-fee-apr' },
  {
    figure: 'reward-apr',
    label: 'Reward APR (per $ staked)',
    basis: FARM_REWARD_APR_BASIS,
    testId: 'pool-choice-reward-apr',
  },
]

/**
 * Every protocol and fee tier of the chosen pair (or of every listed pool) with its price, TVL, 24 h
 * volume, 24 h fee APR and farm reward APR from the pools list (the same figures as the Pools page), so
 * the choice is informed. A row click selects that pool.
 */
export function PoolChoiceTable(props: {
  choices: readonly PoolChoice[]
  selected: string
  onSelect: (address: string) => void
}) {
  const list = useQuery(poolsListQueryOptions(useConfig(), useChainId()))
  const selected = props.choices.find((choice) => same(choice.address, props.selected))
  const shown = selected ? props.choices.filter((c) => pairKey(c) === pairKey(selected)) : props.choices
  const rowOf = (choice: PoolChoice): PoolRow | undefined =>
    list.data?.rows.find((row) => same(row.address, choice.address))
  // Each pool's share of its pair's TVL and 24 h volume, over every listed pool of the pair.
  const shareOf = (row: PoolRow | undefined) =>
    row && list.data
      ? feeTierShares(
          list.data.rows
            .filter((other) => other.pairKey === row.pairKey)
            .map((other) => ({
              address: other.address,
              tvlUsd: other.tvlUsd,
              volumeUsd24h: other.volumeUsd24h,
            })),
        ).get(row.address.toLowerCase())
      : undefined
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="pool-choice-table">
        <caption className="text-left text-xs text-slate-600 dark:text-slate-400">
          {selected ? 'Fee tiers and protocols of this pair' : 'Listed pools'} · volume and fee APR over the
          last 24 h of chain time{list.error ? ' · pool figures unavailable' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={HEAD}>
              Pool
            </th>
            {FIGURE_COLUMNS.map((column) => (
              <th scope="col" key={column.figure} className={HEAD}>
                <span className="inline-flex items-center gap-1">
                  {column.label}
                  <FigureBasis label={column.label} basis={column.basis} />
                </span>
              </th>
            ))}
            <th scope="col" className={HEAD}>
              <span className="inline-flex items-center gap-1">
                Share of pair (TVL · volume 24 h)
                <FigureBasis label="Share of pair" basis={FEE_TIER_SHARE_BASIS} />
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((choice) => {
            const row = rowOf(choice)
            const figures = row ? formatPoolFigures(row) : undefined
            const share = shareOf(row)
            const isSelected = selected !== undefined && same(choice.address, selected.address)
            return (
              <tr
                key={choice.address}
                data-testid="pool-choice-row"
                data-pool={choice.address}
                aria-selected={isSelected}
                className={isSelected ? 'bg-slate-100 dark:bg-slate-800' : undefined}
              >
                <td className={`${CELL} font-medium`}>
                  <button
                    type="button"
                    className="min-h-6 rounded text-left underline-offset-2 hover:underline"
                    onClick={() => props.onSelect(choice.address)}
                  >
                    {formatSymbol(choice.token0.symbol)}/{formatSymbol(choice.token1.symbol)}{' '}
                    {choice.protocol.toUpperCase()} {formatFeeTier(choice.fee)}
                  </button>
                </td>
                {FIGURE_COLUMNS.map((column) => (
                  <td
                    key={column.figure}
                    className={`${CELL} tabular-nums`}
                    data-testid={column.testId}
                    data-figure={figures ? column.figure : undefined}
                  >
                    {list.isPending ? '…' : (figures?.[column.figure] ?? 'unavailable')}
                  </td>
                ))}
                <td
                  className={`${CELL} tabular-nums`}
                  data-testid="pool-choice-share"
                  data-tvl-share={share?.tvl.share ?? undefined}
                  data-volume-share={share?.volume24h.share ?? undefined}
                >
                  {list.isPending
                    ? '…'
                    : share
                      ? `${formatTierShare(share.tvl)} · ${formatTierShare(share.volume24h)}`
                      : 'unavailable'}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
