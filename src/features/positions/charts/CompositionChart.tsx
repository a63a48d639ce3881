import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { compositionByPool, type PoolComposition } from '../../../domain/positions/compositionByPool.ts'
import type { PositionView } from '../../../domain/positions/model.ts'
import { AXIS_TICK, CHART_COLORS } from '../../../ui/charts/chartColors.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatUsd, formatUsdTick } from '../../../ui/format/formatUsd.ts'
import { ChartTooltipBox } from './ChartTooltip.tsx'
import { compositionChartHeight } from './compositionChartHeight.ts'

/** Portfolio value by pool as horizontal bars (long pair labels stay readable on phones). Lazy chunk. */
export default function CompositionChart({
  positions,
  width,
}: {
  positions: readonly PositionView[]
  width?: number
}) {
  const slices = compositionByPool(positions)
  if (slices.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">No priced positions to chart.</p>
  const height = compositionChartHeight(slices.length)
  const chart = (
    <BarChart
      data={slices}
      layout="vertical"
      margin={{ top: 4, right: 24, bottom: 24, left: 8 }}
      {...(width ? { width, height } : {})}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
      <XAxis
        type="number"
        tick={AXIS_TICK}
        tickFormatter={formatUsdTick}
        label={{
          value: 'Value (USD)',
          position: 'insideBottom',
          offset: -12,
          fill: 'currentColor',
          fontSize: 12,
        }}
      />
      <YAxis type="category" dataKey="label" tick={{ ...AXIS_TICK, fontSize: 11 }} width={120} />
      <Tooltip
        cursor={{ fill: CHART_COLORS.grid }}
        content={({ active, payload }) => {
          const slice = active ? (payload?.[0]?.payload as PoolComposition | undefined) : undefined
          return slice ? (
            <ChartTooltipBox
              title={slice.label}
              rows={[
                { label: 'Value', value: `${formatUsd(slice.valueUsd)} (${formatPercent(slice.fraction)})` },
              ]}
            />
          ) : null
        }}
      />
      <Bar dataKey="valueUsd" name="Value (USD)" isAnimationActive={false}>
        {slices.map((slice, index) => (
          <Cell
            key={slice.pool}
            fill={CHART_COLORS.bars[index % CHART_COLORS.bars.length] ?? CHART_COLORS.position}
          />
        ))}
      </Bar>
    </BarChart>
  )
  return (
    <figure className="text-slate-600 dark:text-slate-300" data-testid="composition-chart">
      <figcaption className="sr-only">Portfolio value by pool</figcaption>
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
    </figure>
  )
}
