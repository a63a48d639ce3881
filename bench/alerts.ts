// Alert latency: the built app (dist/) in Chromium watches a seeded in-range demo position with the
// "leaves its range" alert on; a trader's swaps push the price out of range and back, several times.
// Each crossing's latency is the block the app fired at (the head block it read) minus the swap's block.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { type Address, createPublicClient, http, type PublicClient } from 'viem'
import { startDevnet } from '../devnet/index.ts'
import { RECORD_NOTIFICATIONS, swapToTick } from '../test/helpers/alertSwaps.ts'
import { findChromium, serveBuiltApp } from './builtApp.ts'
import type { BenchMetrics } from './types.ts'

const DEVNET_PORT = Number(process.env.POOLSCOPE_BENCH_ALERTS_PORT ?? 8871)
const APP_PORT = Number(process.env.POOLSCOPE_BENCH_ALERTS_APP_PORT ?? 4295)
/** Out of range and back, this many times (alternating above and below). */
const CROSSINGS = 4

/**
 * alerts.latencyBlocks (target ≤ 1): the worst crossing over CROSSINGS, with the tab in the foreground;
 * alerts.crossings: how many crossings fired (must equal CROSSINGS); alerts.notifications: how many
 * browser notifications the page constructed.
 */
export async function runAlertsBench(): Promise<BenchMetrics> {
  const chromiumPath = findChromium()
  const devnet = await startDevnet({ port: DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const userDataDir = mkdtempSync(join(tmpdir(), 'poolscope-alerts-'))
  let server: Awaited<ReturnType<typeof serveBuiltApp>> | undefined
  try {
    const { deployments } = devnet
    const position = deployments.seed.demoPositions.find((p) => p.label === 'in-range')
    if (!position) throw new Error('the devnet has no in-range demo position')
    const client = createPublicClient({ transport: http(devnet.rpcUrl), cacheTime: 0 }) as PublicClient
    const accounts = {
      trader: deployments.seed.traders[0] as Address,
      swapRouter: deployments.contracts.swapRouter,
    }
    server = await serveBuiltApp(process.env.POOLSCOPE_ALERTS_DIST ?? 'dist', APP_PORT)
    const origin = `http://127.0.0.1:${APP_PORT}`
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
      viewport: { width: 1280, height: 900 },
    })
    try {
      await context.grantPermissions(['notifications'], { origin })
      await context.addInitScript(
        (rpcUrl: string) =>
          localStorage.setItem('poolscope.settings', JSON.stringify({ rpcUrls: { 31337: [rpcUrl] } })),
        devnet.rpcUrl,
      )
      await context.addInitScript(RECORD_NOTIFICATIONS)
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(`${origin}/positions/31337/${position.tokenId}`)
      const alerts = page.getByTestId('position-alerts')
      await alerts.waitFor({ timeout: 60_000 })
      await alerts.getByTestId('alert-leaves-range').check()
      const middle = Math.floor((position.tickLower + position.tickUpper) / 2)
      const latencies: number[] = []
      for (let crossing = 0; crossing < CROSSINGS; crossing++) {
        await alerts
          .getByTestId('alerts-watching')
          .filter({ hasText: 'in range at block' })
          .waitFor({ timeout: 30_000 })
        const notified = () =>
          page.evaluate(() => (window as unknown as { __notifications: unknown[] }).__notifications.length)
        // The in-app list shows the newest 3: count the notifications instead.
        const before = await notified()
        const outside = crossing % 2 === 0 ? position.tickUpper + 5 : position.tickLower - 5
        const crossedAt = await swapToTick(client, devnet.rpcUrl, accounts, position.pool, outside)
        const fired = page.getByTestId('alert-fired')
        const deadline = Date.now() + 30_000
        while ((await notified()) <= before) {
          if (Date.now() > deadline)
            throw new Error(
              `crossing ${crossing + 1}: no notification in 30 s (notifications ${await alerts.getByTestId('alerts-access').getAttribute('data-access')}, ${await fired.count()} in-app alerts)`,
            )
          await page.waitForTimeout(50)
        }
        // The newest alert is first in the list.
        const firedAt = BigInt((await fired.first().getAttribute('data-block')) ?? '-1')
        latencies.push(Number(firedAt - crossedAt))
        console.error(
          `[alerts] crossing ${crossing + 1}: swap in block ${crossedAt}, alert at block ${firedAt}`,
        )
        await swapToTick(client, devnet.rpcUrl, accounts, position.pool, middle)
      }
      const notifications = await page.evaluate(
        () => (window as unknown as { __notifications: unknown[] }).__notifications.length,
      )
      const worst = Math.max(...latencies)
      return {
        'alerts.latencyBlocks': { value: worst, unit: 'blocks' },
        'alerts.crossings': { value: latencies.length, unit: 'crossings' },
        'alerts.notifications': { value: notifications, unit: 'notifications' },
      }
    } finally {
      await context.close()
    }
  } finally {
    await server?.close()
    await devnet.stop()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

// `npx tsx bench/alerts.ts`: run directly, print the figures.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await runAlertsBench())
