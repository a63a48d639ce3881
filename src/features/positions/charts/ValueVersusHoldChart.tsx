import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ValueVersusHoldPoint } from '../../../domain/positions/valueVersusHoldSeries.ts'
import { AXIS_TICK, CHART_COLORS } from '../../../ui/charts/chartColors.ts'
import { chainTimeAxisProps } from '../../../ui/charts/dateTicks.ts'
import { formatAxisNumber } from '../../../ui/format/formatAxisNumber.ts'
import { formatChainDate } from '../../../ui/format/formatChainDate.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { ChartLegend } from './ChartLegend.tsx'
import { ChartTooltipBox } from './ChartTooltip.tsx'

export interface ValueVersusHoldChartProps {
  series: readonly ValueVersusHoldPoint[]
  /** Symbol of the unit values are in (the quote token). */
  unit: string
  width?: number
}

/** The position's principal versus holding its deposits, over its life, in the quote token. */
export function ValueVersusHoldChart({ series, unit, width }: ValueVersusHoldChartProps) {
  // One tick per whole day (or hour), each label once: full dates per data point read "Jan 26, 2026 Jan 26, 2026".
  const xAxis = chainTimeAxisProps(series[0]?.timestamp ?? 0, series.at(-1)?.timestamp ?? 0, {
    maxTicks: 5,
    labelFill: 'currentColor',
    labelOffset: -16,
  })
  const chart = (
    <LineChart
      data={series as ValueVersusHoldPoint[]}
      margin={{ top: 8, right: 16, bottom: 28, left: 8 }}
      {...(width ? { width, height: 260 } : {})}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} />
      <XAxis tick={AXIS_TICK} {...xAxis} />
      <YAxis
        tick={AXIS_TICK}
        width={72}
        domain={['auto', 'auto']}
        tickFormatter={(value: number) => formatAxisNumber(value)}
        label={{
          value: `Value (${unit})`,
          angle: -90,
          position: 'insideLeft',
          textAnchor: 'middle',
          fill: 'currentColor',
          fontSize: 12,
        }}
      />
      <Tooltip
        content={({ active, payload }) => {
          const point = active ? (payload?.[0]?.payload as ValueVersusHoldPoint | undefined) : undefined
          return point ? (
            <ChartTooltipBox
              title={`${formatChainDate(point.timestamp)} · block ${point.blockNumber}`}
              rows={[
                {
                  label: 'Position',
                  value: `${formatPrice(point.positionValue)} ${unit}`,
                  color: CHART_COLORS.position,
                },
                { label: 'HODL', value: `${formatPrice(point.holdValue)} ${unit}`, color: CHART_COLORS.hold },
              ]}
            />
          ) : null
        }}
      />
      <Line
        type="stepAfter"
        dataKey="positionValue"
        name="Position (principal, excl. fees)"
        stroke={CHART_COLORS.position}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <Line
        type="stepAfter"
        dataKey="holdValue"
        name="HODL (deposited tokens held)"
        stroke={CHART_COLORS.hold}
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  )
  return (
    <figure className="text-slate-600 dark:text-slate-300" data-testid="value-vs-hold-chart">
      <figcaption className="mb-1 text-sm font-semibold text-slate-800 dark:text-slate-200">
        Value versus HODL over the position’s life
      </figcaption>
      <ChartLegend
        items={[
          { label: 'Position (principal, excl. fees)', color: CHART_COLORS.position },
          { label: 'HODL (deposited tokens held)', color: CHART_COLORS.hold, dashed: true },
        ]}
      />
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={260}>
          {chart}
        </ResponsiveContainer>
      )}
    </figure>
  )
}
