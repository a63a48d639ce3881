import { cx } from './cx.ts'

export interface SpinnerProps {
  /** Accessible text; the spinner is decorative when omitted. */
  label?: string
  className?: string
}

/** An indeterminate progress indicator. */
export function Spinner({ label, className }: SpinnerProps) {
  return (
    <span role={label ? 'status' : undefined} className={cx('inline-flex items-center gap-2', className)}>
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
      />
      {label && <span className="sr-only">{label}</span>}
    </span>
  )
}
