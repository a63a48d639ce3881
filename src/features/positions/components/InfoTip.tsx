import type { ReactNode } from 'react'
import { cx } from '../../../ui/cx.ts'
import { FOCUS_RING } from '../../../ui/focusRing.ts'
import { Tooltip } from '../../../ui/Tooltip.tsx'

/** A figure's label with a small "?" button whose tooltip explains how the figure is computed. */
export function InfoTip({ label, explanation }: { label: ReactNode; explanation: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1">
      {label}
      <Tooltip content={explanation}>
        <button
          type="button"
          aria-label={`About ${typeof label === 'string' ? label : 'this figure'}`}
          // A 24 px target (WCAG 2.5.8) around the 16 px circle; the negative margin keeps the layout of a 16 px one.
          className={cx(
            '-m-1 grid size-6 shrink-0 cursor-help place-items-center rounded-full text-[10px] leading-none text-slate-500 dark:text-slate-400',
            FOCUS_RING,
          )}
        >
          <span className="grid size-4 place-items-center rounded-full border border-slate-400 dark:border-slate-500">
            ?
          </span>
        </button>
      </Tooltip>
    </span>
  )
}
