import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp, revealCharts } from './harness.ts'

/** axe-core's bundled engine, injected into each page as a script tag. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** The WETH/USDC pool of a fee tier (the 0.3 % one has the V3 staker incentive). */
function wethUsdc(fee: number): `0x${string}` {
  const deployments = inject('browserDeployments')
  const pool = deployments.v3Pools.find(
    (p) => p.fee === fee && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
  )
  if (!pool) throw new Error(`no WETH/USDC ${fee} pool`)
  return pool.address
}

/** Two listed plain tokens (WBTC, DAI) the devnet has no V2 pair of. */
function unpairedTokens(): [`0x${string}`, `0x${string}`] {
  const deployments = inject('browserDeployments')
  const bySymbol = (symbol: string) => {
    const token = deployments.tokens.find((t) => t.symbol === symbol)
    if (!token) throw new Error(`no ${symbol} on the devnet`)
    return token.address
  }
  const pair: [`0x${string}`, `0x${string}`] = [bySymbol('WBTC'), bySymbol('DAI')]
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase()
  if (
    deployments.v2Pairs.some(
      (p) => pair.some((t) => same(p.token0, t)) && pair.some((t) => same(p.token1, t)),
    )
  )
    throw new Error('the devnet has a WBTC/DAI V2 pair now: pick another unpaired pair')
  return pair
}

/** Resolves once no element matching `selector` is on the page (loading markers). */
async function gone(page: Page, selector: string): Promise<void> {
  try {
    await expect.poll(() => page.locator(selector).count(), { timeout: 60_000 }).toBe(0)
  } catch (error) {
    // Say what is still there (loading, or an "unavailable" that never resolves), not just how many.
    const left = await page.locator(selector).allTextContents()
    throw new Error(`${left.length} × ${selector} still on the page: ${JSON.stringify(left.slice(0, 5))}`, {
      cause: error,
    })
  }
}

interface PageUnderTest {
  name: string
  path: () => string
  /** Waits until the page's data has loaded, so axe sees the figures rather than skeletons. */
  ready: (page: Page) => Promise<void>
}

const PAGES: PageUnderTest[] = [
  {
    name: 'Positions',
    path: () => `/?watch=${inject('browserDeployments').demoAccount}`,
    ready: async (page) => {
      await page.getByTestId('position-card').first().waitFor({ timeout: 90_000 })
      await gone(page, '[data-testid="positions-loading"], [data-testid="rewards-loading"]')
      await gone(page, '[data-testid="versus-holding-pending"]')
      await page.getByTestId('composition-chart').waitFor()
    },
  },
  {
    name: 'Position',
    path: () => {
      const inRange = inject('browserDeployments').seed.demoPositions.find((p) => p.label === 'in-range')
      if (!inRange) throw new Error('no in-range demo position')
      return `/positions/31337/${inRange.tokenId}`
    },
    ready: async (page) => {
      await page.locator('[data-testid="position-detail"][data-status="ok"]').waitFor({ timeout: 90_000 })
      await page.getByTestId('position-range-charts').waitFor({ timeout: 60_000 })
      await revealCharts(page, ['chart-liquidity', 'chart-price-range'], { drawn: '.recharts-surface' })
    },
  },
  {
    name: 'Pools',
    path: () => '/pools',
    ready: async (page) => {
      await page
        .locator('[data-testid="pools-table"] [data-figure="fee-apr"][data-value]')
        .first()
        .waitFor({ timeout: 90_000 })
    },
  },
  {
    name: 'Pool detail',
    path: () => `/pools/${wethUsdc(3000)}`,
    ready: async (page) => {
      await revealCharts(page, ['chart-price-history', 'chart-backtest'], {
        drawn: 'path.recharts-curve[d*="L"]',
        timeout: 90_000,
      })
    },
  },
  {
    name: 'Simulator',
    path: () => `/simulator?pool=${wethUsdc(3000)}`,
    ready: async (page) => {
      await page.locator('[data-testid="sim-mc"][data-status="done"]').waitFor({ timeout: 90_000 })
      // The charts below the fold mount once scrolled to: axe checks them too.
      await revealCharts(page, [
        'chart-liquidity',
        'chart-il',
        'chart-fee-lvr',
        'chart-net-return',
        'chart-backtest',
      ])
      await page.getByTestId('sim-strategies-table').waitFor({ timeout: 90_000 })
    },
  },
  {
    name: 'Add liquidity',
    path: () => `/add?pool=${wethUsdc(3000)}`,
    ready: async (page) => {
      await page.locator('[data-testid="pool-choice-tvl"][data-figure]').first().waitFor({ timeout: 90_000 })
      await page
        .locator(`[data-testid="pool-choice-row"][data-pool="${wethUsdc(3000)}"][aria-selected="true"]`)
        .waitFor({ timeout: 60_000 })
    },
  },
  {
    // The create-a-V2-pair panel filled in (prices both ways, LP minted, warning) for two listed tokens
    // the devnet has no V2 pair of.
    name: 'Add liquidity: create a V2 pair',
    path: () => '/add',
    ready: async (page) => {
      const [a, b] = unpairedTokens()
      await page.getByTestId('create-pair-open').click()
      await page.getByTestId('create-pair-token-a').selectOption(a)
      await page.getByTestId('create-pair-token-b').selectOption(b)
      await page.getByTestId('create-pair-amount-a').fill('1')
      await page.getByTestId('create-pair-amount-b').fill('2')
      await page.getByTestId('create-pair-start').waitFor({ timeout: 60_000 })
    },
  },
  {
    name: 'Portfolio',
    path: () => '/portfolio',
    ready: async (page) => {
      // Saved by the test itself (the session opened on /settings), then read on this page's load.
      await page.evaluate((demo) => {
        localStorage.setItem('poolscope.portfolio', JSON.stringify([{ address: demo, name: 'Demo' }]))
      }, inject('browserDeployments').demoAccount)
      await page.reload()
      await page.locator('[data-testid$="-31337-value"]').first().waitFor({ timeout: 90_000 })
    },
  },
  {
    name: 'Settings',
    path: () => '/settings',
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: /settings/i }).waitFor({ timeout: 30_000 })
    },
  },
]

