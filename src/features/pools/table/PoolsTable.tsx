import { useState } from 'react'
import { Link } from 'wouter'
import { ACTIVE_LIQUIDITY_USD_BASIS } from '../../../domain/figures/activeLiquidityUsd.ts'
import { FARM_REWARD_APR_BASIS } from '../../../domain/figures/farmRewardApr.ts'
import { POOL_FEE_APR_24H_BASIS } from '../../../domain/figures/poolFeeApr.ts'
import { POOL_PRICE_BASIS } from '../../../domain/figures/poolPrice.ts'
import { POOL_TVL_BASIS } from '../../../domain/figures/poolTvl.ts'
import { POOL_VOLUME_24H_BASIS } from '../../../domain/figures/poolVolume.ts'
import type { PoolRow } from '../../../domain/pools/poolsListTypes.ts'
import { quotePrice } from '../../../domain/pools/quotePrice.ts'
import { type PoolSortKey, type SortDirection, sortPoolRows } from '../../../domain/pools/sortPoolRows.ts'
import { FigureBasis } from '../../../ui/FigureBasis.tsx'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatPoolFigures } from '../../../ui/format/formatPoolFigures.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'

const COLUMNS: { key: PoolSortKey | null; label: string; title?: string; basis?: string }[] = [
  { key: 'pair', label: 'Pool' },
  { key: null, label: 'Price', basis: POOL_PRICE_BASIS },
  { key: 'tvlUsd', label: 'TVL', basis: POOL_TVL_BASIS },
  { key: 'volumeUsd24h', label: 'Vol 24h', basis: POOL_VOLUME_24H_BASIS },
  { key: 'volumeUsd7d', label: 'Vol 7d' },
  { key: 'feesUsd24h', label: 'Fees 24h' },
  { key: 'feesUsd7d', label: 'Fees 7d' },
  { key: 'feeApr', label: 'Fee APR 24h', basis: POOL_FEE_APR_24H_BASIS },
  { key: null, label: 'Active liquidity', title: ACTIVE_LIQUIDITY_USD_BASIS },
  { key: 'rewardApr', label: 'Farm', basis: FARM_REWARD_APR_BASIS },
]

function usd(value: number | null, available: boolean): string {
  if (!available) return 'unavailable'
  return formatUsd(value, { compact: true })
}

/** "no", "ended" or "yes · <reward APR per dollar staked>"; the APR part carries data-figure. */
function FarmCell({ row }: { row: PoolRow }) {
  const text = formatPoolFigures(row)['reward-apr']
  if (!row.available) return <span className="text-slate-500">unavailable</span>
  if (!row.farm)
    return (
      <span className="text-slate-500" data-figure="reward-apr" data-value={text}>
        no
      </span>
    )
  if (!row.farm.active)
    return (
      <span className="text-slate-500" data-figure="reward-apr">
        {text}
      </span>
    )
  return (
    <span className="font-medium text-teal-700 dark:text-teal-300">
      yes · <span data-figure="reward-apr">{text}</span>
    </span>
  )
}

function PriceCell({ row, inverted }: { row: PoolRow; inverted: boolean }) {
  const quoted = quotePrice(row, inverted)
  return (
    <td className="px-2 py-2 whitespace-nowrap">
      <span
        className="tabular-nums"
        data-testid="price-value"
        data-figure={inverted ? undefined : 'price'}
        data-sqrt-price-x96={row.sqrtPriceX96?.toString()}
        data-reserves={row.kind === 'v2' ? row.tvlWei?.join(',') : undefined}
      >
        {quoted.value === null ? 'unavailable' : formatPrice(quoted.value)}
      </span>
      <span className="block text-xs text-slate-600 dark:text-slate-400" data-testid="price-unit">
        {quoted.unit}
      </span>
    </td>
  )
}

/** How the swap windows were made (the "?" of the 24 h and 7 d columns); week null: 7 d not loaded. */
export type SwapWindowNotes = { day: string; week: string | null }

/** A 7-day cell: its figure, or "not loaded" while the 7-day figures are not read yet. */
function weekUsd(value: number | null, available: boolean, loaded: boolean): string {
  return loaded ? usd(value, available) : 'not loaded'
}

/**
 * Every pool of the chain, fee tiers of one pair side by side; column headers sort. `notes` add how the
 * swap windows were made to the volume and fee columns' "?" (and mark the 7-day ones not loaded).
 */
