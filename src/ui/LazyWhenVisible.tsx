import { type ReactNode, Suspense } from 'react'
import { MountWhenVisible } from './MountWhenVisible.tsx'

/**
 * The place of a lazily loaded component (React.lazy) that mounts, and so loads its code, only once the
 * place scrolls near the viewport (MountWhenVisible): e.g. a below-the-fold chart, whose module and
 * Recharts then stay out of the page's first load. Until then, and while the code loads, the place is an
 * empty box whose `minHeightClassName` (e.g. `min-h-[324px] lg:min-h-[310px]`) is the content's measured
 * height at each width, so nothing moves when it arrives.
 * @param slot `data-chart-slot` of the box, for tests to scroll it into view
 */
export function LazyWhenVisible({
  minHeightClassName,
  slot,
  children,
}: {
  minHeightClassName: string
  slot: string
  children: ReactNode
}) {
  return (
    <MountWhenVisible className={`min-w-0 ${minHeightClassName}`} slot={slot}>
      <Suspense fallback={null}>{children}</Suspense>
    </MountWhenVisible>
  )
}
