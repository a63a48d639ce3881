import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp } from './harness.ts'

const ROUTES = [
  { testId: 'nav-positions', path: '/', heading: /positions/i },
  { testId: 'nav-portfolio', path: '/portfolio', heading: /portfolio/i },
  { testId: 'nav-pools', path: '/pools', heading: /pools/i },
  { testId: 'nav-simulator', path: '/simulator', heading: /simulator/i },
  { testId: 'nav-add', path: '/add', heading: /add liquidity/i },
  { testId: 'nav-ledger', path: '/ledger', heading: /ledger/i },
  { testId: 'nav-settings', path: '/settings', heading: /settings/i },
] as const

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('app shell on the devnet (Chromium)', () => {
  it('connects the Dev wallet, shows account and chain, visits every route without console errors', async () => {
    session = await openApp()
    const { page, errors } = session
    const demoAccount = inject('browserDeployments').demoAccount

    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-poolscopeDevWallet').click()

    const account = page.getByTestId('account-button')
    await account.and(page.locator('[data-account-source="wallet"]')).waitFor()
    // The shown short address first (label in name), then the whole one.
    expect(await account.getAttribute('aria-label')).toBe(
      `Account ${demoAccount.slice(0, 6)}…${demoAccount.slice(-4)} (${demoAccount})`,
    )
    expect(await page.getByTestId('chain-indicator').getAttribute('data-chain-id')).toBe('31337')
    // The footer's block number is read from the devnet through the app's own transport.
    await page.getByTestId('latest-block').waitFor()
    expect(await page.getByTestId('latest-block').textContent()).toMatch(/Latest block \d+/)
    expect(await page.getByTestId('rpc-banner').count()).toBe(0)

    for (const route of ROUTES) {
      await page.getByTestId(route.testId).click()
      await page.waitForURL((url) => url.pathname === route.path)
      await page.getByRole('heading', { level: 1, name: route.heading }).waitFor()
    }

    // The connection survives a reload.
    await page.reload()
    await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
    expect(errors).toEqual([])
  })

  it('explains a bad watched address inline and watches a valid one read-only', async () => {
    session = await openApp()
    const { page, errors } = session
    const input = page.getByTestId('watch-address-input')
    const submit = page.getByTestId('watch-address-submit')

    await submit.click()
    await page.getByText(/Paste an address to watch/).waitFor()
    await input.fill('0x123')
    await submit.click()
    await page.getByText(/this one has 3/).waitFor()
    await input.fill('0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266')
    await page.getByText(/EIP-55 checksum/).waitFor()

    const watched = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
    await input.fill(watched.toLowerCase())
    await submit.click()
    const account = page.locator('[data-testid="account-button"][data-account-source="watch"]')
    await account.waitFor()
    expect(await account.getAttribute('aria-label')).toBe(`Watching 0x7099…79C8 (${watched})`)
    expect(errors).toEqual([])
  })

  it('shows a banner with Retry when the RPC is unreachable, and no blank page', async () => {
    session = await openApp({
      localStorage: { 'poolscope.settings': JSON.stringify({ rpcUrls: { 31337: ['http://127.0.0.1:9'] } }) },
    })
    const { page } = session
    const banner = page.getByTestId('rpc-banner')
    await banner.waitFor({ timeout: 30_000 })
    expect(await banner.getAttribute('data-rpc-status')).toBe('unreachable')
    await page.getByTestId('rpc-retry').waitFor()
    await page.getByRole('heading', { level: 1 }).waitFor()
  })
})
