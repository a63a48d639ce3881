import type { PositionFilters } from '../../../domain/positions/filterPositions.ts'
import { cx } from '../../../ui/cx.ts'
import { FOCUS_RING } from '../../../ui/focusRing.ts'

export interface PositionFiltersBarProps {
  filters: PositionFilters
  onChange: (filters: PositionFilters) => void
  quoteInverted: boolean
  onToggleQuote: () => void
}

const STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' },
] as const

const SELECT_CLASS = cx(
  'h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100',
  FOCUS_RING,
)

/** Open / closed / all, protocol, location, and the page-wide quote direction. */
export function PositionFiltersBar({
  filters,
  onChange,
  quoteInverted,
  onToggleQuote,
}: PositionFiltersBarProps) {
  return (
    <search className="flex flex-wrap items-end gap-3" aria-label="Filter positions">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-xs text-slate-500 dark:text-slate-400">Status</legend>
        <div className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-600">
          {STATUS_OPTIONS.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={filters.status === option.value}
              data-testid={`filter-status-${option.value}`}
              onClick={() => onChange({ ...filters, status: option.value })}
              className={cx(
                'h-8 cursor-pointer rounded-md px-3 text-sm',
                FOCUS_RING,
                filters.status === option.value
                  ? 'bg-teal-700 text-white dark:bg-teal-500 dark:text-slate-950'
                  : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
              )}
            >
              {option.label}
            </button>
          ))}
        </div>
      </fieldset>
      <label className="flex flex-col gap-1 text-xs text-slate-500 dark:text-slate-400">
        Protocol
        <select
          className={SELECT_CLASS}
          value={filters.protocol}
          data-testid="filter-protocol"
          onChange={(event) =>
            onChange({ ...filters, protocol: event.target.value as PositionFilters['protocol'] })
          }
        >
          <option value="all">All</option>
          <option value="v4">Uniswap V4</option>
          <option value="v3">Uniswap V3</option>
          <option value="v2">Uniswap V2</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs text-slate-500 dark:text-slate-400">
        Location
        <select
          className={SELECT_CLASS}
          value={filters.location}
          data-testid="filter-location"
          onChange={(event) =>
            onChange({ ...filters, location: event.target.value as PositionFilters['location'] })
          }
        >
          <option value="all">All</option>
          <option value="wallet">Wallet</option>
          <option value="farm">Farm</option>
          <option value="v3-staker">V3 staker</option>
        </select>
      </label>
      <button
        type="button"
        onClick={onToggleQuote}
        aria-pressed={quoteInverted}
        data-testid="quote-toggle"
        className={cx(
          'ml-auto h-9 cursor-pointer rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
          FOCUS_RING,
        )}
      >
        ⇄ Prices: {quoteInverted ? 'token0 per token1' : 'token1 per token0'}
      </button>
    </search>
  )
}
