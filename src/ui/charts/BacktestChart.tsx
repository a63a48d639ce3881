import { memo } from 'react'
import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { formatAxisNumber } from '../format/formatAxisNumber.ts'
import { dateTicks } from './dateTicks.ts'
import { ChartFigure } from './PoolChartFigure.tsx'
import {
  AXIS,
  AXIS_LABEL,
  LEGEND_STYLE,
  TOOLTIP,
  Y_AXIS_LABEL,
  Y_AXIS_LABEL_RIGHT,
} from './poolChartTheme.ts'

/** What the chart draws of a backtest (a structural subset of domain's BacktestResult). */
export interface BacktestChartInput {
  swapCount: number
  series: readonly {
    timestamp: number
    positionValue1: number
    cumulativeFeesValue1: number
    hodlValue1: number
  }[]
}

/** Chart rows of a backtest: the position with fees, without fees, holding, and the fees alone. */
export function backtestChartData(result: BacktestChartInput) {
  return result.series.map((point) => ({
    timestamp: point.timestamp,
    withFees: point.positionValue1 + point.cumulativeFeesValue1,
    position: point.positionValue1,
    hodl: point.hodlValue1,
    fees: point.cumulativeFeesValue1,
  }))
}

/**
 * Backtest over time: the range's value with and without its fees against holding the deposit, and
 * the cumulative fees — all in token1 at each moment's pool price.
 * @param valueUnit symbol of token1 (the unit of every value)
 */
export const BacktestChart = memo(function BacktestChart({
  result,
  valueUnit,
}: {
  result: BacktestChartInput
  valueUnit: string
}) {
  const data = backtestChartData(result)
  const axis = dateTicks(data[0]?.timestamp ?? 0, data.at(-1)?.timestamp ?? 0, 6)
  return (
    <ChartFigure
      testId="chart-backtest"
      title="Backtest: value vs holding"
      caption={`Replay of ${result.swapCount} real swaps. Values in ${valueUnit} at the pool price of each moment; fees exact per swap step.`}
      height={300}
    >
      <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 24 }}>
        <CartesianGrid stroke="var(--pl-grid)" strokeDasharray="3 3" />
        <XAxis
          {...AXIS}
          dataKey="timestamp"
          type="number"
          // A plain number scale: scale="time" made a tick per data point here, and two swaps in one block
          // share a timestamp, so React saw duplicate tick keys (dev-mode warning).
          domain={['dataMin', 'dataMax']}
          ticks={axis.ticks}
          tickFormatter={axis.format}
          minTickGap={12}
          label={{ ...AXIS_LABEL, value: 'Date (chain time, UTC)', position: 'insideBottom', offset: -18 }}
        />
        <YAxis
          {...AXIS}
          yAxisId="value"
          domain={['auto', 'auto']}
          tickFormatter={formatAxisNumber}
          label={{ ...Y_AXIS_LABEL, value: `Value (${valueUnit})`, offset: -6 }}
        />
        <YAxis
          {...AXIS}
          yAxisId="fees"
          orientation="right"
          tickFormatter={formatAxisNumber}
          label={{ ...Y_AXIS_LABEL_RIGHT, value: `Fees (${valueUnit})`, offset: 0 }}
        />
        <Tooltip
          {...TOOLTIP}
          labelFormatter={(value) =>
            new Date(Number(value) * 1000).toISOString().slice(0, 16).replace('T', ' ')
          }
          formatter={(value, name) => [`${formatAxisNumber(Number(value))} ${valueUnit}`, name]}
        />
        <Legend verticalAlign="top" height={44} wrapperStyle={LEGEND_STYLE} />
        <Area
          yAxisId="fees"
          name="Cumulative fees"
          dataKey="fees"
          type="stepAfter"
          stroke="var(--pl-c)"
          fill="var(--pl-c)"
          fillOpacity={0.15}
          isAnimationActive={false}
        />
        <Line
          yAxisId="value"
          name="Range + fees"
          dataKey="withFees"
          type="stepAfter"
          stroke="var(--pl-a)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="value"
          name="Range (no fees)"
          dataKey="position"
          type="stepAfter"
          stroke="var(--pl-a)"
          strokeDasharray="4 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="value"
          name="Hold (HODL)"
          dataKey="hodl"
          type="stepAfter"
          stroke="var(--pl-b)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  )
})
