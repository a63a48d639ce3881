import { parseAbi, parseAbiItem } from 'viem'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AppSession, revealCharts } from './harness.ts'
import { parseShownNumber } from './precision.ts'
import {
  errorsBesidesRateLimits,
  hiddenLimitBreaks,
  type LimitedReplica,
  openOnReplica,
  startLimitedReplica,
} from './replicaHarness.ts'

/** A cold replica seeds in up to ~2.5 min on this 2-core machine (warm: under a second). */
const REPLICA_START_MS = 600_000
/**
 * The simulator's 8-day Swap scan behind the limits: ~290 ranges of 18 blocks at the app's 20 requests/s
 * (~21 s measured), then the staker's incentives (~300 more ranges). Generous on a shared 2-core machine.
 */
const FIGURES_MS = 180_000
const TEST_MS = 420_000

const SLOT0_ABI = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16 observationIndex, uint16 observationCardinality, uint16 observationCardinalityNext, uint8 feeProtocol, bool unlocked)',
])
const SWAP_EVENT = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('simulator on the Arbitrum replica behind public-RPC limits (Chromium)', () => {
  let limited: LimitedReplica
  beforeAll(async () => {
    limited = await startLimitedReplica('arbitrum')
  }, REPLICA_START_MS)
  afterAll(async () => {
    await limited?.stop()
  })

  it(
    'projects a replica pool (price = slot0, fees, IL, LVR, Monte Carlo, charts), finds its staker incentive, and backtests the window (swap count = the Swap logs)',
    async () => {
      const { deployments } = limited.replica
      const incentive = deployments.v3Incentives[0]
      if (!incentive) throw new Error('the Arbitrum replica has no staker incentive')
      const pool = deployments.v3Pools.find((entry) => entry.address === incentive.pool)
      if (!pool) throw new Error('the incentive pool is not a replica pool')
      const tokenOf = (address: string) => {
        const token = deployments.tokens.find(
          (entry) => entry.address.toLowerCase() === address.toLowerCase(),
        )
        if (!token) throw new Error(`token ${address} is not a replica token`)
        return token
      }
      const token0 = tokenOf(pool.token0)
      const token1 = tokenOf(pool.token1)
      const rewardToken = tokenOf(incentive.rewardToken)

      session = await openOnReplica(limited, `/simulator?pool=${pool.address}&amount=25000&horizon=45`)
      const { page, errors } = session
      await page.locator('[data-testid="sim-mc"][data-status="done"]').waitFor({ timeout: FIGURES_MS })

      // The pool's state shown is slot0 at the block shown, read straight from the replica.
      const state = page.getByTestId('sim-pool-state')
      const blockNumber = BigInt((await state.getAttribute('data-block')) ?? 'NaN')
      const [sqrtPriceX96, tick] = await limited.direct.readContract({
        address: pool.address,
        abi: SLOT0_ABI,
        functionName: 'slot0',
        blockNumber,
      })
      expect(BigInt((await state.getAttribute('data-sqrt-price-x96')) ?? 'NaN')).toBe(sqrtPriceX96)
      expect(Number(await state.getAttribute('data-tick'))).toBe(tick)
      // The price: (√P / 2^96)^2 · 10^(decimals0 − decimals1); data-value holds it in full, the text
      // shows it at 4 significant digits (half a unit of the 4th digit is at most 5e-4 relative).
      const expectedPrice = (Number(sqrtPriceX96) / 2 ** 96) ** 2 * 10 ** (token0.decimals - token1.decimals)
      const priceElement = page.getByTestId('sim-price')
      const fullPrice = Number(await priceElement.getAttribute('data-value'))
      expect(Math.abs(fullPrice - expectedPrice) / expectedPrice).toBeLessThan(1e-9)
      const shownPrice = parseShownNumber((await priceElement.textContent()) ?? '')
      expect(Math.abs(shownPrice - expectedPrice) / expectedPrice).toBeLessThan(5e-4)

      // Every figure the pool's history allows is a figure, not "unavailable".
      for (const id of [
        'sim-fee-apr',
        'sim-combined-apr',
        'sim-lvr',
        'sim-break-even',
        'sim-expected-il',
        'sim-mc-p5',
        'sim-mc-p50',
        'sim-mc-p95',
      ]) {
        const figure = page.getByTestId(id)
        expect(await figure.getAttribute('data-unavailable'), id).toBeNull()
        expect(await figure.textContent(), id).toMatch(/\d/)
      }
      // The volatility is realized from the scanned swaps (not the fallback assumption).
      expect(await page.getByText(/realized on chain: [\d.]+%\/yr from \d+ swaps/).count()).toBe(1)
      // Charts mount once scrolled to (src/ui/LazyWhenVisible.tsx).
      await revealCharts(page, ['chart-liquidity', 'chart-il', 'chart-fee-lvr', 'chart-net-return'], {
        drawn: 'svg',
      })
      for (const chart of ['chart-liquidity', 'chart-il', 'chart-fee-lvr', 'chart-net-return'])
        expect(await page.getByTestId(chart).locator('svg').count(), chart).toBeGreaterThan(0)

      // The staker incentive the app found from IncentiveCreated logs (the Arbitrum catalogue lists none).
      const reward = page.getByTestId('sim-reward-apr')
      await page
        .locator('[data-testid="sim-reward-apr"]', { hasNotText: /looking for the staker/ })
        .waitFor({ timeout: FIGURES_MS })
      expect(await reward.textContent()).not.toMatch(/no liquidity-mining program/)
      if ((await reward.getAttribute('data-unavailable')) === 'true') {
        // A reward token without a USD route: unavailable with the reason (never 0), fees-only labelled partial.
        expect(await reward.textContent()).toContain(`no USD price route for ${rewardToken.symbol}`)
        expect(await page.getByTestId('sim-combined-partial').count()).toBe(1)
        expect(await page.getByTestId('sim-mc-partial').textContent()).toContain(rewardToken.symbol)
      } else expect(await reward.textContent()).toMatch(/\d/)

      // The backtest over the replica's history: a labelled estimate from the window's Swap events.
      const backtest = page.locator('[data-testid="sim-backtest"] [data-status="done"]')
      await backtest.waitFor({ timeout: FIGURES_MS })
      const window = page.getByTestId('sim-bt-window')
      expect(await window.getAttribute('data-method')).toBe('swap-path')
      expect(await page.getByTestId('sim-bt-estimate').textContent()).toMatch(/^Estimate: /)
      const fromBlock = BigInt((await window.getAttribute('data-from-block')) ?? 'NaN')
      const toBlock = BigInt((await window.getAttribute('data-to-block')) ?? 'NaN')
      const swaps = await limited.direct.getLogs({
        address: pool.address,
        event: SWAP_EVENT,
        fromBlock,
        toBlock,
      })
      expect(swaps.length).toBeGreaterThan(0)
      expect(Number(await page.getByTestId('sim-bt-fees').getAttribute('data-swap-count'))).toBe(swaps.length)
      expect(await page.getByTestId('sim-bt-fees').textContent()).toMatch(/\d/)
      // The window is the last 7 days of chain time.
      const [from, to] = await Promise.all([
        limited.direct.getBlock({ blockNumber: fromBlock }),
        limited.direct.getBlock({ blockNumber: toBlock }),
      ])
      expect(Number(to.timestamp - from.timestamp)).toBeLessThanOrEqual(7 * 86_400)
      expect(Number(to.timestamp - from.timestamp)).toBeGreaterThan(6 * 86_400)

      expect(await page.getByText(/switch to the devnet/i).count()).toBe(0)
      expect(hiddenLimitBreaks(limited.proxy)).toBe(0)
      expect(errorsBesidesRateLimits(errors, limited.proxy)).toEqual([])
      console.log(
        `[replica-simulator] ${limited.proxy.stats.calls} calls (${JSON.stringify(limited.proxy.stats.byMethod)}), ${limited.proxy.stats.probes} range probes, ${limited.proxy.stats.http429} HTTP 429`,
      )
    },
    TEST_MS,
  )
})
