import { cx } from './cx.ts'

/**
 * The Poolscope mark: a lens over liquidity waves. Inline SVG (same drawing as public/favicon.svg)
 * so it follows the text colour and costs no request.
 */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={cx('size-8', className)}>
      <circle cx="14" cy="14" r="10.5" fill="none" stroke="currentColor" strokeWidth="3" />
      <path
        d="M7.5 15.5c2-2 4.5-2 6.5 0s4.5 2 6.5 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
      <path d="M21.5 21.5L28 28" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
    </svg>
  )
}
