import { memo } from 'react'
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { FeeVsLvrPoint } from '../../../domain/projection/projectRange.ts'
import { AXIS_PROPS, ChartFrame, TOOLTIP_PROPS } from '../../../ui/charts/ChartFrame.tsx'
import { formatPercent, formatPercentTick } from '../../../ui/format/formatPercent.ts'

/** Fee APR (flat in σ) against LVR (∝ σ²) across volatility, with the break-even and the assumed σ marked. */
export const FeeVsLvrChart = memo(function FeeVsLvrChart({
  points,
  breakEvenVolatility,
  volatility,
}: {
  points: FeeVsLvrPoint[]
  breakEvenVolatility: number | null
  volatility: number
}) {
  const data = points.map((point) => ({
    sigma: point.volatility * 100,
    fee: point.feeApr * 100,
    lvr: point.lvrApr * 100,
  }))
  const maxSigma = data.at(-1)?.sigma ?? 100
  return (
    <ChartFrame
      testId="chart-fee-lvr"
      title="Fee APR vs LVR across volatility"
      caption="A hedged LP profits where the fee line is above LVR: below the break-even volatility."
    >
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid stroke="var(--sim-grid)" strokeDasharray="3 3" />
        <XAxis
          {...AXIS_PROPS}
          dataKey="sigma"
          type="number"
          domain={[0, maxSigma]}
          tickFormatter={(value: number) => formatPercentTick(value)}
          label={{
            value: 'Volatility σ (% per year)',
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
            value: 'APR (% per year)',
            angle: -90,
            position: 'insideLeft',
            textAnchor: 'middle',
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <Tooltip
          {...TOOLTIP_PROPS}
          labelFormatter={(value) => `σ ${formatPercentTick(Number(value), 1)}`}
          formatter={(value) => formatPercent(Number(value) / 100)}
        />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12, color: 'var(--sim-axis)' }} />
        {breakEvenVolatility !== null && breakEvenVolatility * 100 <= maxSigma && (
          <ReferenceLine
            x={breakEvenVolatility * 100}
            stroke="var(--sim-mark)"
            strokeDasharray="4 4"
            label={{ value: 'break-even', position: 'insideTopRight', fill: 'var(--sim-mark)', fontSize: 11 }}
          />
        )}
        <ReferenceLine x={volatility * 100} stroke="var(--sim-range)" strokeDasharray="1 3" />
        <Line
          name="Fee APR (in range)"
          dataKey="fee"
          stroke="var(--sim-range)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          name="LVR (% of value per year)"
          dataKey="lvr"
          stroke="var(--sim-lvr)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  )
})
