import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp, revealCharts } from './harness.ts'

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

/** Waits until the pools table's Swap-log figures (volume, fees, fee APR) have loaded. */
async function poolsTableSettled(page: Page): Promise<void> {
  await page.getByTestId('pools-table').waitFor({ timeout: 60_000 })
  await page
    .locator('[data-testid="pools-table"] [data-figure="fee-apr"][data-value]')
    .first()
    .waitFor({ timeout: 60_000 })
}

/** A column's `data-value`s in row order: numbers, or null where the cell has none (unknown). */
async function columnValues(page: Page, figure: string): Promise<(number | null)[]> {
  return page
    .locator(`[data-testid="pools-table"] tr[data-pool] td[data-figure="${figure}"]`)
    .evaluateAll((cells) =>
      cells.map((cell) => {
        const raw = cell.getAttribute('data-value')
        return raw === null ? null : Number(raw)
      }),
    )
}

/** Ordered in `direction`, with every unknown value after every known one. */
function expectSorted(values: readonly (number | null)[], direction: 'asc' | 'desc') {
  const known = values.filter((v): v is number => v !== null)
  expect(known.length, 'some known values to sort').toBeGreaterThan(3)
  expect(values.slice(0, known.length), 'unknown values last').toEqual(known)
  for (let i = 1; i < known.length; i++) {
    const [before, after] = [known[i - 1] as number, known[i] as number]
    if (direction === 'desc') expect(before, `row ${i}`).toBeGreaterThanOrEqual(after)
    else expect(before, `row ${i}`).toBeLessThanOrEqual(after)
  }
}

/** The alpha of a computed CSS colour ("rgb(…)", "rgba(…, a)", "lab(… / a)", "transparent"). */
function alphaOf(colour: string): number {
  if (colour === 'transparent') return 0
  const alpha =
    /,\s*([\d.]+)\)$/.exec(colour.startsWith('rgba') ? colour : '') ?? /\/\s*([\d.]+)(%?)\s*\)$/.exec(colour)
  if (!alpha) return 1
  return Number(alpha[1]) / (alpha[2] === '%' ? 100 : 1)
}

/** Unique tick labels of a chart's x axis. */
async function xTickLabels(page: Page, chart: string): Promise<string[]> {
  return page
    .locator(`[data-testid="${chart}"] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value`)
    .allTextContents()
}

