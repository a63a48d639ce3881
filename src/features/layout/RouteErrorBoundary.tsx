import type { ReactNode } from 'react'
import { useLocation } from 'wouter'
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx'
import { ErrorFallback } from './ErrorFallback.tsx'

/** Catches a page's render errors; navigating elsewhere clears it. Header and nav stay usable. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const [pathname] = useLocation()
  return (
    <ErrorBoundary resetKey={pathname} fallback={({ error }) => <ErrorFallback error={error} scope="page" />}>
      {children}
    </ErrorBoundary>
  )
}
