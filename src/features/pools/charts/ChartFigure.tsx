import type { ReactElement, ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'
import { POOLS_CHART_THEME } from './chartTheme.ts'

/** A titled, fixed-height chart area with a caption; `testId` marks it for browser tests. */
export function ChartFigure({
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
    <figure data-testid={testId} className={`${POOLS_CHART_THEME} min-w-0`}>
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
