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
import {
  type PoolGroup,
  type PoolSortKey,
  poolSortValue,
  sortPoolRows,
  sortPoolRowsFlat,
} from '../../../domain/pools/sortPoolRows.ts'
import { cx } from '../../../ui/cx.ts'
import { FigureBasis } from '../../../ui/FigureBasis.tsx'
import { FOCUS_RING } from '../../../ui/focusRing.ts'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatPoolFigures } from '../../../ui/format/formatPoolFigures.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'
import { usePoolsTableSort } from './usePoolsTableSort.ts'

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

// The pool column stays in view while the table scrolls sideways: sticky, on an opaque background
// (the row's hover colour included) so the scrolled figures never show through it.
const PINNED =
  'sticky left-0 z-10 border-r border-slate-200 shadow-[2px_0_4px_-2px_rgb(0_0_0/0.12)] dark:border-slate-700'
const PINNED_BODY = `${PINNED} bg-white group-hover:bg-slate-50 dark:bg-slate-900 dark:group-hover:bg-slate-800`
const CELL = 'px-2 py-2 tabular-nums whitespace-nowrap'

function usd(value: number | null, available: boolean): string {
  if (!available) return 'unavailable'
  return formatUsd(value, { compact: true })
}

/** The raw number a sortable cell is ordered by, for `data-value` (absent when unknown). */
function sortValueAttribute(row: PoolRow, key: Exclude<PoolSortKey, 'pair'>): string | undefined {
  const value = poolSortValue(row, key)
  return value === null ? undefined : String(value)
}

