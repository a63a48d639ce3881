import type { ReactNode } from 'react'
import { RpcStatusBanner } from '../chain-status/RpcStatusBanner.tsx'
import { WatchAddressFromUrl } from '../wallet/WatchAddressFromUrl.tsx'
import { WrongNetworkBanner } from '../wallet/WrongNetworkBanner.tsx'
import { AppFooter } from './AppFooter.tsx'
import { AppHeader } from './AppHeader.tsx'

/**
 * The page frame: skip link, header, app-wide banners, the routed page, footer. The main column is at
 * least a screen tall, so the footer starts below the fold: pages grow as their data arrives, and a
 * footer on screen would jump down each time (layout shift).
 */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-teal-700 px-3 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <AppHeader />
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-3 pt-3 empty:hidden sm:px-6">
        <RpcStatusBanner />
        <WrongNetworkBanner />
        <WatchAddressFromUrl />
      </div>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto min-h-dvh w-full max-w-6xl flex-1 px-3 py-6 outline-none sm:px-6"
      >
        {children}
      </main>
      <AppFooter />
    </div>
  )
}
