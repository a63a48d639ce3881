import { createPublicClient, type Hex, http, parseAbi, parseAbiItem, parseEventLogs } from 'viem'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/chain.ts'
import type { V4DeploymentInfo } from '../../src/domain/catalogue/types.ts'
import { type AppSession, openApp, revealCharts } from './harness.ts'

// The test's own view of the contracts and events: the oracle the page is checked against.
const SWAP = parseAbiItem(
  'event Swap(bytes32 indexed id, address indexed sender, int128 amount0, int128 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick, uint24 fee)',
)
const STATE_VIEW = parseAbi([
  'function getSlot0(bytes32 poolId) view returns (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee)',
])
const SHOTS = '/tmp/s9-v4pools-shots'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** Per pool: 24 h input wei and fee wei ([token0, token1]) from the raw Swap logs, and slot0's sqrt price. */
async function oracle(v4: V4DeploymentInfo, blockNumber: bigint) {
  const client = createPublicClient({ chain: devnetChain, transport: http(inject('browserRpcUrl')) })
  const head = await client.getBlock({ blockNumber })
  const since = Number(head.timestamp) - 86_400
  const logs = parseEventLogs({
    abi: [SWAP],
    logs: await client.getLogs({
      address: v4.poolManager,
      fromBlock: BigInt(v4.startBlock),
      toBlock: blockNumber,
    }),
  })
  const times = new Map<bigint, number>()
  for (const number of new Set(logs.map((log) => log.blockNumber)))
    times.set(number, Number((await client.getBlock({ blockNumber: number })).timestamp))
  const out = new Map<string, { volume: string; fees: string; sqrtPriceX96: string; swaps: number }>()
  for (const pool of v4.pools) {
    const sums = [0n, 0n, 0n, 0n]
    let swaps = 0
    for (const log of logs) {
      if (log.args.id.toLowerCase() !== pool.poolId.toLowerCase()) continue
      if ((times.get(log.blockNumber) as number) <= since) continue
      swaps += 1
      const in0 = log.args.amount0 < 0n ? -log.args.amount0 : 0n
      const in1 = log.args.amount1 < 0n ? -log.args.amount1 : 0n
      sums[0] = (sums[0] as bigint) + in0
      sums[1] = (sums[1] as bigint) + in1
      sums[2] = (sums[2] as bigint) + (in0 * BigInt(log.args.fee)) / 1_000_000n
      sums[3] = (sums[3] as bigint) + (in1 * BigInt(log.args.fee)) / 1_000_000n
    }
    const [sqrtPriceX96] = await client.readContract({
      address: v4.stateView,
      abi: STATE_VIEW,
      functionName: 'getSlot0',
      args: [pool.poolId as Hex],
      blockNumber,
    })
    out.set(pool.poolId.toLowerCase(), {
      volume: `${sums[0]},${sums[1]}`,
      fees: `${sums[2]},${sums[3]}`,
      sqrtPriceX96: sqrtPriceX96.toString(),
      swaps,
    })
  }
  return out
}

describe('V4 pools in the pools list and pool detail (Chromium, devnet)', () => {
  it('renders each V4 row with the raw logs’ volume and fees and StateView’s price, the hook as a risk, and a V4 detail page; no sideways scroll at 390 px', async () => {
    const v4 = inject('browserDeployments').v4 as V4DeploymentInfo | undefined
    if (!v4) throw new Error('the browser devnet has no v4 section')
    session = await openApp({ path: '/pools' })
    const { page, errors } = session
    await page.getByTestId('pools-table').waitFor({ timeout: 30_000 })
    await page.locator('tr[data-kind="v4"] td[data-figure="fees24h"][data-fee-wei]').first().waitFor()
    const block = BigInt((await page.getByTestId('figures-block').getAttribute('data-block')) as string)
    const expected = await oracle(v4, block)
    let withSwaps = 0
    for (const pool of v4.pools) {
      const row = page.locator(`tr[data-pool="${pool.poolId}"]`)
      expect(await row.getAttribute('data-kind')).toBe('v4')
      const want = expected.get(pool.poolId.toLowerCase())
      if (!want) throw new Error('no oracle row')
      if (want.swaps > 0) withSwaps += 1
      expect(await row.getByTestId('pool-badge').textContent()).toMatch(/^V4 /)
      expect(await row.getByTestId('price-value').getAttribute('data-sqrt-price-x96')).toBe(want.sqrtPriceX96)
      expect(await row.locator('td[data-figure="volume24h"]').getAttribute('data-wei')).toBe(want.volume)
      expect(await row.locator('td[data-figure="fees24h"]').getAttribute('data-fee-wei')).toBe(want.fees)
      expect(await row.locator('td[data-figure="tvl"]').textContent()).toMatch(/^\$[\d.]+[KM]?$/)
      expect(await row.locator('td[data-figure="fee-apr"]').textContent()).toMatch(/%$/)
      const hook = row.getByTestId('pool-hook')
      if (BigInt(pool.hooks) === 0n) expect(await hook.count()).toBe(0)
      else {
        expect(await hook.getAttribute('data-hook')).toBe(pool.hooks)
        expect(await hook.getAttribute('data-hook-flags')).toBe('beforeSwap,afterSwap')
        expect(await hook.getAttribute('title')).toMatch(/^Risk: /)
      }
    }
    expect(withSwaps).toBeGreaterThan(0)
    await page.screenshot({ path: `${SHOTS}/pools-1280.png`, fullPage: true })

    // The hooked pool's detail: the same figures, the hook and its flags, the liquidity histogram.
    const hooked = v4.pools.find((pool) => BigInt(pool.hooks) !== 0n)
    if (!hooked) throw new Error('no hooked V4 pool')
    await page.locator(`tr[data-pool="${hooked.poolId}"] a`).click()
    await page.getByTestId('pool-detail').waitFor()
    expect(await page.getByTestId('v4-pool-hook').getAttribute('data-hook-flags')).toBe(
      'beforeSwap,afterSwap',
    )
    expect(await page.getByTestId('v4-pool-hook').textContent()).toMatch(/Risk: hooked pool/)
    expect(await page.getByTestId('detail-price').textContent()).not.toMatch(/unavailable/)
    await revealCharts(page, ['chart-liquidity'], { drawn: '.recharts-bar-rectangle path' })
    expect(
      await page.locator('[data-testid="chart-liquidity"] .recharts-bar-rectangle').count(),
    ).toBeGreaterThan(0)
    await page.screenshot({ path: `${SHOTS}/detail-1280.png`, fullPage: true })

    // Phone width: the page itself never scrolls sideways (the table scrolls inside its own box).
    for (const path of ['/pools', `/pools/${hooked.poolId}`]) {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(new URL(path, page.url()).toString())
      await page.getByTestId(path === '/pools' ? 'pools-table' : 'pool-detail').waitFor({ timeout: 30_000 })
      await page.locator(`tr[data-kind="v4"], [data-testid="v4-pool-hook"]`).first().waitFor()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
      await page.screenshot({
        path: `${SHOTS}/${path === '/pools' ? 'pools' : 'detail'}-390.png`,
        fullPage: true,
      })
    }
    expect(errors).toEqual([])
  }, 180_000)
})
