// Bad-input catalogue in the built app: every entry typed or opened in Chromium against a seeded devnet;
// counts the entries checked and every crash seen (uncaught error, blank page, error boundary).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { startDevnet } from '../devnet/index.ts'
import { catalogPool, catalogPosition, runBrowserCatalog } from '../test/badInputs/runBrowserCatalog.ts'
import type { BenchMetrics } from './types.ts'

/** Ports of this bench, apart from the browser tests' 8745/4273. */
/** Debian's Chromium (see scripts/ensure-chromium.mjs); CHROMIUM_PATH wins. */
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium']
const DEVNET_PORT = 8858
const APP_PORT = 4291
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

/**
 * Runs the whole bad-input catalogue in the built app (dist/, from `vite build`).
 * @returns `reliability.badInputs` (entries checked in the page) and `reliability.crashes` (target 0)
 */
export async function runBadInputsBench(): Promise<BenchMetrics> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first.')
  const executablePath = CHROMIUM_CANDIDATES.find((path) => path !== undefined && existsSync(path))
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH.')
  const devnet = await startDevnet({ port: DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const server = await preview({
    preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const appUrl = `http://127.0.0.1:${APP_PORT}`
  const settings = JSON.stringify({ rpcUrls: { 31337: [devnet.rpcUrl] } })
  try {
    const checks = await runBrowserCatalog(
      async (path) => {
        const userDataDir = mkdtempSync(join(tmpdir(), 'poolscope-badinputs-'))
        const context = await chromium.launchPersistentContext(userDataDir, {
          executablePath,
          args: CHROMIUM_ARGS,
          viewport: { width: 1280, height: 900 },
        })
        await context.addInitScript((value: string) => {
          if (sessionStorage.getItem('poolscope-bench-seeded')) return
          sessionStorage.setItem('poolscope-bench-seeded', '1')
          localStorage.setItem('poolscope.settings', value)
        }, settings)
        const page = context.pages()[0] ?? (await context.newPage())
        const errors: string[] = []
        page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
        })
        await page.goto(`${appUrl}${path}`)
        return {
          page,
          errors,
          async close() {
            await context.close()
            rmSync(userDataDir, { recursive: true, force: true })
          },
        }
      },
      {
        v3Pool: catalogPool(devnet.deployments),
        watchAddress: devnet.deployments.demoAccount,
        v3TokenId: catalogPosition(devnet.deployments),
      },
    )
    const driven = checks.filter((check) => !check.skipped)
    const crashes = driven.filter((check) => check.crash).length
    const missing = driven.filter((check) => !check.messageShown)
    for (const check of missing)
      console.warn(`[badInputs] no message: ${check.entry.field} ${JSON.stringify(check.entry.input)}`)
    return {
      'reliability.badInputs': { value: driven.length - missing.length, unit: 'inputs' },
      'reliability.crashes': { value: crashes, unit: 'crashes' },
    }
  } finally {
    await server.close()
    await devnet.stop()
  }
}
