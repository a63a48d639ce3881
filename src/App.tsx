import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ComponentType, lazy, Suspense, useState } from 'react'
import { Route, Router, type RouterProps, Switch } from 'wouter'
import { createAppQueryClient } from './config/queryClient.ts'
import { createBrowserSettingsStore, type SettingsStore } from './config/settingsStore.ts'
import { AlertBanners } from './features/alerts/AlertBanners.tsx'
import { AlertsProvider } from './features/alerts/AlertsProvider.tsx'
import { AppLayout } from './features/layout/AppLayout.tsx'
import { ErrorFallback } from './features/layout/ErrorFallback.tsx'
import { PageSkeleton } from './features/layout/PageSkeleton.tsx'
import { RouteErrorBoundary } from './features/layout/RouteErrorBoundary.tsx'
import { SettingsContext } from './features/settings/SettingsContext.ts'
import { WagmiFromSettings } from './features/settings/WagmiFromSettings.tsx'
import { ThemeSync } from './features/theme/ThemeSync.tsx'
import { FlowResumeBanner } from './features/transactions/FlowResumeBanner.tsx'
import { StoredDataNotice } from './features/transactions/StoredDataNotice.tsx'
import { TxFlowsProvider } from './features/transactions/TxFlowsProvider.tsx'
import { ErrorBoundary } from './ui/ErrorBoundary.tsx'

/**
 * A routed page, lazily loaded together with the URL-state provider (nuqs) it reads its query through:
 * both chunks load in parallel, and neither is in the initial JS.
 */
function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(async () => {
    const [{ default: Page }, { UrlStateAdapter }] = await Promise.all([
      load(),
      import('./features/layout/UrlStateAdapter.tsx'),
    ])
    return {
      default: () => (
        <UrlStateAdapter>
          <Page />
        </UrlStateAdapter>
      ),
    }
  })
}

// Each page is its own chunk: the entry stays small and charts load only where used.
const PositionsPage = lazyPage(() => import('./features/positions/PositionsPage.tsx'))
const PoolsPage = lazyPage(() => import('./features/pools/PoolsPage.tsx'))
const SimulatorPage = lazyPage(() => import('./features/simulator/SimulatorPage.tsx'))
const PositionPage = lazyPage(() => import('./features/position/PositionPage.tsx'))
const AddLiquidityPage = lazyPage(() => import('./features/add-liquidity/AddLiquidityPage.tsx'))
const LedgerPage = lazyPage(() => import('./features/ledger/LedgerPage.tsx'))
const SettingsPage = lazyPage(() => import('./features/settings/SettingsPage.tsx'))
const PortfolioPage = lazyPage(() => import('./features/portfolio/PortfolioPage.tsx'))
const NotFoundPage = lazyPage(() => import('./features/not-found/NotFoundPage.tsx'))
// Re-checking stored transactions needs viem's receipt/transaction reads: loaded after the first paint.
// It renders nothing until it has something to say, so its empty fallback moves nothing.
const PendingTransactions = lazy(async () => ({
  default: (await import('./features/transactions/PendingTransactions.tsx')).PendingTransactions,
}))

export interface AppProps {
  /** Defaults to localStorage-backed settings. */
  settingsStore?: SettingsStore
  queryClient?: QueryClient
  /** Router options, e.g. a memory location in tests. Defaults to the browser location. */
  router?: Omit<RouterProps, 'children'>
}

/** Providers and routes. Everything else lives in features/. */
export function App({ settingsStore, queryClient, router }: AppProps) {
  const [store] = useState(() => settingsStore ?? createBrowserSettingsStore())
  const [client] = useState(() => queryClient ?? createAppQueryClient())

  return (
    <ErrorBoundary fallback={({ error }) => <ErrorFallback error={error} scope="app" />}>
      <SettingsContext value={store}>
        <ThemeSync />
        <WagmiFromSettings>
          <QueryClientProvider client={client}>
            <Router {...router}>
              <TxFlowsProvider>
                <AlertsProvider>
                  <AppLayout>
                    <StoredDataNotice />
                    <Suspense fallback={null}>
                      <PendingTransactions />
                    </Suspense>
                    <FlowResumeBanner />
                    <AlertBanners />
                    <RouteErrorBoundary>
                      <Suspense fallback={<PageSkeleton />}>
                        <Switch>
                          <Route path="/" component={PositionsPage} />
                          <Route path="/positions/*" component={PositionPage} />
                          <Route path="/pools" component={PoolsPage} />
                          <Route path="/pools/:address" component={PoolsPage} />
                          <Route path="/simulator" component={SimulatorPage} />
                          <Route path="/add" component={AddLiquidityPage} />
                          <Route path="/portfolio" component={PortfolioPage} />
                          <Route path="/ledger" component={LedgerPage} />
                          <Route path="/settings" component={SettingsPage} />
                          <Route component={NotFoundPage} />
                        </Switch>
                      </Suspense>
                    </RouteErrorBoundary>
                  </AppLayout>
                </AlertsProvider>
              </TxFlowsProvider>
            </Router>
          </QueryClientProvider>
        </WagmiFromSettings>
      </SettingsContext>
    </ErrorBoundary>
  )
}
