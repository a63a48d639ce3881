import type { ReactNode } from 'react'
import { cx } from '../../../ui/cx.ts'

export type BadgeTone = 'neutral' | 'teal' | 'green' | 'amber' | 'red' | 'violet'

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  teal: 'bg-teal-50 text-teal-800 ring-teal-600/20 dark:bg-teal-950 dark:text-teal-200',
  green: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  amber: 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  red: 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200',
  violet: 'bg-violet-50 text-violet-800 dark:bg-violet-950 dark:text-violet-200',
}

/** A small label: protocol, fee tier, location, range status. */
export function Badge({
  tone = 'neutral',
  children,
  ...rest
}: {
  tone?: BadgeTone
  children: ReactNode
  'data-testid'?: string
  'data-in-range'?: string
}) {
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap',
        TONES[tone],
      )}
      {...rest}
    >
      {children}
    </span>
  )
}