/** One axe violation, reduced to what a failure message needs. */
interface Violation {
  id: string
  impact: string | null
  nodes: number
  targets: string[]
  summary: string
  /** The first offending element's opening HTML, to find it in the source. */
  html: string
}

/**
 * Injects axe (once per document) and runs it with the WCAG 2.2 `target-size` rule on.
 * @returns the serious and critical violations (and landmark-unique ones), and the ids of the rules that found something to check
 */
async function runAxe(page: Page): Promise<{ violations: Violation[]; applied: string[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Off-screen position cards skip layout (content-visibility: auto), so axe would measure them at a
    // placeholder size, overlapping their neighbours. Laid out for real, each is checked as it shows on screen.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' })
    await page.addScriptTag({ content: AXE_SOURCE })
  }
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the injected script defines
    const axe = (window as any).axe
    const results = await axe.run(document, {
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    })
    const violations = (
      results.violations as {
        id: string
        impact: string | null
        nodes: { target: string[]; html: string; failureSummary?: string }[]
      }[]
    )
      // Moderate findings are not all failures, but duplicated landmarks (two "Main" navs) are.
      .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        summary: (v.nodes[0]?.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
        html: (v.nodes[0]?.html ?? '').slice(0, 200),
      }))
    // resultTypes limits the node lists, not the rule lists: every rule that applied is in one of these.
    const applied = [...results.passes, ...results.violations].map((rule: { id: string }) => rule.id)
    return { violations, applied }
  })
}

function describeViolations(byPage: Record<string, Violation[]>): string {
  return Object.entries(byPage)
    .flatMap(([name, violations]) =>
      violations.map(
        (v) =>
          `${name}: ${v.id} (${v.impact}, ${v.nodes} nodes) ${v.targets.join(' | ')} — ${v.summary} — ${v.html}`,
      ),
    )
    .join('\n')
}

describe('accessibility: axe-core on every page (Chromium)', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const width of [390, 1280])
      it(`no serious or critical violations, ${colorScheme} theme, ${width} px`, {
        timeout: 600_000,
      }, async () => {
        // The built app's CSP allows no inline script: bypass it so the axe script tag can run.
        session = await openApp({
          path: '/settings',
          viewport: { width, height: 900 },
          colorScheme,
          bypassCSP: true,
        })
        const { page, errors } = session
        const found: Record<string, Violation[]> = {}
        for (const entry of PAGES) {
          await page.goto(new URL(entry.path(), page.url()).href)
          await entry.ready(page)
          expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
            colorScheme === 'dark',
          )
          const { violations, applied } = await runAxe(page)
          // The rules this test is about really ran on the page (not skipped for finding nothing to check).
          expect(applied, entry.name).toEqual(expect.arrayContaining(['color-contrast', 'target-size']))
          if (violations.length > 0) found[entry.name] = violations
        }
        expect(found, describeViolations(found)).toEqual({})
        expect(errors).toEqual([])
      })
})

/** Presses Tab until the focused element matches `selector`; returns how many presses it took. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`)
}

describe('keyboard: the main controls are reachable and usable (Chromium)', () => {
  it('Tab reaches a pools table sort header and Enter sorts by it', async () => {
    session = await openApp({ path: '/pools' })
    const { page, errors } = session
    await PAGES.find((entry) => entry.name === 'Pools')?.ready(page)
    await tabTo(page, 'th button[data-sort]')
    const key = await page.evaluate(() => document.activeElement?.getAttribute('data-sort'))
    expect(key).toBeTruthy()
    const header = page.locator(`th:has(> span > button[data-sort="${key}"])`)
    const before = await header.getAttribute('aria-sort')
    await page.keyboard.press('Enter')
    await expect.poll(() => header.getAttribute('aria-sort')).not.toBe(before)
    const after = await header.getAttribute('aria-sort')
    expect(['ascending', 'descending']).toContain(after)
    // Enter again reverses it.
    await page.keyboard.press('Enter')
    await expect
      .poll(() => header.getAttribute('aria-sort'))
      .toBe(after === 'ascending' ? 'descending' : 'ascending')
    expect(errors).toEqual([])
  })

  it('Tab reaches the watch form, and typing an address + Enter watches it', async () => {
    session = await openApp()
    const { page, errors } = session
    const demoAccount = inject('browserDeployments').demoAccount
    await page.getByTestId('watch-address-input').waitFor({ timeout: 30_000 })
    await tabTo(page, '[data-testid="watch-address-input"]')
    await page.keyboard.type(demoAccount)
    await page.keyboard.press('Enter')
    await page.locator(`[data-testid="positions-account"][data-account="${demoAccount}"]`).waitFor()
    await page.getByTestId('position-card').first().waitFor({ timeout: 60_000 })
    expect(errors).toEqual([])
  })
})
