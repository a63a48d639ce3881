import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { cx } from '../../ui/cx.ts'
import { FOCUS_RING } from '../../ui/focusRing.ts'

/** An in-app link styled as a button, for empty-state next steps. */
export function ButtonLink({
  href,
  children,
  variant = 'secondary',
  size = 'md',
}: {
  href: string
  children: ReactNode
  variant?: 'primary' | 'secondary'
  /** 'sm' matches the small Button (h-8), for a row of card actions. */
  size?: 'sm' | 'md'
}) {
  return (
    <Link
      href={href}
      className={cx(
        size === 'sm'
          ? 'inline-flex h-8 items-center rounded-lg px-3 text-sm font-medium'
          : 'inline-flex h-10 items-center rounded-lg px-4 text-sm font-medium',
        FOCUS_RING,
        variant === 'primary'
          ? 'bg-teal-700 text-white hover:bg-teal-800 dark:bg-teal-500 dark:text-slate-950 dark:hover:bg-teal-400'
          : 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
      )}
    >
      {children}
    </Link>
  )
}
