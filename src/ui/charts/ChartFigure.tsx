import type { ReactElement, ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'
import { MountWhenVisible } from '../MountWhenVisible.tsx'

export interface ChartFigureProps {
  title: ReactNode
  caption?: ReactNode
  /** Marks the figure for browser tests. */
  testId: string
  height?: number
  /** Classes that set the chart's colour CSS variables for light and dark (each feature has its palette). */
  themeClassName: string
  children: ReactElement
}

/** A titled, fixed-height, responsive chart area with an optional caption. */
export function ChartFigure({
  title,
  caption,
  testId,
  height = 260,
  themeClassName,
  children,
}: ChartFigureProps) {
  return (
    <figure data-testid={testId} className={`${themeClassName} min-w-0`}>
      <figcaption className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </figcaption>
      <MountWhenVisible style={{ height }} className="w-full min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </MountWhenVisible>
      {caption && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{caption}</p>}
    </figure>
  )
}
