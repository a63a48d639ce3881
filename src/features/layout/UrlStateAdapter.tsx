import { enableHistorySync, NuqsAdapter } from 'nuqs/adapters/react'
import type { ReactNode } from 'react'

// wouter navigates with history.pushState/replaceState, which nuqs's plain React adapter does not see by
// default (it follows its own updates and popstate): history sync makes a wouter <Link> to another query
// of the same page update the nuqs state too. nuqs's own updates go through history.replaceState,
// which wouter already follows, so both read one URL.
enableHistorySync()

/**
 * The URL-state provider (nuqs, plain React adapter) around each routed page. App loads it with the
 * page's chunk rather than with the app: nuqs is only used by pages, and its adapter alone would add
 * ~3.5 KB gzip to the initial JS.
 */
export function UrlStateAdapter({ children }: { children: ReactNode }) {
  return <NuqsAdapter>{children}</NuqsAdapter>
}
