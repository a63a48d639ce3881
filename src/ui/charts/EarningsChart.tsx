import { Area, AreaChart, CartesianGrid, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts'
import { formatAxisNumber } from '../format/formatAxisNumber.ts'
import { formatChainDateTime } from '../format/formatChainDate.ts'
import { AXIS_PROPS, ChartFrame, TOOLTIP_PROPS } from './ChartFrame.tsx'
import { chainTimeAxisProps } from './dateTicks.ts'

/** One step of the cumulative earnings (the chart's own prop shape; domain's earningsSeries returns it). */
export type EarningsChartPoint = {
  timestamp: number
  cumulative: number
  kind: 'start' | 'earned' | 'now'
  added: number
}

const KIND_LABEL: Record<EarningsChartPoint['kind'], string> = {
  start: 'First event',
  earned: 'Collected / claimed',
  now: 'Now, with uncollected fees and pending rewards',
}

/**
 * Lifetime earnings as a step area: cumulative fees + rewards, stepping at each collect and claim, the
 * last step the amounts owed now (marked with a dot). Dates on a whole-day / whole-hour axis, each
 * label once.
 */
export function EarningsChart({
  points,
  unit,
  formatValue,
  testId,
  title,
}: {
  points: readonly EarningsChartPoint[]
  /** Axis label unit, e.g. "USD" or "WETH". */
  unit: string
  formatValue: (value: number) => string
  testId: string
  title: string
}) {
  const xAxis = chainTimeAxisProps(points[0]?.timestamp ?? 0, points.at(-1)?.timestamp ?? 0, {
    maxTicks: 4,
    labelFill: 'var(--sim-axis)',
  })
  const now = points.at(-1)
  return (
    <ChartFrame
      testId={testId}
      height={220}
      title={title}
      caption="Each collected fee and claimed reward at its block's price, stepping when it was taken; the dot is now, with the fees not collected and rewards not claimed yet at today's prices."
    >
      <AreaChart data={points as EarningsChartPoint[]} margin={{ top: 12, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid stroke="var(--sim-grid)" strokeDasharray="3 3" />
        <XAxis {...AXIS_PROPS} {...xAxis} />
        <YAxis
          {...AXIS_PROPS}
          width={60}
          domain={[0, 'auto']}
          tickFormatter={(value: number) => formatAxisNumber(value)}
          label={{
            value: unit,
            angle: -90,
            position: 'insideLeft',
            textAnchor: 'middle',
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <Tooltip
          {...TOOLTIP_PROPS}
          labelFormatter={(value, payload) => {
            const point = payload?.[0]?.payload as EarningsChartPoint | undefined
            return `${formatChainDateTime(Number(value))}${point ? ` · ${KIND_LABEL[point.kind]}` : ''}`
          }}
          formatter={(value) => [formatValue(Number(value)), 'Earned so far']}
        />
        <Area
          type="stepAfter"
          dataKey="cumulative"
          name="Earned so far"
          stroke="var(--sim-range)"
          fill="var(--sim-area)"
          fillOpacity={0.6}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        {now && now.kind === 'now' && (
          <ReferenceDot
            x={now.timestamp}
            y={now.cumulative}
            r={4}
            fill="var(--sim-mark)"
            stroke="var(--sim-mark)"
            ifOverflow="extendDomain"
          />
        )}
      </AreaChart>
    </ChartFrame>
  )
}
