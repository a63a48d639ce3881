import { cx } from './cx.ts'

/** A grey placeholder block shown while content loads; size it with classes. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cx(
        'animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none dark:bg-slate-700',
        className,
      )}
    />
  )
}
