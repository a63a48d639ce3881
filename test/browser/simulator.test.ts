import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp, revealCharts } from './harness.ts'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const FIGURES = [
  'sim-fee-apr',
  'sim-reward-apr',
  'sim-combined-apr',
  'sim-lvr',
  'sim-break-even',
  'sim-expected-il',
  'sim-mc-p5',
  'sim-mc-p50',
  'sim-mc-p95',
  'sim-mc-in-range',
  'sim-mc-time-in-range',
] as const
const CHARTS = ['chart-liquidity', 'chart-il', 'chart-fee-lvr', 'chart-net-return'] as const
const BACKTEST_FIGURES = [
  'sim-bt-fees',
  'sim-bt-fee-apr',
  'sim-bt-net-apr',
  'sim-bt-il',
  'sim-bt-time-in-range',
] as const

/** Waits until the backtest for the current range and window has finished, then reads its figures. */
async function readBacktest(page: Page): Promise<Record<string, string>> {
  await page.locator('[data-testid="sim-backtest"] [data-status="done"]').waitFor({ timeout: 60_000 })
  const figures: Record<string, string> = {}
  for (const id of BACKTEST_FIGURES) figures[id] = (await page.getByTestId(id).textContent()) ?? ''
  return figures
}

/** Waits until the Monte Carlo for the current inputs has finished, then reads every figure. */
async function readFigures(page: Page): Promise<Record<string, string>> {
  await page.locator('[data-testid="sim-mc"][data-status="done"]').waitFor({ timeout: 30_000 })
  const figures: Record<string, string> = {}
  for (const id of FIGURES) figures[id] = (await page.getByTestId(id).textContent()) ?? ''
  return figures
}

/** Waits until the URL's query satisfies `check` (the simulator uses replaceState: no navigation event). */
async function waitForQuery(page: Page, check: (query: URLSearchParams) => boolean): Promise<void> {
  await expect.poll(() => check(new URL(page.url()).searchParams), { timeout: 10_000 }).toBe(true)
}

/** Number of SVG paths with real geometry inside a chart (scrolled into view: charts mount there). */
async function drawnPaths(page: Page, chart: string): Promise<number> {
  await revealCharts(page, [chart])
  return page
    .locator(`[data-testid="${chart}"] svg path`)
    .evaluateAll((paths) => paths.filter((path) => (path.getAttribute('d') ?? '').length > 10).length)
}

