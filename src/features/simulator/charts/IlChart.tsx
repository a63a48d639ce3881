import { memo } from 'react'
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { IlCurvePoint } from '../../../domain/projection/projectRange.ts'
import { AXIS_PROPS, ChartFrame, TOOLTIP_PROPS } from '../../../ui/charts/ChartFrame.tsx'
import { formatPercent, formatPercentTick } from '../../../ui/format/formatPercent.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'

/** Impermanent loss against the price at the horizon: this range next to full range (V2). */
export const IlChart = memo(function IlChart({
  points,
  price,
  priceLower,
  priceUpper,
  isFullRange,
  priceUnit,
}: {
  points: IlCurvePoint[]
  price: number
  priceLower: number
  priceUpper: number
  isFullRange: boolean
  priceUnit: string
}) {
  const data = points.map((point) => ({
    price: point.price,
    range: point.rangeIl * 100,
    full: point.fullRangeIl * 100,
  }))
  return (
    <ChartFrame
      testId="chart-il"
      title="Impermanent loss vs price"
      caption="Loss against holding the deposited tokens if the price moves to x. Dashed: current price; dotted: your range."
    >
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid stroke="var(--sim-grid)" strokeDasharray="3 3" />
        <XAxis
          {...AXIS_PROPS}
          dataKey="price"
          type="number"
          scale="log"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(value: number) => formatPrice(value)}
          label={{
            value: `Price (${priceUnit})`,
            position: 'insideBottom',
            offset: -18,
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <YAxis
          {...AXIS_PROPS}
          tickFormatter={(value: number) => formatPercentTick(value)}
          label={{
            value: 'IL (%)',
            angle: -90,
            position: 'insideLeft',
            textAnchor: 'middle',
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <Tooltip
          {...TOOLTIP_PROPS}
          labelFormatter={(value) => `Price ${formatPrice(Number(value))} ${priceUnit}`}
          formatter={(value) => formatPercent(Number(value) / 100)}
        />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12, color: 'var(--sim-axis)' }} />
        <ReferenceLine x={price} stroke="var(--sim-mark)" strokeDasharray="4 4" />
        {!isFullRange && <ReferenceLine x={priceLower} stroke="var(--sim-range)" strokeDasharray="1 3" />}
        {!isFullRange && <ReferenceLine x={priceUpper} stroke="var(--sim-range)" strokeDasharray="1 3" />}
        <Line
          name={isFullRange ? 'Your range (full)' : 'Your range'}
          dataKey="range"
          stroke="var(--sim-range)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          name="Full range (V2)"
          dataKey="full"
          stroke="var(--sim-full)"
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  )
})