describe('pools table: flat sort, pinned column, widths (Chromium)', () => {
  it('sorts every pool on its own by a column, nulls last, and keeps the sort in the URL', async () => {
    session = await openApp({ path: '/pools' })
    const { page, errors } = session
    await poolsTableSettled(page)

    await page.getByTestId('group-by-pair').click()
    await page.locator('[data-testid="pools-table"][data-grouped="false"]').waitFor()
    expect(await page.locator('tbody[data-pair]').count()).toBe(0)
    await page.locator('th[aria-sort] button[data-sort="tvlUsd"]').waitFor()
    expectSorted(await columnValues(page, 'tvl'), 'desc')

    await page.locator('button[data-sort="feeApr"]').click()
    await page.locator('th[aria-sort="descending"] button[data-sort="feeApr"]').waitFor()
    const feeAprDesc = await columnValues(page, 'fee-apr')
    expectSorted(feeAprDesc, 'desc')
    // The figure shown agrees with the value sorted on ("4.61%" ↔ 0.0461…).
    const shown = await page
      .locator('[data-testid="pools-table"] tr[data-pool] td[data-figure="fee-apr"]')
      .allTextContents()
    for (const [index, text] of shown.entries()) {
      const percent = /^([\d,]+(?:\.\d+)?)\s?%$/.exec(text.trim())
      const value = feeAprDesc[index]
      if (!percent || value === null || value === undefined) continue
      expect(Math.abs(Number(percent[1]?.replace(/,/g, '')) / 100 - value), text).toBeLessThan(0.0006)
    }

    await page.locator('button[data-sort="feeApr"]').click()
    await page.locator('th[aria-sort="ascending"] button[data-sort="feeApr"]').waitFor()
    expectSorted(await columnValues(page, 'fee-apr'), 'asc')
    const query = new URL(page.url()).searchParams
    expect([query.get('sort'), query.get('dir'), query.get('group')]).toEqual(['feeApr', 'asc', 'false'])

    // A reload keeps the flat ascending fee APR sort.
    await page.reload()
    await poolsTableSettled(page)
    await page.locator('[data-testid="pools-table"][data-grouped="false"]').waitFor()
    await page.locator('th[aria-sort="ascending"] button[data-sort="feeApr"]').waitFor()
    expectSorted(await columnValues(page, 'fee-apr'), 'asc')

    // Farm: a running farm's reward APR first, pools without one after.
    await page.locator('button[data-sort="rewardApr"]').click()
    await page.locator('th[aria-sort="descending"] button[data-sort="rewardApr"]').waitFor()
    const farms = await columnValues(page, 'farm')
    expect(farms.filter((v) => v !== null).length).toBeGreaterThanOrEqual(2)
    expect(farms.slice(0, 2).every((v) => v !== null)).toBe(true)
    expect(farms.at(-1)).toBeNull()
    expect(errors).toEqual([])
  })

  it('at 1280 px every column header is whole and in view without scrolling', async () => {
    session = await openApp({ path: '/pools' })
    const { page, errors } = session
    await poolsTableSettled(page)
    const layout = await page.getByTestId('pools-table-scroll').evaluate((scroller) => {
      const box = scroller.getBoundingClientRect()
      return {
        scrollWidth: scroller.scrollWidth,
        clientWidth: scroller.clientWidth,
        headers: [...scroller.querySelectorAll('thead th')].map((th) => ({
          // biome-ignore lint/performance/useDomNodeTextContent: what shows, not the hidden tooltip's basis text
          text: (th as HTMLElement).innerText,
          clipped: th.scrollWidth > th.clientWidth,
          outside: th.getBoundingClientRect().right > box.right + 0.5,
        })),
      }
    })
    expect(layout.headers.map((h) => h.text.replace(/[?▲▼\s]/g, ''))).toContain('FARM')
    expect(layout.headers.filter((h) => h.clipped || h.outside)).toEqual([])
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth)
    expect(errors).toEqual([])
  })

  for (const colorScheme of ['light', 'dark'] as const)
    it(`keeps the pool column pinned, on an opaque background, while the table scrolls right (${colorScheme})`, async () => {
      session = await openApp({ path: '/pools', viewport: { width: 390, height: 800 }, colorScheme })
      const { page, errors } = session
      await poolsTableSettled(page)
      const scroller = page.getByTestId('pools-table-scroll')
      const firstRow = page.locator('[data-testid="pools-table"] tr[data-pool]').first()
      const pinned = firstRow.locator('td').first()
      const tvl = firstRow.locator('td[data-figure="tvl"]')
      const before = { pinned: await pinned.boundingBox(), tvl: await tvl.boundingBox() }
      const scrolled = await scroller.evaluate((element) => {
        element.scrollLeft = element.scrollWidth
        return element.scrollLeft
      })
      expect(scrolled).toBeGreaterThan(200)
      await expect.poll(async () => (await tvl.boundingBox())?.x).toBeLessThan((before.tvl?.x ?? 0) - 200)
      const after = await pinned.boundingBox()
      expect(after?.x).toBeCloseTo(before.pinned?.x ?? Number.NaN, 0)
      // Still what a user sees at that point: the pinned cell is the topmost element there.
      const hit = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.closest('td')?.getAttribute('data-value') ?? null,
        { x: (after?.x ?? 0) + 8, y: (after?.y ?? 0) + (after?.height ?? 0) / 2 },
      )
      expect(hit).toBe(await pinned.getAttribute('data-value'))
      const backgrounds = await page
        .locator('[data-testid="pools-table"] thead th')
        .first()
        .evaluate(
          (th, cell) => [
            getComputedStyle(th).backgroundColor,
            getComputedStyle(cell as Element).backgroundColor,
          ],
          await pinned.elementHandle(),
        )
      for (const colour of backgrounds) expect(alphaOf(colour), colour).toBe(1)
      expect(errors).toEqual([])
    })
})

