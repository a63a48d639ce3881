import { createPublicClient, http } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { PARTIAL_FAILURE_SCENARIOS, REVERT_ALWAYS_CODE } from '../../bench/partialFailures.ts'
import { type AppSession, openApp } from './harness.ts'

const rpc = () => createPublicClient({ transport: http(inject('browserRpcUrl')), cacheTime: 0 })
let snapshotId: unknown
let session: AppSession | undefined

describe('positions page with a reverting farm', () => {
  beforeEach(async () => {
    snapshotId = await rpc().request({ method: 'evm_snapshot' as never, params: [] as never })
  })
  afterEach(async () => {
    await session?.close()
    session = undefined
    await rpc().request({ method: 'evm_revert' as never, params: [snapshotId] as never })
  })

  it('shows the farm position as an unavailable card and the totals as partial, listing it', async () => {
    const deployments = inject('browserDeployments')
    const farm = PARTIAL_FAILURE_SCENARIOS.find((s) => s.name === 'farm')
    if (!farm) throw new Error('no farm scenario')
    await rpc().request({
      method: 'anvil_setCode' as never,
      params: [farm.target(deployments), REVERT_ALWAYS_CODE] as never,
    })
    const [affected] = farm.affected(deployments)
    session = await openApp({
      path: `/?watch=${deployments.demoAccount}`,
      viewport: { width: 390, height: 900 },
    })
    const { page } = session
    const card = page.locator(`[data-testid="position-card"][data-position-id="${affected}"]`)
    await card.waitFor({ timeout: 60_000 })
    expect(await card.getAttribute('data-status')).toBe('unavailable')
    expect(await card.getByTestId('unavailable-known').textContent()).toContain(farm.target(deployments))
    const notice = page.getByTestId('totals-partial')
    expect(await notice.locator('summary').textContent()).toContain('Partial: 1 position unavailable')
    expect(await notice.getAttribute('data-unavailable')).toBe('1')
    expect(await page.getByTestId('total-value').getAttribute('data-partial')).toBe('true')
    expect(await page.getByTestId('total-rewards').getAttribute('data-partial')).toBe('true')
    expect(await page.getByText('No liquidity positions for this account').count()).toBe(0)
    expect(session.errors).toEqual([])
  })
})
