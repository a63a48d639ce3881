import { afterEach, describe, expect, inject, it } from 'vitest'
import { type FakeWalletSpec, installFakeWallets } from './fakeWallet.ts'
import { type AppSession, openApp } from './harness.ts'

const WALLET_ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

function walletsOpen(specs: Omit<FakeWalletSpec, 'rpcUrl'>[]) {
  const rpcUrl = inject('browserRpcUrl')
  return openApp({
    initScript: {
      fn: installFakeWallets as (arg: never) => void,
      arg: specs.map((spec) => ({ ...spec, rpcUrl })),
    },
  })
}

describe('injected wallets through EIP-6963 (Chromium)', () => {
  it('lists each announced wallet by name and icon, and explains a rejected connection', async () => {
    session = await walletsOpen([
      { rdns: 'test.fox', name: 'Fox Wallet', account: WALLET_ACCOUNT },
      { rdns: 'test.rabbit', name: 'Rabbit Wallet', account: WALLET_ACCOUNT, rejectConnect: true },
    ])
    const { page, errors } = session
    await page.getByTestId('account-button').click()
    const fox = page.getByTestId('connector-test.fox')
    const rabbit = page.getByTestId('connector-test.rabbit')
    expect((await fox.textContent())?.trim()).toBe('Fox Wallet')
    expect((await rabbit.textContent())?.trim()).toBe('Rabbit Wallet')
    expect(await fox.locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml/)

    await rabbit.click()
    const error = page.getByTestId('connect-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/declined/i)
    expect(await page.locator('[data-account-source="none"]').count()).toBe(1)
    expect(errors).toEqual([])
  })

  it('follows chain switches made in the wallet without a reload, and switches back in one click', async () => {
    session = await walletsOpen([{ rdns: 'test.fox', name: 'Fox Wallet', account: WALLET_ACCOUNT }])
    const { page, errors } = session
    await page.getByTestId('account-button').click()
    await page.getByTestId('connector-test.fox').click()
    const account = page.locator('[data-testid="account-button"][data-account-source="wallet"]')
    await account.waitFor()
    expect(await account.getAttribute('aria-label')).toBe(
      `Account ${WALLET_ACCOUNT.slice(0, 6)}…${WALLET_ACCOUNT.slice(-4)} (${WALLET_ACCOUNT})`,
    )
    const loadsBefore = await page.evaluate(() => performance.getEntriesByType('navigation').length)

    // The user picks an unsupported chain in the wallet: the app notices and offers the switch back.
    await page.evaluate(() => {
      const wallets = (
        window as unknown as { __fakeWallets: Record<string, { switchChain(id: string): void }> }
      ).__fakeWallets
      wallets['test.fox']?.switchChain('0x3e7')
    })
    const banner = page.getByTestId('wrong-network-banner')
    await banner.waitFor()
    expect(await banner.textContent()).toContain('999')

    await page.getByTestId('switch-network-button').click()
    await banner.waitFor({ state: 'detached' })
    const switchRequests = await page.evaluate(
      () =>
        (window as unknown as { __fakeWallets: Record<string, { state: { switchRequests: string[] } }> })
          .__fakeWallets['test.fox']?.state.switchRequests,
    )
    expect(switchRequests).toEqual(['0x7a69'])
    expect(await page.getByTestId('chain-indicator').getAttribute('data-chain-id')).toBe('31337')
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loadsBefore)

    // Disconnect returns to "Connect".
    await account.click()
    await page.getByTestId('disconnect-button').click()
    await page.locator('[data-testid="account-button"][data-account-source="none"]').waitFor()
    expect(errors).toEqual([])
  })
})
