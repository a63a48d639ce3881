import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { IlCurvePoint } from '../../../domain/positions/ilCurve.ts'
import { AXIS_TICK, CHART_COLORS } from '../../../ui/charts/chartColors.ts'
import { logTicks } from '../../../ui/charts/logTicks.ts'
import { formatAxisNumber } from '../../../ui/format/formatAxisNumber.ts'
import { formatPercent, formatPercentTick } from '../../../ui/format/formatPercent.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { ChartLegend } from './ChartLegend.tsx'
import { ChartTooltipBox } from './ChartTooltip.tsx'

export interface IlCurveChartProps {
  curve: readonly IlCurvePoint[]
  today: IlCurvePoint
  /** "USDC per WETH": the x-axis unit. */
  priceUnit: string
  range: { lower: number; upper: number } | null
  /** Fixed size for tests; responsive otherwise. */
  width?: number
}

/** IL versus holding as a function of the price, with today's price marked. */
export function IlCurveChart({ curve, today, priceUnit, range, width }: IlCurveChartProps) {
  const chart = (
    <LineChart
      data={curve as IlCurvePoint[]}
      margin={{ top: 20, right: 20, bottom: 28, left: 8 }}
      {...(width ? { width, height: 260 } : {})}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} />
      <XAxis
        dataKey="price"
        type="number"
        scale="log"
        domain={['dataMin', 'dataMax']}
        ticks={logTicks(curve[0]?.price ?? 1, curve[curve.length - 1]?.price ?? 2, 5)}
        tick={AXIS_TICK}
        tickFormatter={(value: number) => formatAxisNumber(value)}
        label={{
          value: `Price (${priceUnit})`,
          position: 'insideBottom',
          offset: -16,
          fill: 'currentColor',
          fontSize: 12,
        }}
      />
      <YAxis
        tick={AXIS_TICK}
        width={64}
        tickFormatter={(value: number) => formatPercentTick(value, 1)}
        label={{
          value: 'IL vs holding (%)',
          angle: -90,
          position: 'insideLeft',
          textAnchor: 'middle',
          fill: 'currentColor',
          fontSize: 12,
        }}
      />
      <Tooltip
        content={({ active, payload }) => {
          const point = active ? (payload?.[0]?.payload as IlCurvePoint | undefined) : undefined
          return point ? (
            <ChartTooltipBox
              title={`${formatPrice(point.price)} ${priceUnit}`}
              rows={[{ label: 'IL', value: formatPercent(point.ilPct / 100), color: CHART_COLORS.il }]}
            />
          ) : null
        }}
      />
      {range && <ReferenceLine x={range.lower} stroke={CHART_COLORS.grid} strokeDasharray="4 4" />}
      {range && <ReferenceLine x={range.upper} stroke={CHART_COLORS.grid} strokeDasharray="4 4" />}
      <Line
        type="monotone"
        dataKey="ilPct"
        name="Impermanent loss"
        stroke={CHART_COLORS.il}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
      <ReferenceDot
        x={today.price}
        y={today.ilPct}
        r={5}
        fill={CHART_COLORS.position}
        stroke="white"
        label={{ value: 'today', position: 'top', fill: 'currentColor', fontSize: 12 }}
      />
    </LineChart>
  )
  return (
    <figure className="text-slate-600 dark:text-slate-300" data-testid="il-curve-chart">
      <figcaption className="mb-1 text-sm font-semibold text-slate-800 dark:text-slate-200">
        Impermanent loss against price
      </figcaption>
      <ChartLegend
        items={[
          { label: 'IL versus holding the deposit', color: CHART_COLORS.il },
          { label: 'today', color: CHART_COLORS.position },
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
