import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp, revealCharts } from './harness.ts'
import { longDecimalTails, parseShownNumber } from './precision.ts'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('pools list and pool detail on the devnet (Chromium)', () => {
  it('compares WETH/USDC fee tiers side by side, sorts, opens a pool with charts and follows Simulate', async () => {
    session = await openApp({ path: '/pools' })
    const { page, errors } = session
    const deployments = inject('browserDeployments')
    const tierAddress = (fee: number) => {
      const pool = deployments.v3Pools.find(
        (p) => p.fee === fee && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
      )
      if (!pool) throw new Error(`no WETH/USDC ${fee} pool`)
      return pool.address
    }
    const tier005 = tierAddress(500)
    const tier03 = tierAddress(3000)

    const table = page.getByTestId('pools-table')
    await table.waitFor({ timeout: 30_000 })
    // Both fee tiers (and the V2 pair) of WETH/USDC sit in one group, lowest tier first, with figures.
    const group = page.locator('tbody[data-pair="WETH/USDC"]')
    const poolsInGroup = await group
      .locator('tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-pool')))
    expect(poolsInGroup.slice(0, 2)).toEqual([tier005, tier03])
    for (const address of [tier005, tier03]) {
      const cells = await group.locator(`tr[data-pool="${address}"] td`).allTextContents()
      expect(cells[0]).toMatch(/WETH\/USDC/)
      expect(cells[1]).toMatch(/^[\d,]+(\.\d+)?USDC per WETH$/) // price and its unit
      expect(cells[2]).toMatch(/^\$[\d.]+[KM]?$/) // TVL
      expect(cells[7]).toMatch(/%$/) // fee APR
    }
    // Human precision: no figure on the page shows a long decimal tail, and liquidity is a dollar value,
    // never raw L (which is only in data-liquidity, where the fault probes compare it with the chain).
    expect(await longDecimalTails(page)).toEqual([])
    for (const address of [tier005, tier03]) {
      const liquidity = group.locator(`tr[data-pool="${address}"] td[data-figure="active-liquidity"]`)
      expect(await liquidity.textContent()).toMatch(/^\$[\d.,]+[KM]?$/)
      expect(BigInt((await liquidity.getAttribute('data-liquidity')) ?? '0')).toBeGreaterThan(0n)
    }

    // The 0.3 % tier has the V3 staker incentive.
    expect(await group.locator(`tr[data-pool="${tier03}"] td`).last().textContent()).toMatch(
      /^yes · [\d.]+%$/,
    )

    // The quote direction flips every price and its unit.
    const priceOf = () => group.locator(`tr[data-pool="${tier03}"] td`).nth(1).textContent()
    const direct = parseShownNumber(((await priceOf()) ?? '').replace('USDC per WETH', ''))
    await page.getByTestId('price-direction').click()
    const flipped = (await priceOf()) ?? ''
    expect(flipped).toMatch(/WETH per USDC$/)
    // Both at 4 significant digits (the flipped one "0.0₃3372"): the product is 1 within their rounding.
    expect(parseShownNumber(flipped.replace('WETH per USDC', '')) * direct).toBeCloseTo(1, 3)
    await page.getByTestId('price-direction').click()

    // Sorting: by pair name ascending puts DAI/USDC before WETH/USDC; the header says so.
    const pairOrder = async () =>
      page.locator('tbody[data-pair]').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-pair')))
    const before = await pairOrder()
    await page.locator('button[data-sort="pair"]').click()
    await page.locator('th[aria-sort="ascending"] button[data-sort="pair"]').waitFor()
    const byName = await pairOrder()
    expect(byName).not.toEqual(before)
    expect(byName.indexOf('DAI/USDC')).toBeLessThan(byName.indexOf('WETH/USDC'))
    await page.locator('button[data-sort="feeApr"]').click()
    await page.locator('th[aria-sort="descending"] button[data-sort="feeApr"]').waitFor()

    // Detail of the 0.3 % pool: every chart draws real paths / bars.
    await group.locator(`tr[data-pool="${tier03}"] a`).click()
    await page.waitForURL((url) => url.pathname === `/pools/${tier03}`)
    await page.getByTestId('pool-detail').waitFor()
    await revealCharts(page, ['chart-price-history', 'chart-backtest'], {
      drawn: 'path.recharts-curve[d*="L"]',
    })
    await revealCharts(page, ['chart-liquidity'], { drawn: '.recharts-bar-rectangle path' })
    expect(
      await page.locator('[data-testid="chart-liquidity"] .recharts-bar-rectangle path').count(),
    ).toBeGreaterThan(10)
    expect(await page.getByTestId('realized-volatility').textContent()).toMatch(/^[\d.]+%$/)
    expect(await page.getByTestId('farm-details').textContent()).toMatch(/FARM\/day/)
    expect(await page.getByTestId('backtest-summary').textContent()).toMatch(/Time in range[\d.]+%/)

    await page.getByRole('link', { name: 'Simulate a position' }).click()
    await page.waitForURL((url) => url.pathname === '/simulator' && url.search.includes(tier03))
    expect(errors).toEqual([])
  })

  it('says when an address is not a listed pool', async () => {
    session = await openApp({ path: '/pools/0x000000000000000000000000000000000000dEaD' })
    await session.page.getByText('Not a listed pool').waitFor({ timeout: 30_000 })
    expect(session.errors).toEqual([])
  })

  it('redirects the older /pools?pool= link to /pools/:address', async () => {
    const pool = inject('browserDeployments').v3Pools[0]?.address
    session = await openApp({ path: `/pools?pool=${pool}` })
    const { page, errors } = session
    await page.waitForURL((url) => url.pathname === `/pools/${pool}` && url.search === '')
    await page.getByTestId('pool-detail').waitFor({ timeout: 30_000 })
    expect(errors).toEqual([])
  })
})
