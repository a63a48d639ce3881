import { useState } from 'react'
import type { Address } from 'viem'
import type { TokenInfo } from '../../../config/deployments.types.ts'
import { Card } from '../../../ui/Card.tsx'
import { formatFeeTier } from '../../positions/format/formatFeeTier.ts'
import type { PoolChoice } from '../data/poolChoices.ts'
import { PoolChoiceTable } from './PoolChoiceTable.tsx'
import { TokenCheck } from './TokenCheck.tsx'

/** Step 1: pick the pair and the pool (protocol + fee tier), or paste a token to find its pools; farms are flagged. */
export function PoolStep(props: {
  chainId: number
  tokens: readonly TokenInfo[]
  choices: PoolChoice[]
  selected: string
  onSelect: (address: string) => void
}) {
  const [pasted, setPasted] = useState<Address | undefined>(undefined)
  const has = (pool: PoolChoice) =>
    !pasted ||
    [pool.token0.address, pool.token1.address].some((t) => t.toLowerCase() === pasted.toLowerCase())
  const shown = props.choices.filter(has)
  return (
    <Card title="1. Pair and pool">
      <div className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Pool</span>
          <select
            className="h-10 rounded-lg border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950"
            value={props.selected}
            onChange={(event) => props.onSelect(event.target.value)}
            data-testid="pool-select"
          >
            <option value="">Choose a pool…</option>
            {shown.map((pool) => (
              <option key={pool.address} value={pool.address}>
                {pool.token0.symbol.slice(0, 12)}/{pool.token1.symbol.slice(0, 12)} ·{' '}
                {pool.protocol.toUpperCase()} {formatFeeTier(pool.fee)}
                {pool.farm || pool.incentive ? ' · farm' : ''}
              </option>
            ))}
          </select>
        </label>
        <PoolChoiceTable choices={shown} selected={props.selected} onSelect={props.onSelect} />
        <TokenCheck chainId={props.chainId} list={props.tokens} onToken={setPasted} />
        {pasted && shown.length === 0 && (
          <p className="text-sm" data-testid="no-pool-for-token">
            No listed pool holds this token. Creating and initializing a new pool is not offered yet.
          </p>
        )}
      </div>
    </Card>
  )
}
