import type { ReactElement, ReactNode } from 'react'
import { cloneElement, useId } from 'react'

export interface TooltipProps {
  content: ReactNode
  /** One focusable element (button, link); it gets `aria-describedby` pointing at the tooltip. */
  children: ReactElement<{ 'aria-describedby'?: string }>
}

/**
 * A short description shown on hover and keyboard focus. Pure CSS (group-hover / focus-within), so
 * it needs no positioning library; keep content to a line or two. Hidden, it takes no layout at all
 * (display: none, not visibility): an invisible tooltip by a "?" near the right edge still widened
 * the page past a phone's 390 px.
 */
export function Tooltip({ content, children }: TooltipProps) {
  const tooltipId = useId()
  return (
    <span className="group relative inline-flex">
      {cloneElement(children, { 'aria-describedby': tooltipId })}
      <span
        role="tooltip"
        id={tooltipId}
        className="pointer-events-none absolute top-full left-1/2 z-30 mt-2 hidden w-max max-w-[min(16rem,calc(100vw-1.5rem))] -translate-x-1/2 rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow-lg group-focus-within:block group-hover:block dark:bg-slate-100 dark:text-slate-900"
      >
        {content}
      </span>
    </span>
  )
}
