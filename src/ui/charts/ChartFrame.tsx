import { ChartFigure, type ChartFigureProps } from './ChartFigure.tsx'

/**
 * Chart colours as CSS variables set per theme, so one Recharts tree reads well in light and dark.
 * Series: --sim-range (your range), --sim-full (full range), --sim-lvr, --sim-mark (current price, percentiles).
 */
export const CHART_THEME =
  '[--sim-axis:#475569] [--sim-grid:#e2e8f0] [--sim-range:#0f766e] [--sim-full:#b45309] [--sim-lvr:#b91c1c] [--sim-mark:#0f172a] [--sim-area:#99f6e4] [--sim-bar:#94a3b8] [--sim-tooltip-bg:#ffffff] [--sim-tooltip-border:#cbd5e1] dark:[--sim-axis:#cbd5e1] dark:[--sim-grid:#334155] dark:[--sim-range:#2dd4bf] dark:[--sim-full:#fbbf24] dark:[--sim-lvr:#f87171] dark:[--sim-mark:#f1f5f9] dark:[--sim-area:#134e4a] dark:[--sim-bar:#64748b] dark:[--sim-tooltip-bg:#0f172a] dark:[--sim-tooltip-border:#475569]'

/** Axis tick and label styling shared by the simulator charts. */
export const AXIS_PROPS = {
  stroke: 'var(--sim-axis)',
  tick: { fill: 'var(--sim-axis)', fontSize: 11 },
  tickLine: { stroke: 'var(--sim-axis)' },
} as const

/** Tooltip styling that follows the theme. */
export const TOOLTIP_PROPS = {
  contentStyle: {
    background: 'var(--sim-tooltip-bg)',
    border: '1px solid var(--sim-tooltip-border)',
    borderRadius: 8,
    fontSize: 12,
  },
  labelStyle: { color: 'var(--sim-axis)' },
  itemStyle: { color: 'var(--sim-axis)' },
} as const

/** The shared chart figure in the simulator palette. */
export function ChartFrame(props: Omit<ChartFigureProps, 'themeClassName'>) {
  return <ChartFigure themeClassName={CHART_THEME} {...props} />
}
