import type { ReactElement, ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'

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

/** A titled, fixed-height chart area; `testId` marks it for browser tests. */
export function ChartFrame({
  title,
  caption,
  testId,
  height = 260,
  children,
}: {
  title: ReactNode
  caption?: ReactNode
  testId: string
  height?: number
  children: ReactElement
}) {
  return (
    <figure data-testid={testId} className={`${CHART_THEME} min-w-0`}>
      <figcaption className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </figcaption>
      <div style={{ height }} className="w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      {caption && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{caption}</p>}
    </figure>
  )
}
