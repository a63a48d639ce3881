import { useLocation } from 'wouter'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { PageHeading } from './PageHeading.tsx'
import { pageHeadingAt } from './pageHeadings.ts'

/**
 * Placeholder while a page's code loads (Suspense fallback): the page's real heading when it is a
 * known one (pageHeadings.ts), grey blocks for the rest.
 */
export function PageSkeleton() {
  const [pathname] = useLocation()
  const heading = pageHeadingAt(pathname)
  return (
    <>
      {heading && <PageHeading {...heading} />}
      <div role="status" aria-label="Loading page" className="flex flex-col gap-4">
        {!heading && (
          <>
            <Skeleton className="h-8 w-48" />
            <Skeleton className="h-4 w-80 max-w-full" />
          </>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Skeleton className="h-32" />
          <Skeleton className="h-32" />
        </div>
      </div>
    </>
  )
}
