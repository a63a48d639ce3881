import { type ReactNode, useState } from 'react'
import type { Address } from 'viem'
import { missingV3FeeTiers } from '../../../domain/actions/virtualPool.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import type { TokenInfo } from '../../../domain/catalogue/types.ts'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { PoolChoiceTable } from './PoolChoiceTable.tsx'
import { TokenCheck } from './TokenCheck.tsx'

/** Step 1: pick the pair and the pool (protocol + fee tier), or paste a token to find its pools; farms are flagged. */
export function PoolStep(props: {
  chainId: number
  tokens: readonly TokenInfo[]
  choices: PoolChoice[]
  selected: string
  onSelect: (address: string) => void
  /** Open "create a pool" for a pair and fee tier (tokens may be empty: the user picks them). */
  onStartCreate: (tokenA: Address | '', tokenB: Address | '', fee: number) => void
  /** The create-pool panel, shown while creating. */
  createPanel: ReactNode
}) {
  const [pasted, setPasted] = useState<Address | undefined>(undefined)
  const has = (pool: PoolChoice) =>
    !pasted ||
    [pool.token0.address, pool.token1.address].some((t) => t.toLowerCase() === pasted.toLowerCase())
  const shown = props.choices.filter(has)
  const selectedPool = props.choices.find((c) => c.address.toLowerCase() === props.selected.toLowerCase())
  const missingTiers = selectedPool
    ? missingV3FeeTiers(props.choices, selectedPool.token0.address, selectedPool.token1.address)
    : []
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
                {formatSymbol(pool.token0.symbol)}/{formatSymbol(pool.token1.symbol)} ·{' '}
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
            No listed pool holds this token. A new V3 pool can be created for a pair of listed tokens (below).
          </p>
        )}
        {selectedPool && missingTiers.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span>
              {selectedPool.token0.symbol}/{selectedPool.token1.symbol} has no V3 pool at:
            </span>
            {missingTiers.map((fee) => (
              <Button
                key={fee}
                size="sm"
                variant="secondary"
                data-testid={`create-tier-${fee}`}
                onClick={() =>
                  props.onStartCreate(selectedPool.token0.address, selectedPool.token1.address, fee)
                }
              >
                Create the {formatFeeTier(fee)} pool
              </Button>
            ))}
          </div>
        )}
        {props.createPanel ?? (
          <div>
            <Button
              size="sm"
              variant="secondary"
              data-testid="create-pool-open"
              onClick={() => props.onStartCreate('', '', 10000)}
            >
              Create a new V3 pool…
            </Button>
          </div>
        )}
      </div>
    </Card>
  )
}
