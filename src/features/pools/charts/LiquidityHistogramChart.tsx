import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { LiquidityBar } from '../../../domain/projection/liquidityHistogram.ts'
import { ChartFigure } from '../../../ui/charts/PoolChartFigure.tsx'
import { AXIS, AXIS_LABEL, LEGEND_STYLE, TOOLTIP, Y_AXIS_LABEL } from '../../../ui/charts/poolChartTheme.ts'
import { formatAxisNumber } from '../../../ui/format/formatAxisNumber.ts'
import { formatLiquidityShare, formatLiquidityShareTick } from '../../../ui/format/formatLiquidityShare.ts'

/** Active liquidity across prices around the current one, rebuilt from TickLens' initialized ticks. */
export function LiquidityHistogramChart({
  bars,
  price,
  priceUnit,
}: {
  bars: readonly LiquidityBar[]
  price: number
  priceUnit: string
}) {
  const data = bars.map((bar) => ({
    ...bar,
    share: bar.shareOfActive ?? 0,
    active: bar.priceFrom <= price && price < bar.priceTo,
  }))
  const currentBar = data.find((bar) => bar.active)
  return (
    <ChartFigure
      testId="chart-liquidity"
      title="Liquidity distribution"
      caption="Liquidity per price band as a share of the liquidity active at the current price (100 % = as deep as now), from the pool's initialized ticks (TickLens). Highlighted: the current price's band."
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 24 }} barCategoryGap={1}>
        <CartesianGrid stroke="var(--pl-grid)" strokeDasharray="3 3" />
        <XAxis
          {...AXIS}
          dataKey="price"
          tickFormatter={(value: number) => formatAxisNumber(value)}
          minTickGap={24}
          label={{ ...AXIS_LABEL, value: `Price (${priceUnit})`, position: 'insideBottom', offset: -18 }}
        />
        <YAxis
          {...AXIS}
          tickFormatter={formatLiquidityShareTick}
          label={{ ...Y_AXIS_LABEL, value: '% of active', offset: -6 }}
        />
        <Tooltip
          {...TOOLTIP}
          labelFormatter={(value) => `Price ≈ ${formatAxisNumber(Number(value))} ${priceUnit}`}
          formatter={(value) => [formatLiquidityShare(Number(value)), 'of active liquidity']}
        />
        <Legend verticalAlign="top" height={24} wrapperStyle={LEGEND_STYLE} />
        {currentBar && <ReferenceLine x={currentBar.price} stroke="var(--pl-mark)" strokeDasharray="4 4" />}
        <Bar
          name="Liquidity (share of active)"
          dataKey="share"
          fill="var(--pl-bar)"
          isAnimationActive={false}
        >
          {data.map((bar) => (
            <Cell key={bar.priceFrom} fill={bar.active ? 'var(--pl-bar-active)' : 'var(--pl-bar)'} />
          ))}
        </Bar>
      </BarChart>
    </ChartFigure>
  )
}
