import { memo } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { formatLiquidityShare, formatLiquidityShareTick } from '../format/formatLiquidityShare.ts'
import { formatPrice } from '../format/formatPrice.ts'
import { AXIS_PROPS, ChartFrame, TOOLTIP_PROPS } from './ChartFrame.tsx'

/** One bar of a liquidity histogram (the chart's own prop shape; domain's liquidityHistogram returns it). */
export type LiquidityBar = {
  priceFrom: number
  priceTo: number
  price: number
  /** The bar's liquidity over the liquidity active at the current price; null when none is active now. */
  shareOfActive: number | null
}

function labelAt(bars: LiquidityBar[], labels: string[], price: number): string {
  const index = bars.findIndex((bar) => price >= bar.priceFrom && price < bar.priceTo)
  if (index >= 0) return labels[index] ?? ''
  return price < (bars[0]?.priceFrom ?? 0) ? (labels[0] ?? '') : (labels.at(-1) ?? '')
}

/** Active liquidity by price from initialized ticks, with your range shaded and the current price marked. */
export const LiquidityRangeChart = memo(function LiquidityRangeChart({
  bars,
  price,
  priceLower,
  priceUpper,
  priceUnit,
}: {
  bars: LiquidityBar[]
  price: number
  priceLower: number
  priceUpper: number
  priceUnit: string
}) {
  const labels = bars.map((bar) => formatPrice(bar.price))
  const data = bars.map((bar, index) => ({ label: labels[index], share: bar.shareOfActive ?? 0 }))
  return (
    <ChartFrame
      testId="chart-liquidity"
      height={220}
      title="Liquidity around the price and your range"
      caption="Bars: liquidity at each price as a share of the liquidity active at the current price (100 % = as deep as now), from the pool's initialized ticks. Shaded: your range. Dashed: current price."
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 20 }} barCategoryGap={0}>
        <CartesianGrid stroke="var(--sim-grid)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          {...AXIS_PROPS}
          dataKey="label"
          interval="preserveStartEnd"
          minTickGap={28}
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
          tickFormatter={formatLiquidityShareTick}
          width={52}
          label={{
            value: '% of active',
            angle: -90,
            position: 'left',
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <Tooltip
          {...TOOLTIP_PROPS}
          formatter={(value) => [formatLiquidityShare(Number(value)), 'of active liquidity']}
          cursor={{ fill: 'var(--sim-grid)' }}
        />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12, color: 'var(--sim-axis)' }} />
        <ReferenceArea
          x1={labelAt(bars, labels, priceLower)}
          x2={labelAt(bars, labels, priceUpper)}
          fill="var(--sim-area)"
          fillOpacity={0.6}
          ifOverflow="extendDomain"
        />
        <Bar
          name="Liquidity (share of active)"
          dataKey="share"
          fill="var(--sim-bar)"
          isAnimationActive={false}
        />
        <ReferenceLine x={labelAt(bars, labels, price)} stroke="var(--sim-mark)" strokeDasharray="4 4" />
      </BarChart>
    </ChartFrame>
  )
})
