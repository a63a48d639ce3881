/**
 * Chart colours as CSS variables per theme, so one Recharts tree reads well in light and dark.
 * --pl-a: main series, --pl-b: comparison (HODL), --pl-c: fees, --pl-mark: current price.
 */
export const POOLS_CHART_THEME =
  '[--pl-axis:#475569] [--pl-grid:#e2e8f0] [--pl-a:#0f766e] [--pl-b:#b45309] [--pl-c:#7c3aed] [--pl-mark:#0f172a] [--pl-bar:#94a3b8] [--pl-bar-active:#0d9488] [--pl-tooltip-bg:#ffffff] [--pl-tooltip-border:#cbd5e1] dark:[--pl-axis:#cbd5e1] dark:[--pl-grid:#334155] dark:[--pl-a:#2dd4bf] dark:[--pl-b:#fbbf24] dark:[--pl-c:#c4b5fd] dark:[--pl-mark:#f1f5f9] dark:[--pl-bar:#64748b] dark:[--pl-bar-active:#2dd4bf] dark:[--pl-tooltip-bg:#0f172a] dark:[--pl-tooltip-border:#475569]'

export const AXIS = {
  stroke: 'var(--pl-axis)',
  tick: { fill: 'var(--pl-axis)', fontSize: 11 },
  tickLine: { stroke: 'var(--pl-axis)' },
} as const

export const AXIS_LABEL = { fill: 'var(--pl-axis)', fontSize: 12 } as const

export const TOOLTIP = {
  contentStyle: {
    background: 'var(--pl-tooltip-bg)',
    border: '1px solid var(--pl-tooltip-border)',
    borderRadius: 8,
    fontSize: 12,
  },
  labelStyle: { color: 'var(--pl-axis)' },
  itemStyle: { color: 'var(--pl-axis)' },
} as const

export const LEGEND_STYLE = { fontSize: 12, color: 'var(--pl-axis)' } as const

/**
 * A rotated y-axis title centred on the axis. Recharts anchors a rotated `insideLeft` label at its
 * start, so a long title ran up past the plot and was cut ("Price (USDC per WE").
 */
export const Y_AXIS_LABEL = {
  ...AXIS_LABEL,
  angle: -90,
  position: 'insideLeft',
  textAnchor: 'middle',
} as const

/** The right-hand y-axis title, centred the same way. */
export const Y_AXIS_LABEL_RIGHT = {
  ...AXIS_LABEL,
  angle: 90,
  position: 'insideRight',
  textAnchor: 'middle',
} as const
