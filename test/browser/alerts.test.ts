import { type Address, createPublicClient, http, type PublicClient } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { poolAbi, RECORD_NOTIFICATIONS, swapToTick } from '../helpers/alertSwaps.ts'
import { type AppSession, openApp, revertDevnetAfterEach } from './harness.ts'

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const appUrl = inject('appUrl')

let session: AppSession | undefined
const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
revertDevnetAfterEach(rpcUrl, async () => {
  await session?.close()
  session = undefined
})

describe('alerts', () => {
  it('a position leaving its range fires a browser notification and an in-app alert within one block of the crossing', async () => {
    const position = deployments.seed.demoPositions.find((p) => p.label === 'in-range')
    if (!position) throw new Error('the devnet has no in-range demo position')
    const [, tickBefore] = await client.readContract({
      address: position.pool,
      abi: poolAbi,
      functionName: 'slot0',
    })
    expect(tickBefore >= position.tickLower && tickBefore < position.tickUpper).toBe(true)

    session = await openApp({ path: `/positions/31337/${position.tokenId}` })
    const { page, context } = session
    await context.grantPermissions(['notifications'], { origin: new URL(appUrl).origin })
    await context.addInitScript(RECORD_NOTIFICATIONS)
    await page.reload()
    const alerts = page.getByTestId('position-alerts')
    await alerts.waitFor({ timeout: 30_000 })
    await expect.poll(() => alerts.getByTestId('alerts-access').getAttribute('data-access')).toBe('granted')

    // Bad input first: the near-bound box says why and sets nothing.
    await alerts.getByTestId('alert-near-percent').fill('120')
    await alerts.getByTestId('alert-near-bound').click()
    await expect.poll(() => alerts.getByText('at most 50 %').count()).toBe(1)
    await expect.poll(() => alerts.getByTestId('alert-near-bound').isChecked()).toBe(false)

    await alerts.getByTestId('alert-leaves-range').check()
    // The watcher has seen the position in range before the price moves.
    const watching = alerts.getByTestId('alerts-watching')
    await expect
      .poll(() => watching.textContent(), { timeout: 20_000 })
      .toMatch(/Watching: in range at block \d+/)

    const accounts = {
      trader: deployments.seed.traders[0] as Address,
      swapRouter: deployments.contracts.swapRouter,
    }
    const crossedAt = await swapToTick(client, rpcUrl, accounts, position.pool, position.tickUpper + 5)
    const [, tickAfter] = await client.readContract({
      address: position.pool,
      abi: poolAbi,
      functionName: 'slot0',
    })
    expect(tickAfter).toBeGreaterThanOrEqual(position.tickUpper)

    const fired = page.getByTestId('alert-fired')
    await fired.first().waitFor({ timeout: 30_000 })
    expect(await fired.count()).toBe(1)
    expect(await fired.getAttribute('data-kind')).toBe('left-range')
    const firedAt = BigInt((await fired.getAttribute('data-block')) ?? '-1')
    // The alert's block is the head block the app read when it fired; the crossing block is the swap's.
    expect(firedAt - crossedAt).toBeGreaterThanOrEqual(0n)
    expect(firedAt - crossedAt).toBeLessThanOrEqual(1n)
    const title = (await fired.locator('p').first().textContent()) ?? ''
    expect(title).toMatch(new RegExp(`#${position.tokenId} is out of range$`))
    expect(await fired.textContent()).toContain('above its range')

    const notifications = (await page.evaluate(
      () => (window as unknown as { __notifications: { title: string; body?: string }[] }).__notifications,
    )) as { title: string; body?: string }[]
    expect(notifications.map((n) => n.title)).toEqual([title])
    expect(notifications[0]?.body).toContain(`block ${firedAt}`)

    // Saved: Settings lists it and says alerts need the tab open; Remove drops it.
    await page.evaluate(() => window.history.pushState(null, '', '/settings'))
    const settings = page.getByTestId('alerts-settings')
    await settings.waitFor()
    expect(await settings.textContent()).toContain('Alerts need a Poolscope tab open')
    expect(await settings.getByTestId('alert-rule').count()).toBe(1)
    await settings.getByRole('button', { name: 'Remove' }).click()
    await expect.poll(() => settings.getByTestId('alert-rule').count()).toBe(0)
    expect(await page.evaluate(() => localStorage.getItem('poolscope.alerts'))).toBe('[]')
    expect(session.errors).toEqual([])
  })
})
