import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { PoolPricePoint } from '../../../domain/pools/poolHistory.ts'
import { chainTimeAxisProps } from '../../../ui/charts/dateTicks.ts'
import { ChartFigure } from '../../../ui/charts/PoolChartFigure.tsx'
import { AXIS, AXIS_LABEL, LEGEND_STYLE, TOOLTIP, Y_AXIS_LABEL } from '../../../ui/charts/poolChartTheme.ts'
import { formatAxisNumber } from '../../../ui/format/formatAxisNumber.ts'

/** The pool's price after every swap (chain time), from its Swap (V3) or Sync (V2) events. */
export function PriceHistoryChart({
  prices,
  priceUnit,
}: {
  prices: readonly PoolPricePoint[]
  priceUnit: string
}) {
  const data = prices.map((point) => ({ timestamp: point.timestamp, price: point.price }))
  const xAxis = chainTimeAxisProps(data[0]?.timestamp ?? 0, data.at(-1)?.timestamp ?? 0, {
    labelFill: AXIS_LABEL.fill,
  })
  return (
    <ChartFigure
      testId="chart-price-history"
      title="Price history"
      caption={`${prices.length} on-chain observations; time is the chain's block time (UTC).`}
    >
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 24 }}>
        <CartesianGrid stroke="var(--pl-grid)" strokeDasharray="3 3" />
        <XAxis {...AXIS} {...xAxis} />
        <YAxis
          {...AXIS}
          domain={['auto', 'auto']}
          tickFormatter={formatAxisNumber}
          label={{ ...Y_AXIS_LABEL, value: priceUnit, offset: -6 }}
        />
        <Tooltip
          {...TOOLTIP}
          labelFormatter={(value) =>
            new Date(Number(value) * 1000).toISOString().slice(0, 16).replace('T', ' ')
          }
          formatter={(value) => [`${formatAxisNumber(Number(value))} ${priceUnit}`, 'Price']}
        />
        <Legend verticalAlign="top" height={24} wrapperStyle={LEGEND_STYLE} />
        <Line
          name={`Price (${priceUnit})`}
          dataKey="price"
          type="stepAfter"
          stroke="var(--pl-a)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFigure>
  )
}
