import type { ReactNode } from 'react'
import { cx } from './cx.ts'

export interface EmptyStateProps {
  title: ReactNode
  description?: ReactNode
  icon?: ReactNode
  /** Next steps: links or buttons. */
  actions?: ReactNode
  className?: string
}

/** What a view shows when it has nothing yet: what will appear here and how to get there. */
export function EmptyState({ title, description, icon, actions, className }: EmptyStateProps) {
  return (
    <div
      className={cx(
        'flex flex-col items-center rounded-xl border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-600',
        className,
      )}
    >
      {icon && (
        <div aria-hidden="true" className="mb-3 text-teal-700 dark:text-teal-400">
          {icon}
        </div>
      )}
      <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
      {description && (
        <div className="mt-2 max-w-prose text-sm text-slate-600 dark:text-slate-300">{description}</div>
      )}
      {actions && <div className="mt-5 flex flex-wrap justify-center gap-3">{actions}</div>}
    </div>
  )
}
