/** Series colours readable on white and on slate-900 (mid-tone teal and amber). */
export const CHART_COLORS = {
  position: '#0d9488',
  hold: '#d97706',
  il: '#e11d48',
  grid: 'rgba(148, 163, 184, 0.35)',
  bars: ['#0d9488', '#6366f1', '#d97706', '#db2777', '#0284c7', '#65a30d', '#9333ea', '#ea580c'],
} as const

/** Axis ticks follow the text colour of the chart's wrapper (set per theme with Tailwind). */
export const AXIS_TICK = { fill: 'currentColor', fontSize: 12 } as const
