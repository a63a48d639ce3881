import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts'
import { formatAxisNumber } from '../format/formatAxisNumber.ts'
import { formatChainDate } from '../format/formatChainDate.ts'
import { formatPrice } from '../format/formatPrice.ts'
import { AXIS_PROPS, ChartFrame, TOOLTIP_PROPS } from './ChartFrame.tsx'
import { chainTimeAxisProps } from './dateTicks.ts'

/** One price of the path (the chart's own prop shape; domain's priceHistorySeries returns it). */
export type PriceHistoryPoint = { timestamp: number; price: number }

/**
 * A pool's price over a position's life with the position's range as a band: the price line inside the
 * band is the time it earned fees. `priceUpper` may be Infinity (full range): the band runs to the top.
 */
export function PriceRangeHistoryChart({
  points,
  priceLower,
  priceUpper,
  priceUnit,
}: {
  points: readonly PriceHistoryPoint[]
  priceLower: number
  priceUpper: number
  priceUnit: string
}) {
  const prices = points.map((point) => point.price)
  const minPrice = Math.min(...prices)
  const maxPrice = Math.max(...prices)
  // The axis spans the path, and a bound too when it is near (within 2×): a far or infinite bound (full
  // range) would flatten the line, so the band then runs to the chart's edge.
  const low = Math.min(minPrice, priceLower >= minPrice / 2 ? priceLower : minPrice) * 0.95
  const high = Math.max(maxPrice, priceUpper <= maxPrice * 2 ? priceUpper : maxPrice) * 1.05
  return (
    <ChartFrame
      testId="chart-price-range"
      height={240}
      title="Price since the position opened, and its range"
      caption="Line: the pool price (from its swaps). Shaded: your range (clipped to the chart)."
    >
      <LineChart data={points as PriceHistoryPoint[]} margin={{ top: 8, right: 16, bottom: 28, left: 20 }}>
        <CartesianGrid stroke="var(--sim-grid)" strokeDasharray="3 3" />
        <XAxis
          {...AXIS_PROPS}
          {...chainTimeAxisProps(points[0]?.timestamp ?? 0, points.at(-1)?.timestamp ?? 0, {
            maxTicks: 5,
            labelFill: 'var(--sim-axis)',
          })}
        />
        <YAxis
          {...AXIS_PROPS}
          width={64}
          domain={[low, high]}
          allowDataOverflow
          tickFormatter={(value: number) => formatAxisNumber(value)}
          label={{
            value: priceUnit,
            angle: -90,
            position: 'left',
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <Tooltip
          {...TOOLTIP_PROPS}
          labelFormatter={(value) => formatChainDate(Number(value))}
          formatter={(value) => [formatPrice(Number(value)), 'Price']}
        />
        <ReferenceArea
          y1={Math.max(priceLower, low)}
          y2={Number.isFinite(priceUpper) ? Math.min(priceUpper, high) : high}
          fill="var(--sim-area)"
          fillOpacity={0.6}
          ifOverflow="hidden"
        />
        <Line
          type="stepAfter"
          dataKey="price"
          name="Price"
          stroke="var(--sim-range)"
          dot={false}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  )
}
