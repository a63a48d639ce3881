import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openApp, revealCharts } from './harness.ts'

/** The Vite DEV server's port (dev-only React warnings do not show in the built app); env override. */
const DEV_APP_PORT = Number(process.env.POOLSCOPE_DEV_APP_PORT ?? 4279)

let server: ViteDevServer

describe('every page on the Vite dev server, with no React warning', () => {
  beforeAll(async () => {
    server = await createServer({
      server: { port: DEV_APP_PORT, strictPort: true, host: '127.0.0.1' },
      logLevel: 'warn',
    })
    await server.listen()
  }, 120_000)
  afterAll(async () => {
    await server?.close()
  })

  it('visits /, /pools, a pool detail, /simulator, /add and /settings without a console error or warning', async () => {
    const pool = inject('browserDeployments').v3Pools.find((p) => p.fee === 3000)?.address
    const session = await openApp({ appUrl: `http://127.0.0.1:${DEV_APP_PORT}`, failOnWarnings: true })
    try {
      const { page } = session
      const visit = async (path: string, ready: string) => {
        // Client-side navigation like a user (a link click), so the providers above the routes stay mounted.
        await page.evaluate((to) => {
          window.history.pushState(null, '', to)
          window.dispatchEvent(new PopStateEvent('popstate'))
        }, path)
        await page.waitForSelector(ready, { timeout: 60_000 })
        // Charts mount once scrolled to: a pool detail's are drawn before judging.
        if (path.startsWith('/pools/')) await revealCharts(page, ['chart-price-history', 'chart-backtest'])
        await page.waitForTimeout(500)
        // Name the page each error showed on.
        for (let index = seen; index < session.errors.length; index++)
          session.errors[index] = `${path}: ${session.errors[index]}`
        seen = session.errors.length
      }
      let seen = 0
      await page.waitForSelector('h1', { timeout: 90_000 })
      await page.waitForSelector('[data-testid="chain-indicator"]')
      // Settings changes re-render the wagmi provider above the whole app (watch an address, theme).
      await page.fill('[data-testid="watch-address-input"]', inject('browserDeployments').demoAccount)
      await page.click('[data-testid="watch-address-submit"]')
      await page.waitForSelector('[data-testid="positions-account"]', { timeout: 60_000 })
      await page.click('[data-testid="theme-toggle"]')
      for (const [path, ready] of [
        ['/pools', 'h1'],
        // The flat sort and the pool detail's charts drawn (date ticks: no duplicate React keys).
        ['/pools?group=false&sort=feeApr', '[data-testid="pools-table"][data-grouped="false"]'],
        [`/pools/${pool}`, '[data-testid="pool-detail"]'],
        ['/simulator', 'h1'],
        ['/add', 'h1'],
        ['/settings', 'h1'],
        ['/', '[data-testid="position-card"]'],
      ] as const)
        await visit(path, ready)
      await page.click('[data-testid="theme-toggle"]')
      // Let late renders (block polls, lazy chunks, wallet reconnect) land before judging.
      await page.waitForTimeout(1500)
      // A full reload of a deep link too (wagmi hydrates from storage on a fresh mount).
      await page.goto(`http://127.0.0.1:${DEV_APP_PORT}/settings`)
      await page.waitForSelector('h1', { timeout: 60_000 })
      await page.waitForTimeout(1500)
      expect(session.errors).toEqual([])
    } finally {
      await session.close()
    }
  }, 240_000)
})
