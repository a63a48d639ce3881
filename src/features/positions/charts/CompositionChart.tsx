import { compositionByPool } from '../../../domain/positions/compositionByPool.ts'
import type { PositionView } from '../../../domain/positions/model.ts'
import { CHART_COLORS } from '../../../ui/charts/chartColors.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'

/**
 * Portfolio value by pool as a list of horizontal bars, largest first: pool, bar (its length ∝ value,
 * the largest full), value and share. Plain HTML rather than a chart library: on the Positions page's
 * first load the Recharts bar chart cost ~360 ms of main thread at 4× CPU throttling (a third of the
 * page's script time, measured in Chromium), for bars a list draws as well, reads without a tooltip
 * and fits a phone. The values are in the text, so the bars are decoration.
 */
export default function CompositionChart({ positions }: { positions: readonly PositionView[] }) {
  const slices = compositionByPool(positions)
  if (slices.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">No priced positions to chart.</p>
  const largest = Math.max(...slices.map((slice) => slice.valueUsd))
  return (
    <figure className="min-w-0" data-testid="composition-chart">
      <figcaption className="sr-only">Portfolio value by pool</figcaption>
      <ol className="flex flex-col gap-2.5 text-sm">
        {slices.map((slice, index) => (
          <li key={slice.pool} data-testid="composition-bar" data-pool={slice.pool} data-usd={slice.valueUsd}>
            <div className="flex items-baseline justify-between gap-3">
              <span className="min-w-0 truncate text-slate-700 dark:text-slate-300" title={slice.label}>
                {slice.label}
              </span>
              <span className="shrink-0 tabular-nums text-slate-900 dark:text-slate-100">
                {formatUsd(slice.valueUsd)}{' '}
                <span className="text-slate-600 dark:text-slate-400">({formatPercent(slice.fraction)})</span>
              </span>
            </div>
            <div aria-hidden="true" className="relative mt-1 h-2.5 rounded bg-slate-100 dark:bg-slate-800">
              <div
                className="absolute inset-y-0 left-0 rounded"
                style={{
                  width: `${largest > 0 ? Math.max((slice.valueUsd / largest) * 100, 0.5) : 0}%`,
                  backgroundColor:
                    CHART_COLORS.bars[index % CHART_COLORS.bars.length] ?? CHART_COLORS.position,
                }}
              />
            </div>
          </li>
        ))}
      </ol>
    </figure>
  )
}