describe('simulator on the devnet (Chromium)', () => {
  it('projects a farmed V3 pool, follows range moves, and a reloaded URL gives the same figures', async () => {
    const deployments = inject('browserDeployments')
    const farmed = deployments.v3Incentives[0]?.pool ?? deployments.v3Pools[0]?.address
    session = await openApp({ path: `/simulator?pool=${farmed}&amount=25000&horizon=45` })
    const { page, errors } = session

    const first = await readFigures(page)
    for (const id of FIGURES) expect(first[id], id).toMatch(/\d/)
    expect(first['sim-reward-apr']).toMatch(/%/)
    for (const chart of CHARTS) expect(await drawnPaths(page, chart), chart).toBeGreaterThan(0)
    const firstBacktest = await readBacktest(page)
    for (const id of BACKTEST_FIGURES) expect(firstBacktest[id], id).toMatch(/\d/)
    expect(await drawnPaths(page, 'chart-backtest')).toBeGreaterThan(0)

    // Move the range: the ±25 % preset, then drag the upper bound with its slider.
    await page.getByTestId('sim-preset-25').click()
    await waitForQuery(page, (query) => query.get('preset') === '25')
    const wider = await readFigures(page)
    expect(wider['sim-lvr']).not.toBe(first['sim-lvr'])
    await page.getByTestId('sim-upper-slider').fill('60')
    await waitForQuery(page, (query) => query.get('preset') === 'pct' && query.get('upper') === '60')
    const moved = await readFigures(page)
    expect(moved['sim-mc-p50']).not.toBe(wider['sim-mc-p50'])
    for (const chart of CHARTS) expect(await drawnPaths(page, chart), chart).toBeGreaterThan(0)
    // A longer backtest window, chosen in the page, lands in the URL.
    await page.getByTestId('sim-bt-window-30').click()
    await waitForQuery(page, (query) => query.get('backtest') === '30')
    const movedBacktest = await readBacktest(page)
    for (const id of BACKTEST_FIGURES) expect(movedBacktest[id], id).toMatch(/\d/)
    expect(await drawnPaths(page, 'chart-backtest')).toBeGreaterThan(0)

    // The URL carries the whole state: reloading it reproduces every figure.
    const sharedUrl = page.url()
    await page.reload()
    expect(page.url()).toBe(sharedUrl)
    expect(await readFigures(page)).toEqual(moved)
    expect(await readBacktest(page)).toEqual(movedBacktest)
    expect(await drawnPaths(page, 'chart-backtest')).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('mounts a below-the-fold chart only once it is scrolled into view, in the place kept for it', async () => {
    session = await openApp({ path: '/simulator', viewport: { width: 390, height: 844 } })
    const { page, errors } = session
    await page.locator('[data-testid="sim-mc"][data-status="done"]').waitFor({ timeout: 60_000 })
    const slot = page.locator('[data-chart-slot="chart-net-return"]')
    // Far below the first screen on a phone: an empty box of the chart's height, no chart, no Recharts.
    expect(await slot.getAttribute('data-mounted')).toBe('false')
    expect(await page.getByTestId('chart-net-return').count()).toBe(0)
    const before = await slot.boundingBox()
    expect(before?.height ?? 0).toBeGreaterThanOrEqual(300) // the chart's own height, kept for it
    expect(before?.y ?? 0).toBeGreaterThan(844)
    const documentTop = (box: { y: number } | null) => page.evaluate((y) => y + window.scrollY, box?.y ?? 0)
    const slotTop = await documentTop(before)

    await slot.scrollIntoViewIfNeeded()
    await page.locator('[data-testid="chart-net-return"] svg path').first().waitFor({ state: 'attached' })
    expect(await slot.getAttribute('data-mounted')).toBe('true')
    expect(await drawnPaths(page, 'chart-net-return')).toBeGreaterThan(0)
    // Mounting moved nothing above it: the chart sits where its box was.
    expect(await documentTop(await page.getByTestId('chart-net-return').boundingBox())).toBeCloseTo(
      slotTop,
      0,
    )
    expect(errors).toEqual([])
  })

  it('ignores invalid URL parameters with a notice and explains bad input inline', async () => {
    session = await openApp({
      path: '/simulator?amount=-5&vol=abc&horizon=99999&pool=0x12&preset=price&lower=9&upper=3',
    })
    const { page, errors } = session
    const notice = page.getByTestId('sim-url-notice')
    await notice.waitFor()
    const text = (await notice.textContent()) ?? ''
    for (const name of ['pool', 'amount', 'lower/upper', 'vol', 'horizon']) expect(text).toContain(name)
    // Defaults still give a full projection.
    await readFigures(page)

    await page.getByTestId('sim-amount').fill('-3')
    await page.getByText('The deposit must be above $0.').waitFor()
    await page.getByTestId('sim-vol').fill('5000')
    await page.getByText('Volatility above 1000 %/yr is not meaningful.').waitFor()
    await page.getByTestId('sim-horizon').fill('0')
    await page.getByText('The horizon must be above 0 days.').waitFor()
    // One set of price boxes (the Price range panel's), shared with the projection.
    await page.getByTestId('sim-preset-price').click()
    expect(await page.getByTestId('sim-lower').count()).toBe(0)
    expect(await page.getByRole('textbox', { name: /^Min price/ }).count()).toBe(1)
    await page.getByTestId('sim-range-min-price').fill('999999999')
    await page.getByTestId('sim-range-price-error').waitFor()
    expect(await page.getByTestId('sim-range-price-error').textContent()).toBe(
      'The min price must be below the max price.',
    )
    // Nothing on the page shows NaN or Infinity.
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/)
    expect(errors).toEqual([])
  })

  it('compares static and τ-reset with gas, and explains bad τ and reward volatility inline', async () => {
    const deployments = inject('browserDeployments')
    const farmed = deployments.v3Incentives[0]?.pool ?? deployments.v3Pools[0]?.address
    session = await openApp({ path: `/simulator?pool=${farmed}&preset=5&tau=6&rvol=150` })
    const { page, errors } = session
    const card = page.getByTestId('sim-strategies')
    await card.getByTestId('sim-strategies-table').waitFor({ timeout: 60_000 })
    const read = async () => {
      const figures: Record<string, string> = {}
      for (const strategy of ['static', 'reset'])
        for (const row of ['net', 'fees', 'rewards', 'lvr', 'il', 'gas', 'swap', 'rebalances'])
          figures[`${strategy}-${row}`] =
            (await page.getByTestId(`sim-strategy-${strategy}-${row}`).textContent()) ?? ''
      return figures
    }
    const first = await read()
    for (const [id, text] of Object.entries(first)) expect(text, id).toMatch(/\d/)
    expect(first['static-rebalances']).toBe('0.00')
    expect(Number(first['reset-rebalances'])).toBeGreaterThan(0)
    expect(await page.getByTestId('sim-strategy-costs').textContent()).toMatch(
      /Gas at [\d.,]+ gwei: entry \$/,
    )
    // The headline Monte Carlo charges entry and exit gas too.
    expect(await page.getByTestId('sim-mc-gas').textContent()).toMatch(
      /Includes entry and exit gas: \$[\d.]+/,
    )
    expect(await page.getByTestId('sim-tau').inputValue()).toBe('6')
    expect(await page.getByTestId('sim-reward-vol').inputValue()).toBe('150')
    // The same two strategies replayed over the backtest window's real prices.
    await card.getByTestId('sim-strategies-backtest-table').waitFor({ timeout: 60_000 })
    for (const strategy of ['static', 'reset'])
      for (const row of ['net', 'fees', 'lvr', 'il', 'gas', 'swap', 'rebalances'])
        expect(await page.getByTestId(`sim-bt-strategy-${strategy}-${row}`).textContent(), row).toMatch(/\d/)
    expect(await page.getByTestId('sim-bt-strategy-static-rebalances').textContent()).toBe('0')

    // A longer τ re-centres less often.
    await page.getByTestId('sim-tau').fill('48')
    await waitForQuery(page, (query) => query.get('tau') === '48')
    await expect
      .poll(
        async () => Number((await page.getByTestId('sim-strategy-reset-rebalances').textContent()) ?? 'NaN'),
        {
          timeout: 30_000,
        },
      )
      .toBeLessThan(Number(first['reset-rebalances']))

    for (const [value, message] of [
      ['0', 'τ must be above 0 hours.'],
      ['1e9', 'τ can be at most 87,600 hours (10 years).'],
      ['soon', 'Enter a number of hours, e.g. 24.'],
    ] as const) {
      await page.getByTestId('sim-tau').fill(value)
      await card.getByText(message).waitFor()
    }
    await page.getByTestId('sim-reward-vol').fill('-20')
    await card.getByText('Volatility cannot be negative.').waitFor()
    // The last valid inputs stay in force: the table is still there, with numbers.
    expect(await page.getByTestId('sim-strategy-reset-net').textContent()).toMatch(/\d/)
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/)
    expect(errors).toEqual([])
  })

  it('says when an address is not a pool', async () => {
    const token = inject('browserDeployments').tokens[0]?.address
    session = await openApp({ path: `/simulator?pool=${token}` })
    const { page, errors } = session
    await page.getByTestId('sim-pool-error').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('sim-pool-error').textContent()).toContain(
      'is not a Uniswap V3 pool or V2 pair',
    )
    expect(errors).toEqual([])
  })
})
