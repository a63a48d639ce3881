import type { InputHTMLAttributes, ReactNode } from 'react'
import { useId } from 'react'
import { cx } from './cx.ts'
import { FOCUS_RING } from './focusRing.ts'

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode
  /** Shown under the input and linked to it; marks the input invalid. */
  error?: string | null | undefined
  /** Help text under the input (hidden while an error shows). */
  hint?: ReactNode
  /** Overrides the generated id (e.g. for stable test selectors). */
  id?: string
}

/** A labelled text input with an inline error, wired for screen readers. */
export function Field({ label, error, hint, id, className, ...rest }: FieldProps) {
  const generatedId = useId()
  const inputId = id ?? generatedId
  const messageId = `${inputId}-message`
  const message = error || hint
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        className={cx(
          'h-10 w-full min-w-0 rounded-lg border bg-white px-3 font-mono text-sm text-slate-900 placeholder:text-slate-400 dark:bg-slate-950 dark:text-slate-100',
          error ? 'border-red-600 dark:border-red-400' : 'border-slate-300 dark:border-slate-600',
          FOCUS_RING,
        )}
        {...rest}
      />
      {message && (
        <p
          id={messageId}
          className={cx(
            'text-sm',
            error ? 'text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400',
          )}
        >
          {message}
        </p>
      )}
    </div>
  )
}
