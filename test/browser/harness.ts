import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterEach, beforeEach, inject } from 'vitest'
import { devnetRpc } from '../helpers/devnetRpc.ts'

/** Flags that work as root on this machine; the background-networking ones keep Chromium off the closed network. */
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

export interface AppSession {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught page errors seen so far: a browser test fails on any. */
  errors: string[]
  close(): Promise<void>
}

export interface OpenAppOptions {
  path?: string
  viewport?: { width: number; height: number }
  /** Extra localStorage entries set before the app's scripts run. */
  localStorage?: Record<string, string>
  colorScheme?: 'light' | 'dark'
  /** A script run in the page before the app's own (e.g. a fake EIP-6963 wallet), with its argument. */
  initScript?: { fn: (arg: never) => void; arg: unknown }
  /** Origin of the app to open (default: the built app under `vite preview`). */
  appUrl?: string
  /** Also fail on console warnings (dev-mode React warnings are console.error or .warn). */
  failOnWarnings?: boolean
  /** Ignore the built app's Content-Security-Policy (only so a test can inject a script such as axe). */
  bypassCSP?: boolean
}

/** Opens the built app in a fresh headless Chromium profile, pointed at the browser-layer devnet. */
export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'poolscope-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    bypassCSP: options.bypassCSP ?? false,
  })
  const storage = { ...devnetRpcOverride(inject('browserRpcUrl')), ...options.localStorage }
  await context.addInitScript((entries: Record<string, string>) => {
    if (sessionStorage.getItem('poolscope-test-seeded')) return
    sessionStorage.setItem('poolscope-test-seeded', '1')
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
  }, storage)
  if (options.initScript) await context.addInitScript(options.initScript.fn, options.initScript.arg as never)
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
    if (options.failOnWarnings && message.type() === 'warning') errors.push(`console.warn: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  await page.goto(`${options.appUrl ?? inject('appUrl')}${options.path ?? '/'}`)
  return {
    context,
    page,
    errors,
    async close() {
      await context.close()
      rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** localStorage entries that point the app's devnet chain at the test devnet's RPC. */
function devnetRpcOverride(rpcUrl: string): Record<string, string> {
  return { 'poolscope.settings': JSON.stringify({ rpcUrls: { 31337: [rpcUrl] } }) }
}

/**
 * Scrolls each chart into view and waits until it has drawn `drawn` (a selector inside the chart):
 * charts mount, and below-the-fold ones load their code, only once scrolled near the viewport
 * (src/ui/MountWhenVisible.tsx, src/ui/LazyWhenVisible.tsx). `chart` is the figure's data-testid.
 */
export async function revealCharts(
  page: Page,
  charts: readonly string[],
  { drawn = 'svg path', timeout = 60_000 }: { drawn?: string; timeout?: number } = {},
): Promise<void> {
  for (const chart of charts) {
    const place = page.locator(`[data-chart-slot="${chart}"], [data-testid="${chart}"]`).first()
    await place.waitFor({ state: 'attached', timeout })
    await place.scrollIntoViewIfNeeded({ timeout })
    await page.locator(`[data-testid="${chart}"] ${drawn}`).first().waitFor({ state: 'attached', timeout })
  }
}

/**
 * Runs each test of the file on a devnet snapshot that is reverted after it, so one test's writes never
 * reach the next; `cleanUp` (closing the test's browser session) runs first.
 */
export function revertDevnetAfterEach(rpcUrl: string, cleanUp: () => Promise<void>): void {
  let snapshotId: string | undefined
  beforeEach(async () => {
    snapshotId = (await devnetRpc(rpcUrl, 'evm_snapshot')) as string
  })
  afterEach(async () => {
    await cleanUp()
    if (snapshotId) await devnetRpc(rpcUrl, 'evm_revert', [snapshotId])
    snapshotId = undefined
  })
}
