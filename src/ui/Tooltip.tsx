import type { ReactElement, ReactNode } from 'react'
import { cloneElement, useId } from 'react'

export interface TooltipProps {
  content: ReactNode
  /** One focusable element (button, link); it gets `aria-describedby` pointing at the tooltip. */
  children: ReactElement<{ 'aria-describedby'?: string }>
}

/**
 * A short description shown on hover and keyboard focus. Pure CSS (group-hover / focus-within), so
 * it needs no positioning library; keep content to a line or two.
 */
export function Tooltip({ content, children }: TooltipProps) {
  const tooltipId = useId()
  return (
    <span className="group relative inline-flex">
      {cloneElement(children, { 'aria-describedby': tooltipId })}
      <span
        role="tooltip"
        id={tooltipId}
        className="pointer-events-none invisible absolute top-full left-1/2 z-30 mt-2 w-max max-w-64 -translate-x-1/2 rounded-md bg-slate-900 px-2 py-1 text-xs text-white opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100 dark:bg-slate-100 dark:text-slate-900"
      >
        {content}
      </span>
    </span>
  )
}
