// The 10-address portfolio: the built app (dist/) in Chromium opens /portfolio with ten seeded books
// saved, cold (a fresh profile each run, so no cached logs), and times the first figures of every one of
// them on the devnet; it counts the JSON-RPC calls the page sent to the node meanwhile.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { testAddress } from '../devnet/accounts.ts'
import { startDevnet } from '../devnet/index.ts'
import { PORTFOLIO_BOOK_INDEXES } from '../devnet/portfolioBooks.ts'
import { findChromium, serveBuiltApp } from './builtApp.ts'
import type { BenchMetrics } from './types.ts'

const DEVNET_PORT = Number(process.env.POOLSCOPE_BENCH_PORTFOLIO_PORT ?? 8873)
const APP_PORT = Number(process.env.POOLSCOPE_BENCH_PORTFOLIO_APP_PORT ?? 4297)
const RUNS = 3
const ADDRESSES = 10

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/**
 * portfolio.addresses10.firstFiguresMs: from navigation to the figures of all ten addresses (median of
 * RUNS cold loads); portfolio.addresses10.firstPartMs: to the first address's figures;
 * portfolio.addresses10.rpcCalls: JSON-RPC calls (batched calls counted one by one) until all ten show.
 */
export async function runPortfolioBench(): Promise<BenchMetrics> {
  const chromiumPath = findChromium()
  const devnet = await startDevnet({ port: DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  let server: Awaited<ReturnType<typeof serveBuiltApp>> | undefined
  const all: number[] = []
  const first: number[] = []
  const calls: number[] = []
  try {
    server = await serveBuiltApp(process.env.POOLSCOPE_PORTFOLIO_DIST ?? 'dist', APP_PORT)
    // The demo account, the market's provider and the eight small books (devnet/portfolioBooks.ts).
    const book = [0, 1, ...PORTFOLIO_BOOK_INDEXES].slice(0, ADDRESSES).map((index) => ({
      address: testAddress(index),
      name: `Account ${index}`,
    }))
    for (let run = 0; run < RUNS; run++) {
      const userDataDir = mkdtempSync(join(tmpdir(), 'poolscope-portfolio-'))
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
        viewport: { width: 1280, height: 900 },
      })
      try {
        await context.addInitScript(
          ([rpcUrl, saved]: [string, string]) => {
            localStorage.setItem('poolscope.settings', JSON.stringify({ rpcUrls: { 31337: [rpcUrl] } }))
            localStorage.setItem('poolscope.portfolio', saved)
          },
          [devnet.rpcUrl, JSON.stringify(book)] as [string, string],
        )
        let rpcCalls = 0
        context.on('request', (request) => {
          if (!request.url().startsWith(devnet.rpcUrl)) return
          const body = request.postDataJSON() as unknown
          rpcCalls += Array.isArray(body) ? body.length : 1
        })
        const page = context.pages()[0] ?? (await context.newPage())
        const started = Date.now()
        await page.goto(`http://127.0.0.1:${APP_PORT}/portfolio`)
        const values = page.locator('[data-testid^="portfolio-part-"][data-testid$="-31337-value"]')
        await values.first().waitFor({ timeout: 120_000 })
        first.push(Date.now() - started)
        const deadline = Date.now() + 120_000
        while ((await values.count()) < ADDRESSES) {
          if (Date.now() > deadline)
            throw new Error(`only ${await values.count()} of ${ADDRESSES} addresses showed`)
          await page.waitForTimeout(25)
        }
        all.push(Date.now() - started)
        calls.push(rpcCalls)
        console.error(
          `[portfolio] run ${run + 1}: first ${first.at(-1)} ms, all ${all.at(-1)} ms, ${rpcCalls} calls`,
        )
      } finally {
        await context.close()
        rmSync(userDataDir, { recursive: true, force: true })
      }
    }
    return {
      'portfolio.addresses10.firstFiguresMs': { value: median(all), unit: 'ms' },
      'portfolio.addresses10.firstPartMs': { value: median(first), unit: 'ms' },
      'portfolio.addresses10.rpcCalls': { value: median(calls), unit: 'calls' },
    }
  } finally {
    await server?.close()
    await devnet.stop()
  }
}

// `npx tsx bench/portfolio.ts`: run directly, print the figures.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await runPortfolioBench())
