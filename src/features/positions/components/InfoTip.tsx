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
          className={cx(
            'grid size-4 cursor-help place-items-center rounded-full border border-slate-400 text-[10px] leading-none text-slate-500 dark:border-slate-500 dark:text-slate-400',
            FOCUS_RING,
          )}
        >
          ?
        </button>
      </Tooltip>
    </span>
  )
}