export function PoolsTable({
  rows,
  notes,
  swapsLoading = false,
}: {
  rows: readonly PoolRow[]
  notes?: SwapWindowNotes
  /** True while the Swap logs load: volume, fee and fee APR cells say so (the rest is final). */
  swapsLoading?: boolean
}) {
  const weekLoaded = notes === undefined || notes.week !== null
  const loading = (text: string) => (swapsLoading ? 'loading…' : text)
  const columns = COLUMNS.map((column) => {
    if (!notes) return column
    if (column.key === 'volumeUsd24h' || column.key === 'feesUsd24h' || column.key === 'feeApr')
      return { ...column, basis: [column.basis, notes.day].filter(Boolean).join(' ') }
    if (column.key === 'volumeUsd7d' || column.key === 'feesUsd7d')
      return {
        ...column,
        basis: notes.week ?? 'Not loaded yet: press “Load 7-day figures” (a longer Swap-log scan).',
      }
    return column
  })
  const [sortKey, setSortKey] = useState<PoolSortKey>('tvlUsd')
  const [direction, setDirection] = useState<SortDirection>('desc')
  // Quote direction of the price column: false = token1 per token0 (the pool's own), true = inverted.
  const [inverted, setInverted] = useState(false)
  const groups = sortPoolRows(rows, sortKey, direction)
  const sortBy = (key: PoolSortKey) => {
    if (key === sortKey) setDirection(direction === 'desc' ? 'asc' : 'desc')
    else {
      setSortKey(key)
      setDirection(key === 'pair' ? 'asc' : 'desc')
    }
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700">
      <table className="w-full min-w-[900px] text-left text-sm" data-testid="pools-table">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className="px-2 py-2 font-semibold whitespace-nowrap"
                title={column.title}
                aria-sort={
                  column.key === sortKey ? (direction === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                {column.key ? (
                  <button
                    type="button"
                    data-sort={column.key}
                    onClick={() => sortBy(column.key as PoolSortKey)}
                    className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:text-white"
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {column.key === sortKey ? (direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                ) : column.label === 'Price' ? (
                  <span className="inline-flex items-center gap-1">
                    Price
                    <button
                      type="button"
                      data-testid="price-direction"
                      aria-pressed={inverted}
                      title="Flip the quote direction of every price"
                      onClick={() => setInverted(!inverted)}
                      className="rounded border border-slate-300 px-1 normal-case hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:hover:text-white"
                    >
                      ⇄ {inverted ? 'token0 per token1' : 'token1 per token0'}
                    </button>
                  </span>
                ) : (
                  column.label
                )}
                {column.basis && (
                  <span className="ml-1 inline-flex align-middle">
                    <FigureBasis label={column.label} basis={column.basis} />
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody
            key={group.pairKey}
            data-pair={group.label}
            className="border-t border-slate-200 dark:border-slate-700"
          >
            {group.rows.map((row, index) => (
              <tr
                key={row.address}
                data-pool={row.address}
                className="hover:bg-slate-50 dark:hover:bg-slate-800/40"
              >
                <td className="px-2 py-2 whitespace-nowrap">
                  <Link
                    href={`/pools/${row.address}`}
                    className="font-medium text-slate-900 underline-offset-2 hover:underline dark:text-slate-100"
                  >
                    <span className={index === 0 ? '' : 'text-slate-500 dark:text-slate-400'}>
                      {`${formatSymbol(row.token0.symbol)}/${formatSymbol(row.token1.symbol)}`}
                    </span>
                  </Link>{' '}
                  <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-700 dark:text-slate-200">
                    {row.kind === 'v3' ? `V3 ${formatFeeTier(row.feePips)}` : 'V2 0.3%'}
                  </span>
                </td>
                <PriceCell row={row} inverted={inverted} />
                <td className="px-2 py-2 tabular-nums" data-figure="tvl" data-wei={row.tvlWei?.join(',')}>
                  {formatPoolFigures(row).tvl}
                </td>
                <td
                  className="px-2 py-2 tabular-nums"
                  data-figure="volume24h"
                  data-wei={row.volumeIn24hWei?.join(',')}
                >
                  {loading(formatPoolFigures(row).volume24h)}
                </td>
                <td
                  className="px-2 py-2 tabular-nums"
                  data-figure="volume7d"
                  data-wei={weekLoaded ? row.volumeIn7dWei?.join(',') : undefined}
                >
                  {loading(weekUsd(row.volumeUsd7d, row.available, weekLoaded))}
                </td>
                <td className="px-2 py-2 tabular-nums" data-figure="fees24h">
                  {loading(usd(row.feesUsd24h, row.available))}
                </td>
                <td className="px-2 py-2 tabular-nums" data-figure="fees7d">
                  {loading(weekUsd(row.feesUsd7d, row.available, weekLoaded))}
                </td>
                <td className="px-2 py-2 tabular-nums" data-figure="fee-apr">
                  {loading(formatPoolFigures(row)['fee-apr'])}
                </td>
                <td
                  className="px-2 py-2 tabular-nums"
                  data-figure="active-liquidity"
                  data-liquidity={row.activeLiquidity?.toString()}
                >
                  {row.activeLiquidity === null ? 'unavailable' : usd(row.activeLiquidityUsd, row.available)}
                </td>
                <td className="px-2 py-2 whitespace-nowrap" data-figure="farm">
                  <FarmCell row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
