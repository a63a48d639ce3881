import { lazy } from 'react'
import type { EarningsChartPoint } from './charts/EarningsChart.tsx'
import { LazyWhenVisible } from './LazyWhenVisible.tsx'

// Below the fold: the chart (and Recharts) loads when scrolled near.
const EarningsChart = lazy(async () => ({
  default: (await import('./charts/EarningsChart.tsx')).EarningsChart,
}))

/**
 * Lifetime earnings: the total earned to date (collected + claimed + owed now), "partial" when a part
 * had no price, and the cumulative step chart, lazily loaded when scrolled near.
 */
export function EarningsPanel(props: {
  series: {
    points: readonly EarningsChartPoint[]
    total: number
    partial: boolean
    unpricedLegs: number
    nowUnknown: boolean
  }
  unit: string
  formatValue: (value: number) => string
  testId: string
  title: string
  /** A further reason the total is partial (e.g. an account's ledger could not be read). */
  partialReason?: string | undefined
  /** A sentence under the total (e.g. why V2 fees are not in it). */
  note?: string | undefined
}) {
  const { series, testId } = props
  const now = series.points.at(-1)
  const partial = series.partial || props.partialReason !== undefined
  return (
    <div
      className="flex flex-col gap-2"
      data-testid={testId}
      data-total={series.total}
      data-partial={partial}
      data-points={series.points.length}
      data-now-added={now?.kind === 'now' ? now.added : undefined}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Earned to date (fees + rewards):{' '}
        <span className="font-semibold tabular-nums" data-testid={`${testId}-total`}>
          {props.formatValue(series.total)}
        </span>
        {partial && (
          <span className="ml-1 text-xs text-amber-800 dark:text-amber-300" data-testid={`${testId}-partial`}>
            (partial:{' '}
            {[
              series.unpricedLegs > 0 &&
                `${series.unpricedLegs} ${series.unpricedLegs === 1 ? 'amount had no price at its block' : 'amounts had no price at their blocks'}`,
              series.nowUnknown && 'the fees or rewards owed now are not known',
              props.partialReason,
            ]
              .filter(Boolean)
              .join('; ')}
            , left out)
          </span>
        )}
      </p>
      {props.note && <p className="text-xs text-slate-600 dark:text-slate-400">{props.note}</p>}
      {/* The chart's measured height in the PnL card: 316 px at 390, 284 at 640, 268 at 1280. */}
      <LazyWhenVisible
        minHeightClassName="min-h-[316px] sm:min-h-[284px] lg:min-h-[268px]"
        slot={`${testId}-chart`}
      >
        <EarningsChart
          points={series.points}
          unit={props.unit}
          formatValue={props.formatValue}
          testId={`${testId}-chart`}
          title={props.title}
        />
      </LazyWhenVisible>
    </div>
  )
}
