import { type ReactNode, useState } from 'react'
import type { Address } from 'viem'
import { missingV3FeeTiers } from '../../../domain/actions/virtualPool.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import type { TokenInfo } from '../../../domain/catalogue/types.ts'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatTokenLabel } from '../../../ui/format/formatTokenLabel.ts'
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
  /** Open "create a V2 pair" (the user picks both tokens). */
  onStartCreatePair: () => void
  /** The create-pool or create-pair panel, shown while creating. */
  createPanel: ReactNode
  /** Pasted tokens the user chose to use (selectable in the create panels, badged "unlisted"). */
  importedTokens: readonly TokenInfo[]
  onImportToken: (token: TokenInfo) => void
}) {
  const [pasted, setPasted] = useState<Address | undefined>(undefined)
  const has = (pool: PoolChoice) =>
    !pasted ||
    [pool.token0.address, pool.token1.address].some((t) => t.toLowerCase() === pasted.toLowerCase())
  const shown = props.choices.filter(has)
  // The table lists the token list's pools; pools created here or found for a pasted token list apart, badged.
  const listedShown = shown.filter((pool) => !pool.imported)
  const importedShown = shown.filter((pool) => pool.imported)
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
                {formatTokenLabel(pool.token0)}/{formatTokenLabel(pool.token1)} ·{' '}
                {pool.protocol.toUpperCase()} {formatFeeTier(pool.fee)}
                {pool.farm || pool.incentive ? ' · farm' : ''}
                {pool.imported ? ' · unlisted pool' : ''}
              </option>
            ))}
          </select>
        </label>
        <PoolChoiceTable choices={listedShown} selected={props.selected} onSelect={props.onSelect} />
        {importedShown.length > 0 && (
          <ImportedPools pools={importedShown} selected={props.selected} onSelect={props.onSelect} />
        )}
        <TokenCheck
          chainId={props.chainId}
          list={props.tokens}
          onToken={setPasted}
          onImport={props.onImportToken}
          imported={props.importedTokens}
        />
        {pasted && shown.length === 0 && (
          <p className="text-sm" data-testid="no-pool-for-token">
            No listed pool holds this token. Once checked and chosen above, it can be paired in a new V3 pool
            or V2 pair (below).
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
        {props.createPanel}
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="secondary"
            data-testid="create-pool-open"
            onClick={() => props.onStartCreate('', '', 10000)}
          >
            Create a new V3 pool…
          </Button>
          <Button
            size="sm"
            variant="secondary"
            data-testid="create-pair-open"
            onClick={props.onStartCreatePair}
          >
            Create a new V2 pair…
          </Button>
        </div>
      </div>
    </Card>
  )
}

/** Pools that are not on the list (created here, or found on chain for a pasted token), badged. */
function ImportedPools(props: {
  pools: PoolChoice[]
  selected: string
  onSelect: (address: string) => void
}) {
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="imported-pools">
      <span className="font-medium">Unlisted pools (created or found here, not on Poolscope's list)</span>
      <ul className="flex flex-col gap-1">
        {props.pools.map((pool) => (
          <li key={pool.address} className="flex flex-wrap items-center gap-2" data-testid="imported-pool">
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              unlisted
            </span>
            <span className="[overflow-wrap:anywhere]">
              {formatTokenLabel(pool.token0)}/{formatTokenLabel(pool.token1)} · {pool.protocol.toUpperCase()}{' '}
              {formatFeeTier(pool.fee)} · <span className="font-mono text-xs">{pool.address}</span>
            </span>
            <Button
              size="sm"
              variant={pool.address.toLowerCase() === props.selected.toLowerCase() ? 'primary' : 'secondary'}
              onClick={() => props.onSelect(pool.address)}
              aria-pressed={pool.address.toLowerCase() === props.selected.toLowerCase()}
            >
              {pool.address.toLowerCase() === props.selected.toLowerCase() ? 'Selected' : 'Select'}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
