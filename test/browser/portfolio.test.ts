import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { testAddress } from '../../devnet/accounts.ts'
import { type AppSession, openApp } from './harness.ts'

const deployments = inject('browserDeployments')
const demo = deployments.demoAccount
/** anvil account 1: the devnet's market liquidity provider (V2 LP and V3 positions of its own). */
const provider = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
/** Accounts 10..17 of anvil's test mnemonic: each has a small book of its own on the devnet. */
const others = [10, 11, 12, 13, 14, 15, 16, 17].map((index) => testAddress(index))

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

async function add(page: Page, name: string, address: string) {
  await page.getByTestId('portfolio-name').fill(name)
  await page.getByTestId('portfolio-address').fill(address)
  await page.getByTestId('portfolio-add-submit').click()
}

const part = (address: string, chainId = 31337) => `portfolio-part-${address.toLowerCase()}-${chainId}`

/** The Positions page's own totals for an address (the pages must agree). */
async function positionsPageTotals(page: Page, address: string) {
  await page.goto(new URL(`/?watch=${address}`, page.url()).href)
  await page.getByTestId('position-card').first().waitFor({ timeout: 90_000 })
  await expect.poll(() => page.getByTestId('rewards-loading').count(), { timeout: 60_000 }).toBe(0)
  const more = page.getByTestId('positions-show-more')
  const remaining = (await more.count()) > 0 ? Number(await more.getAttribute('data-remaining')) : 0
  return {
    value: (await page.getByTestId('total-value').textContent()) ?? '',
    // The list renders 50 cards a page; the rest are counted on its "Show more" button.
    cards: (await page.getByTestId('position-card').count()) + remaining,
  }
}

describe('the portfolio of several addresses', () => {
  it('adds named addresses (refusing bad ones), sums them, and agrees with each Positions page', async () => {
    session = await openApp({ path: '/portfolio' })
    const { page } = session
    // Bad input: each refused with its reason, nothing saved.
    await add(page, 'Main', '0x1234')
    await expect.poll(() => page.getByTestId('portfolio-error').textContent()).toMatch(/40 hex characters/)
    await add(page, '', demo)
    await expect.poll(() => page.getByTestId('portfolio-error').textContent()).toMatch(/name/)
    await add(page, 'Main', demo)
    await add(page, 'Again', demo.toLowerCase())
    await expect
      .poll(() => page.getByTestId('portfolio-error').textContent())
      .toMatch(/already in the portfolio as "Main"/)
    await add(page, 'main', provider)
    await expect.poll(() => page.getByTestId('portfolio-error').textContent()).toMatch(/already names/)
    await add(page, 'Provider', provider)
    expect(await page.getByTestId('portfolio-error').count()).toBe(0)

    for (const address of [demo, provider])
      await page.getByTestId(`${part(address)}-value`).waitFor({ timeout: 90_000 })
    const usd = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-usd'))
    const [demoUsd, providerUsd] = [await usd(`${part(demo)}-value`), await usd(`${part(provider)}-value`)]
    const values = [demoUsd, providerUsd]
    expect(values.every((value) => value > 0)).toBe(true)
    await expect
      .poll(() => usd('portfolio-total-value'), { timeout: 30_000 })
      .toBeCloseTo(demoUsd + providerUsd, 6)
    expect(await page.getByTestId('portfolio-total').getAttribute('data-missing')).toBe('0')
    const shown = {
      demo: {
        value: await page.getByTestId(`${part(demo)}-value`).textContent(),
        positions: Number(await page.getByTestId(`${part(demo)}-positions`).textContent()),
      },
      provider: {
        value: await page.getByTestId(`${part(provider)}-value`).textContent(),
        positions: Number(await page.getByTestId(`${part(provider)}-positions`).textContent()),
      },
    }

    // Rename; then a reload keeps both names.
    await page
      .getByTestId(`portfolio-entry-${provider.toLowerCase()}`)
      .getByTestId('portfolio-rename')
      .click()
    await page.getByTestId('portfolio-rename-input').fill('Market maker')
    await page.getByTestId('portfolio-rename-save').click()
    await page.reload()
    await page.getByRole('heading', { name: 'Market maker' }).waitFor()
    await page.getByRole('heading', { name: 'Main' }).waitFor()

    // Each part says what that address's Positions page says.
    for (const [address, figures] of [
      [demo, shown.demo],
      [provider, shown.provider],
    ] as const) {
      const own = await positionsPageTotals(page, address)
      expect(own.cards).toBe(figures.positions)
      expect(figures.value).toContain(own.value.replace(/partial/, '').trim())
    }
    expect(session.errors).toEqual([])
  })

  it('holds at most 10 (ten seeded books, each shown); removing one makes room; other chains never hide the first chain’s figures', async () => {
    const ten = [demo, provider, ...others].map((address, i) => ({ address, name: `Account ${i}` }))
    session = await openApp({
      path: '/portfolio',
      localStorage: { 'poolscope.portfolio': JSON.stringify(ten) },
    })
    const { page } = session
    await page.getByTestId('portfolio-full').waitFor()
    expect(await page.getByTestId('portfolio-add').count()).toBe(0)
    for (const { address } of ten) {
      await page.getByTestId(`${part(address)}-value`).waitFor({ timeout: 90_000 })
      expect(Number(await page.getByTestId(`${part(address)}-positions`).textContent())).toBeGreaterThan(0)
      expect(
        Number(await page.getByTestId(`${part(address)}-value`).getAttribute('data-usd')),
      ).toBeGreaterThan(0)
    }
    expect(await page.getByTestId('portfolio-total').getAttribute('data-missing')).toBe('0')
    const last = ten[9]?.address.toLowerCase()
    await page.getByTestId(`portfolio-entry-${last}`).getByTestId('portfolio-remove').click()
    await page.getByTestId('portfolio-add').waitFor()
    expect(await page.getByTestId(`portfolio-entry-${last}`).count()).toBe(0)

    // All chains: this build's other chains point at replicas that are not running here, so their parts fail
    // and the totals say partial; the devnet's figures stay shown.
    const demoValue = await page.getByTestId(`${part(demo)}-value`).textContent()
    await page.getByTestId('portfolio-all-chains').check()
    await expect
      .poll(async () => Number(await page.getByTestId('portfolio-total').getAttribute('data-missing')), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0)
    expect(await page.getByTestId(`${part(demo)}-value`).textContent()).toBe(demoValue)
    expect(await page.getByTestId('portfolio-total-value').getAttribute('data-partial')).toBe('true')
  })
})
