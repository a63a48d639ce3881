import { memo } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import type { NetReturnSimulation } from '../../../domain/projection/simulateNetReturn.ts'
import { AXIS_PROPS, ChartFrame, TOOLTIP_PROPS } from '../../../ui/charts/ChartFrame.tsx'
import { formatCount } from '../../../ui/format/formatCount.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'

/** Label of the histogram bucket holding `value` (category axes need an exact category to mark). */
function bucketLabel(simulation: NetReturnSimulation, value: number, labels: string[]): string {
  const index = simulation.histogram.findIndex((bucket) => value >= bucket.from && value < bucket.to)
  if (index >= 0) return labels[index] ?? ''
  return value < (simulation.histogram[0]?.from ?? 0) ? (labels[0] ?? '') : (labels.at(-1) ?? '')
}

/** Histogram of simulated net return (fees + rewards − IL vs holding) with P5/P50/P95 marked. */
export const NetReturnChart = memo(function NetReturnChart({
  simulation,
  horizonDays,
  paths,
}: {
  simulation: NetReturnSimulation
  horizonDays: number
  paths: number
}) {
  const labels = simulation.histogram.map((bucket) => formatPercent((bucket.from + bucket.to) / 2))
  const data = simulation.histogram.map((bucket, index) => ({ label: labels[index], paths: bucket.count }))
  const marks = [
    { name: 'P5', value: simulation.p5 },
    { name: 'P50', value: simulation.p50 },
    { name: 'P95', value: simulation.p95 },
  ]
  return (
    <ChartFrame
      testId="chart-net-return"
      title={`Net return after ${horizonDays} days (${formatCount(paths)} simulated paths)`}
      caption={`Fees + rewards − impermanent loss, vs holding. P5 ${formatPercent(simulation.p5)} · P50 ${formatPercent(simulation.p50)} · P95 ${formatPercent(simulation.p95)}.`}
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 28, left: 8 }} barCategoryGap={1}>
        <CartesianGrid stroke="var(--sim-grid)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          {...AXIS_PROPS}
          dataKey="label"
          interval="preserveStartEnd"
          minTickGap={24}
          label={{
            value: 'Net return over the horizon (%)',
            position: 'insideBottom',
            offset: -18,
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <YAxis
          {...AXIS_PROPS}
          allowDecimals={false}
          label={{
            value: 'Paths',
            angle: -90,
            position: 'insideLeft',
            textAnchor: 'middle',
            fill: 'var(--sim-axis)',
            fontSize: 12,
          }}
        />
        <Tooltip {...TOOLTIP_PROPS} cursor={{ fill: 'var(--sim-grid)' }} />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12, color: 'var(--sim-axis)' }} />
        <Bar name="Simulated paths" dataKey="paths" fill="var(--sim-range)" isAnimationActive={false} />
        {marks.map((mark) => (
          <ReferenceLine
            key={mark.name}
            x={bucketLabel(simulation, mark.value, labels)}
            stroke="var(--sim-mark)"
            strokeDasharray="4 4"
            label={{ value: mark.name, position: 'top', fill: 'var(--sim-mark)', fontSize: 11 }}
          />
        ))}
      </BarChart>
    </ChartFrame>
  )
})
