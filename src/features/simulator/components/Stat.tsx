import type { ReactNode } from 'react'
import type { Outcome } from '../../../domain/projection/outcome.ts'

/** A labelled figure; an unavailable one says why instead of showing NaN. */
export function Stat({
  label,
  outcome,
  format,
  testId,
  hint,
}: {
  label: ReactNode
  outcome: Outcome<number>
  format: (value: number) => string
  testId: string
  hint?: ReactNode
}) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      {outcome.ok ? (
        <dd
          data-testid={testId}
          className="tabular mt-1 truncate text-lg font-semibold text-slate-900 dark:text-slate-100"
        >
          {format(outcome.value)}
        </dd>
      ) : (
        <dd
          data-testid={testId}
          data-unavailable="true"
          className="mt-1 text-sm text-slate-700 dark:text-slate-300"
        >
          <span className="font-semibold">Unavailable</span>
          <span className="block text-xs text-slate-500 dark:text-slate-400">{outcome.reason}</span>
        </dd>
      )}
      {/* A second <dd>: a <dl>'s groups may hold only <dt> and <dd>. */}
      {hint && outcome.ok && <dd className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{hint}</dd>}
    </div>
  )
}
