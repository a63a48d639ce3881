import type { HTMLAttributes, ReactNode } from 'react'
import { cx } from './cx.ts'

export type BannerTone = 'info' | 'success' | 'warning' | 'error'

export interface BannerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  tone?: BannerTone
  title: ReactNode
  /** Buttons or links, e.g. Retry. */
  actions?: ReactNode
}

const TONE_CLASSES: Record<BannerTone, string> = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950/60 dark:text-sky-100',
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/60 dark:text-emerald-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950/60 dark:text-red-100',
}

/**
 * A full-width notice. Errors and warnings are announced at once (`role="alert"`), the others
 * politely (`role="status"`).
 */
export function Banner({ tone = 'info', title, actions, className, children, ...rest }: BannerProps) {
  return (
    <div
      role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}
      className={cx(
        'flex flex-col gap-3 rounded-lg border px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between',
        TONE_CLASSES[tone],
        className,
      )}
      {...rest}
    >
      <div className="min-w-0">
        <p className="font-semibold">{title}</p>
        {children && <div className="mt-0.5 break-words opacity-90">{children}</div>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
    </div>
  )
}