describe('pool detail: Add liquidity, chart axes (Chromium)', () => {
  it('the Add liquidity button opens the add form with that pool selected; date ticks once each; the price axis title whole', async () => {
    const pool = wethUsdc(3000)
    session = await openApp({ path: `/pools/${pool}` })
    const { page, errors } = session
    const detail = page.getByTestId('pool-detail')
    await detail.waitFor({ timeout: 60_000 })

    // Date axes: each label once, in time order, for the price history and the backtest.
    for (const chart of ['chart-price-history', 'chart-backtest']) {
      await revealCharts(page, [chart], { drawn: 'path.recharts-curve[d*="L"]' })
      const labels = await xTickLabels(page, chart)
      expect(labels.length, chart).toBeGreaterThanOrEqual(2)
      expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length)
    }
    // The price axis title is whole: its box lies inside the chart's drawing.
    const title = await page
      // Recharts 3 draws axis titles in a layer of their own: the rotated one is the y axis's.
      .locator('[data-testid="chart-price-history"] .recharts-label[transform*="rotate"]')
      .evaluate((label) => {
        const svg = (label as SVGElement).ownerSVGElement?.getBoundingClientRect()
        const box = label.getBoundingClientRect()
        return {
          text: label.textContent,
          inside: !!svg && box.top >= svg.top && box.bottom <= svg.bottom && box.left >= svg.left,
        }
      })
    expect(title).toEqual({ text: 'USDC per WETH', inside: true })

    await detail.getByRole('link', { name: 'Add liquidity' }).click()
    await page.waitForURL((url) => url.pathname === '/add' && url.searchParams.get('pool') === pool)
    await page.getByTestId('add-liquidity-form').waitFor()
    await expect.poll(() => page.getByTestId('pool-select').inputValue(), { timeout: 30_000 }).toBe(pool)
    await page
      .locator(`[data-testid="pool-choice-row"][data-pool="${pool}"][aria-selected="true"]`)
      .waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('pool-param-error').count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('an unknown ?pool= on the add form shows a notice and the normal form', async () => {
    session = await openApp({ path: '/add?pool=0x000000000000000000000000000000000000dEaD' })
    const { page, errors } = session
    await page.getByTestId('pool-param-error').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('pool-param-error').textContent()).toMatch(/not a pool Poolscope lists/)
    await page.getByTestId('pool-select').selectOption(wethUsdc(500))
    await expect.poll(() => page.getByTestId('pool-param-error').count()).toBe(0)
    expect(errors).toEqual([])
  })
})

describe('phone width: 390 px (Chromium)', () => {
  const demo = () => inject('browserDeployments').demoAccount
  const PAGES: { name: string; path: () => string; ready: string }[] = [
    { name: 'Positions', path: () => `/?watch=${demo()}`, ready: '[data-testid="position-card"]' },
    {
      name: 'Pools',
      path: () => '/pools',
      ready: '[data-testid="pools-table"] [data-figure="fee-apr"][data-value]',
    },
    {
      name: 'Pool detail',
      path: () => `/pools/${wethUsdc(3000)}`,
      // Its charts are revealed (scrolled to, so they mount) before their axes are read.
      ready: '[data-testid="pool-detail"]',
    },
    {
      name: 'Simulator',
      path: () => `/simulator?pool=${wethUsdc(3000)}`,
      ready: '[data-testid="sim-mc"][data-status="done"]',
    },
    {
      name: 'Add',
      path: () => `/add?pool=${wethUsdc(3000)}`,
      ready: '[data-testid="pool-choice-tvl"][data-figure]',
    },
  ]

  it('no page scrolls sideways, the header is one row, and its menu navigates', async () => {
    session = await openApp({ path: '/pools', viewport: { width: 390, height: 844 } })
    const { page, errors } = session
    const widths: Record<string, number> = {}
    for (const entry of PAGES) {
      await page.goto(new URL(entry.path(), page.url()).href)
      await page.locator(entry.ready).first().waitFor({ timeout: 90_000 })
      if (entry.name === 'Pool detail')
        await revealCharts(page, ['chart-price-history', 'chart-backtest'], { drawn: 'path.recharts-curve' })
      widths[entry.name] = await page.evaluate(() => document.documentElement.scrollWidth)
      if (entry.name === 'Pool detail')
        for (const chart of ['chart-price-history', 'chart-backtest']) {
          const labels = await xTickLabels(page, chart)
          expect(labels.length, chart).toBeGreaterThanOrEqual(2)
          expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length)
        }
    }
    expect(widths).toEqual(Object.fromEntries(PAGES.map((entry) => [entry.name, 390])))

    // One header row: the brand, network, theme, account and menu button share one line.
    const header = await page.locator('header').boundingBox()
    expect(header?.height).toBeLessThan(64)
    await page.getByTestId('nav-menu-button').click()
    await page.getByTestId('nav-menu').waitFor()
    expect(await page.getByTestId('nav-menu-button').getAttribute('aria-expanded')).toBe('true')
    await page.getByTestId('nav-simulator-menu').click()
    await page.waitForURL((url) => url.pathname === '/simulator')
    await page.getByRole('heading', { level: 1, name: /simulator/i }).waitFor()
    expect(await page.getByTestId('nav-menu').count()).toBe(0)
    // Escape closes it too.
    await page.getByTestId('nav-menu-button').click()
    await page.getByTestId('nav-menu').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('nav-menu').count()).toBe(0)
    expect(errors).toEqual([])
  })
})
