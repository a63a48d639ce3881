import type { HTMLAttributes, ReactNode } from 'react'
import { useId } from 'react'
import { cx } from './cx.ts'

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Heading of the card; also its accessible name. */
  title?: ReactNode
  /** Controls shown at the right of the heading. */
  actions?: ReactNode
}

/** A bordered surface grouping related content; a labelled `section` when it has a title. */
export function Card({ title, actions, className, children, ...rest }: CardProps) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={title ? headingId : undefined}
      className={cx(
        'rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-700 dark:bg-slate-900',
        className,
      )}
      {...rest}
    >
      {(title || actions) && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {title && (
            <h2 id={headingId} className="text-base font-semibold text-slate-900 dark:text-slate-100">
              {title}
            </h2>
          )}
          {actions}
        </div>
      )}
      {children}
    </section>
  )
}
