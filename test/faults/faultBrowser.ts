import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'

/** Same flags as test/browser/harness.ts: they work as root here and keep Chromium off the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export interface FaultBrowserSession {
  page: Page
  /** Uncaught page errors ('pageerror') so far: a fault must never produce one. */
  pageErrors: string[]
  close(): Promise<void>
}

/**
 * A fresh headless Chromium whose app reads the devnet through `rpcUrl` (the fault proxy), via the
 * `poolscope.settings` override. Unlike the harness it does not need Vitest's inject(), so the bench uses it too.
 */
export async function openFaultBrowser(chromiumPath: string, rpcUrl: string): Promise<FaultBrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'poolscope-faults-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  })
  await context.addInitScript(
    (settings: string) => {
      localStorage.setItem('poolscope.settings', settings)
    },
    JSON.stringify({ rpcUrls: { 31337: [rpcUrl] } }),
  )
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  return {
    page,
    pageErrors,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}
