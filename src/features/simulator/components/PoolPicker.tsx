import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { type Address, getAddress, isAddress } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import type { SimulatorPoolOption } from '../../../domain/catalogue/listSimulatorPools.ts'
import { feeTierShares } from '../../../domain/pools/feeTierShare.ts'
import { poolsListQueryOptions } from '../../../queries/poolsListQuery.ts'
import { Button } from '../../../ui/Button.tsx'
import { cx } from '../../../ui/cx.ts'
import { Field } from '../../../ui/Field.tsx'
import { FOCUS_RING } from '../../../ui/focusRing.ts'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatTierShare } from '../../../ui/format/formatTierShare.ts'

/** Chooses the pool: the chain's listed pools and pairs, or any address pasted in. */
export function PoolPicker({
  options,
  value,
  onChange,
}: {
  options: SimulatorPoolOption[]
  value: Address | undefined
  onChange: (pool: Address) => void
}) {
  const selectId = useId()
  const [custom, setCustom] = useState('')
  const [error, setError] = useState<string | null>(null)
  const listed = options.some((option) => value && option.address.toLowerCase() === value.toLowerCase())
  // The fee tiers' shares come from the pools list, the same query the pool figures below read.
  const list = useQuery(poolsListQueryOptions(useConfig(), useChainId()))
  const rows = list.data?.rows
  const selectedRow = rows?.find((row) => value && row.address.toLowerCase() === value.toLowerCase())
  const pairRows = selectedRow ? (rows ?? []).filter((row) => row.pairKey === selectedRow.pairKey) : []
  const shares = feeTierShares(
    pairRows.map((row) => ({ address: row.address, tvlUsd: row.tvlUsd, volumeUsd24h: row.volumeUsd24h })),
  )
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Pool
        </label>
        <select
          id={selectId}
          data-testid="sim-pool-select"
          value={listed ? value : ''}
          onChange={(event) => event.target.value && onChange(event.target.value as Address)}
          className={cx(
            'h-10 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100',
            FOCUS_RING,
          )}
        >
          {!listed && <option value="">{value ? `Custom: ${value.slice(0, 10)}…` : 'Choose a pool'}</option>}
          {options.map((option) => (
            <option key={option.address} value={option.address}>
              {option.label}
              {option.hasFarm ? ' · farm' : ''}
            </option>
          ))}
        </select>
      </div>
      {/* Room for a pair's usual three fee tiers (two lines each on a phone) from the first paint: the
          shares arrive with the pools list, after the rest of the page, and must not push it down. */}
      <div
        className="min-h-[100px] text-xs text-slate-700 md:min-h-[52px] dark:text-slate-300"
        data-testid="sim-tier-shares"
      >
        {selectedRow ? (
          <ul className="flex flex-col gap-0.5">
            {pairRows.map((row) => {
              const share = shares.get(row.address.toLowerCase())
              return (
                <li
                  key={row.address}
                  data-testid="sim-tier-share"
                  data-pool={row.address}
                  data-tvl-share={share?.tvl.share ?? undefined}
                  data-volume-share={share?.volume24h.share ?? undefined}
                >
                  {row.kind.toUpperCase()} {formatFeeTier(row.feePips)}: share of the pair's TVL{' '}
                  {share ? formatTierShare(share.tvl) : 'unavailable'}, of its 24 h volume{' '}
                  {share ? formatTierShare(share.volume24h) : 'unavailable'}
                </li>
              )
            })}
          </ul>
        ) : rows && value ? (
          <p>Fee-tier shares: unavailable (this pool is not in the pools list).</p>
        ) : list.error ? (
          <p>Fee-tier shares: unavailable ({list.error.message.split('\n')[0]}).</p>
        ) : value ? (
          <p>Reading the fee tiers' TVL and 24 h volume…</p>
        ) : null}
      </div>
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          const text = custom.trim()
          if (!isAddress(text, { strict: false })) {
            setError('Paste a 0x address of 40 hex characters.')
            return
          }
          setError(null)
          onChange(getAddress(text))
        }}
      >
        <Field
          className="min-w-0 flex-1"
          label="Or a pool address"
          id="sim-pool-address"
          data-testid="sim-pool-address"
          placeholder="0x…"
          value={custom}
          error={error}
          onChange={(event) => setCustom(event.target.value)}
        />
        <Button
          type="submit"
          variant="secondary"
          data-testid="sim-pool-address-submit"
          className={error ? 'mb-7' : ''}
        >
          Open
        </Button>
      </form>
    </div>
  )
}