/** "no", "ended" or "yes · <reward APR per dollar staked>"; the APR part carries data-figure. */
function FarmCell({ row }: { row: PoolRow }) {
  const text = formatPoolFigures(row)['reward-apr']
  if (!row.available) return <span className="text-slate-600 dark:text-slate-400">unavailable</span>
  if (!row.farm)
    return (
      <span className="text-slate-600 dark:text-slate-400" data-figure="reward-apr">
        no
      </span>
    )
  if (!row.farm.active)
    return (
      <span className="text-slate-600 dark:text-slate-400" data-figure="reward-apr">
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
    <td className={CELL} data-value={quoted.value === null ? undefined : String(quoted.value)}>
      <span
        className="tabular-nums"
        data-testid="price-value"
        data-figure={inverted ? undefined : 'price'}
        data-sqrt-price-x96={row.sqrtPriceX96?.toString()}
        data-reserves={row.kind === 'v2' ? row.tvlWei?.join(',') : undefined}
      >
        {quoted.value === null ? 'unavailable' : formatPrice(quoted.value)}
      </span>
      <span
        className="block max-w-32 truncate text-xs text-slate-600 dark:text-slate-400"
        data-testid="price-unit"
        title={quoted.unit}
      >
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

function PoolTableRow({
  row,
  muted,
  inverted,
  weekLoaded,
  swapsLoading,
}: {
  row: PoolRow
  /** A further fee tier of the pair above it (grouped view): its name in a quieter colour. */
  muted: boolean
  inverted: boolean
  weekLoaded: boolean
  swapsLoading: boolean
}) {
  const loading = (text: string) => (swapsLoading ? 'loading…' : text)
  const figures = formatPoolFigures(row)
  const value = (key: Exclude<PoolSortKey, 'pair'>, loaded = true) =>
    loaded && !swapsLoading ? sortValueAttribute(row, key) : undefined
  return (
    <tr data-pool={row.address} className="group hover:bg-slate-50 dark:hover:bg-slate-800">
      <td
        className={cx('px-2 py-2 whitespace-nowrap', PINNED_BODY)}
        data-value={`${row.token0.symbol}/${row.token1.symbol}`}
      >
        <Link
          href={`/pools/${row.address}`}
          className="font-medium text-slate-900 underline-offset-2 hover:underline dark:text-slate-100"
        >
          <span
            className={cx(
              'block max-w-32 truncate sm:max-w-none',
              muted && 'text-slate-600 dark:text-slate-400',
            )}
            title={`${formatSymbol(row.token0.symbol)}/${formatSymbol(row.token1.symbol)}`}
          >
            {`${formatSymbol(row.token0.symbol)}/${formatSymbol(row.token1.symbol)}`}
          </span>
        </Link>{' '}
        <span className="mt-0.5 block w-fit rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-700 dark:text-slate-200">
          {row.kind === 'v3' ? `V3 ${formatFeeTier(row.feePips)}` : 'V2 0.3%'}
        </span>
      </td>
      <PriceCell row={row} inverted={inverted} />
      <td className={CELL} data-figure="tvl" data-value={value('tvlUsd')} data-wei={row.tvlWei?.join(',')}>
        {figures.tvl}
      </td>
      <td
        className={CELL}
        data-figure="volume24h"
        data-value={value('volumeUsd24h')}
        data-wei={row.volumeIn24hWei?.join(',')}
      >
        {loading(figures.volume24h)}
      </td>
      <td
        className={CELL}
        data-figure="volume7d"
        data-value={value('volumeUsd7d', weekLoaded)}
        data-wei={weekLoaded ? row.volumeIn7dWei?.join(',') : undefined}
      >
        {loading(weekUsd(row.volumeUsd7d, row.available, weekLoaded))}
      </td>
      <td className={CELL} data-figure="fees24h" data-value={value('feesUsd24h')}>
        {loading(usd(row.feesUsd24h, row.available))}
      </td>
      <td className={CELL} data-figure="fees7d" data-value={value('feesUsd7d', weekLoaded)}>
        {loading(weekUsd(row.feesUsd7d, row.available, weekLoaded))}
      </td>
      <td className={CELL} data-figure="fee-apr" data-value={value('feeApr')}>
        {loading(figures['fee-apr'])}
      </td>
      <td
        className={CELL}
        data-figure="active-liquidity"
        data-value={row.activeLiquidity?.toString()}
        data-liquidity={row.activeLiquidity?.toString()}
      >
        {row.activeLiquidity === null ? 'unavailable' : usd(row.activeLiquidityUsd, row.available)}
      </td>
      <td className={CELL} data-figure="farm" data-value={value('rewardApr')}>
        <FarmCell row={row} />
      </td>
    </tr>
  )
}

/**
 * Every pool of the chain, sorted by any column: grouped by pair (fee tiers of one pair side by side,
 * groups ordered by their best pool) or flat (every pool on its own). `notes` add how the swap windows
 * were made to the volume and fee columns' "?" (and mark the 7-day ones not loaded).
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
  const { sortKey, direction, grouped, sortBy, setGrouped } = usePoolsTableSort()
  // Quote direction of the price column: false = token1 per token0 (the pool's own), true = inverted.
  const [inverted, setInverted] = useState(false)
  const groups: PoolGroup[] = grouped
    ? sortPoolRows(rows, sortKey, direction)
    : [{ pairKey: 'all', label: 'all', rows: sortPoolRowsFlat(rows, sortKey, direction) }]
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <label className="inline-flex cursor-pointer items-center gap-2">
          <button
            type="button"
            role="switch"
            aria-checked={grouped}
            data-testid="group-by-pair"
            onClick={() => setGrouped(!grouped)}
            className={cx(
              'relative inline-flex h-6 w-10 shrink-0 items-center rounded-full transition-colors',
              grouped ? 'bg-teal-700 dark:bg-teal-500' : 'bg-slate-400 dark:bg-slate-600',
              FOCUS_RING,
            )}
          >
            <span
              aria-hidden="true"
              className={cx(
                'inline-block size-4 rounded-full bg-white shadow transition-transform',
                grouped ? 'translate-x-5' : 'translate-x-1',
              )}
            />
          </button>
          Group by pair
        </label>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {grouped
            ? '(fee tiers side by side; pairs ordered by their best pool)'
            : '(every pool ordered on its own)'}
        </span>
      </div>
      <div
        className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
        data-testid="pools-table-scroll"
      >
        <table className="w-full text-left text-sm" data-testid="pools-table" data-grouped={grouped}>
          <thead className="text-xs text-slate-600 uppercase dark:text-slate-300">
            <tr>
              {columns.map((column, index) => (
                <th
                  key={column.label}
                  scope="col"
                  className={cx(
                    'bg-slate-50 px-2 py-2 align-bottom font-semibold dark:bg-slate-800',
                    index === 0 && PINNED,
                    index === 0 && 'z-20',
                  )}
                  title={column.title}
                  aria-sort={
                    column.key === sortKey ? (direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  <span className="inline-flex items-end gap-1">
                    {column.key ? (
                      <button
                        type="button"
                        data-sort={column.key}
                        onClick={() => sortBy(column.key as PoolSortKey)}
                        className="inline-flex items-end gap-0.5 rounded text-left uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:hover:text-white"
                      >
                        {column.label}
                        <span aria-hidden="true" className="inline-block w-2 shrink-0">
                          {column.key === sortKey ? (direction === 'asc' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    ) : column.label === 'Price' ? (
                      <>
                        Price
                        <button
                          type="button"
                          data-testid="price-direction"
                          aria-pressed={inverted}
                          aria-label={`Flip the quote direction of every price (now ${inverted ? 'token0 per token1' : 'token1 per token0'})`}
                          title={`Flip the quote direction (now ${inverted ? 'token0 per token1' : 'token1 per token0'})`}
                          onClick={() => setInverted(!inverted)}
                          className="-my-1 inline-grid min-h-6 min-w-6 place-items-center rounded border border-slate-300 px-1 normal-case hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:hover:text-white"
                        >
                          ⇄
                        </button>
                      </>
                    ) : (
                      column.label
                    )}
                    {column.basis && <FigureBasis label={column.label} basis={column.basis} />}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody
              key={group.pairKey}
              data-pair={grouped ? group.label : undefined}
              data-testid={grouped ? undefined : 'pools-flat'}
              className="border-t border-slate-200 dark:border-slate-700"
            >
              {group.rows.map((row, index) => (
                <PoolTableRow
                  key={row.address}
                  row={row}
                  muted={grouped && index > 0}
                  inverted={inverted}
                  weekLoaded={weekLoaded}
                  swapsLoading={swapsLoading}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  )
}
