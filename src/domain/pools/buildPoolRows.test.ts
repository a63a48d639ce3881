import { describe, expect, it } from 'vitest'
import { getSqrtRatioAtTick, Q96 } from '../../math/index.ts'
import { buildPoolRows } from './buildPoolRows.ts'
import type { PoolsState } from './poolState.ts'
import type { PoolsListConfig } from './poolsListTypes.ts'
import type { RecentSwaps } from './swapTypes.ts'

const USDC = {
  address: '0x00000000000000000000000000000000000000a1',
  symbol: 'USDC',
  name: 'USDC',
  decimals: 6,
} as const
const WETH = {
  address: '0x00000000000000000000000000000000000000b2',
  symbol: 'WETH',
  name: 'WETH',
  decimals: 18,
} as const
const LONE = {
  address: '0x00000000000000000000000000000000000000c3',
  symbol: 'LONE',
  name: 'Lone',
  decimals: 18,
} as const
const LONE2 = {
  address: '0x00000000000000000000000000000000000000d4',
  symbol: 'LONE2',
  name: 'Lone 2',
  decimals: 18,
} as const
const POOL = '0x0000000000000000000000000000000000000P01'.replace('P', '0') as `0x${string}`
const UNPRICED = '0x0000000000000000000000000000000000000002' as const

const config: PoolsListConfig = {
  chainId: 1,
  multicall3: '0x0000000000000000000000000000000000000003',
  v3Staker: '0x0000000000000000000000000000000000000004',
  usdToken: USDC.address,
  startBlock: 1n,
  tokens: [USDC, WETH, LONE, LONE2],
  // token0 = USDC (a1 < b2). Price: 1 raw USDC = 1e-6 USDC … set √P so 1 WETH = 2,000 USDC.
  v3Pools: [{ address: POOL, token0: USDC.address, token1: WETH.address, fee: 3000, tickSpacing: 60 }],
  v2Pairs: [{ address: UNPRICED, token0: LONE.address, token1: LONE2.address }],
  stakingRewards: [],
  v3Incentives: [],
}

// 1 WETH (1e18 raw) = 2,000 USDC (2e9 raw) → raw token1 per raw token0 = 1e18 / 2e9 = 5e8; √(5e8)·2^96.
const sqrtPriceX96 = BigInt(Math.round(Math.sqrt(5e8) * 2 ** 48)) * 2n ** 48n

const state: PoolsState = {
  blockNumber: 100n,
  timestamp: 1_000_000,
  v3: new Map([
    [
      POOL.toLowerCase(),
      {
        sqrtPriceX96,
        tick: 0,
        liquidity: 10n ** 15n,
        balance0Wei: 1_000_000n * 10n ** 6n,
        balance1Wei: 500n * 10n ** 18n,
      },
    ],
  ]),
  // LONE/LONE2 trade only with each other: no route to USDC.
  v2: new Map([
    [
      UNPRICED.toLowerCase(),
      { reserve0Wei: 10n ** 18n, reserve1Wei: 2n * 10n ** 18n, totalSupplyWei: 10n ** 18n },
    ],
  ]),
  farms: new Map(),
  incentives: new Map(),
}

const week = 7 * 86_400
const swaps: RecentSwaps = {
  totals24h: new Map([
    [
      POOL.toLowerCase(),
      {
        count: 1,
        amount0InWei: 2_000n * 10n ** 6n,
        amount1InWei: 0n,
        amount0MovedWei: 0n,
        amount1MovedWei: 0n,
      },
    ],
  ]),
  totals7d: new Map([
    [
      POOL.toLowerCase(),
      {
        count: 2,
        amount0InWei: 10_000n * 10n ** 6n,
        amount1InWei: 5n * 10n ** 18n,
        amount0MovedWei: 0n,
        amount1MovedWei: 0n,
      },
    ],
  ]),
  windowSeconds7d: week,
  windows: {
    day: { fromBlock: 90n, fromTimestamp: 0, seconds: 86_400, coveredSeconds: 86_400, requests: 2 },
    week: { fromBlock: 10n, fromTimestamp: 0, seconds: week, coveredSeconds: week, requests: 2 },
    timedLogs: true,
    logRanges: 1,
  },
}

describe('#buildPoolRows', () => {
  it('prices the pool, values TVL, volume, fees and fee APR in USD', () => {
    const list = buildPoolRows(config, state, swaps)
    const row = list.rows.find((r) => r.address === POOL)
    expect(list.pricesUsd.get(WETH.address)).toBeCloseTo(2000, 6)
    expect(row?.price).toBeCloseTo(1 / 2000, 9) // WETH per USDC
    // TVL = 1,000,000 USDC + 500 WETH × 2,000 = 2,000,000.
    expect(row?.tvlUsd).toBeCloseTo(2_000_000, 3)
    // Volume = 10,000 USDC in + 5 WETH in (10,000 USD) = 20,000; fees 0.3 % = 60.
    expect(row?.volumeUsd7d).toBeCloseTo(20_000, 6)
    expect(row?.feesUsd7d).toBeCloseTo(60, 6)
    // 24 h: 2,000 USDC in → fees 6 USD; the fee APR is the 24 h one: 6 / 2M × 365 = 0.1095 % (simple).
    expect(row?.volumeUsd24h).toBeCloseTo(2_000, 6)
    expect(row?.feesUsd24h).toBeCloseTo(6, 9)
    expect(row?.feeApr).toBeCloseTo((6 / 2_000_000) * 365, 12)
    expect(row?.activeLiquidity).toBe(10n ** 15n)
  })

  it('keeps unknown figures null (shown as "no price"), never 0', () => {
    const row = buildPoolRows(config, state, swaps).rows.find((r) => r.address === UNPRICED)
    expect(row?.available).toBe(true)
    expect(row?.price).toBe(2) // the pair's own price is known…
    expect(row?.tvlUsd).toBeNull() // …but neither token has a USD route
    expect(row?.volumeUsd7d).toBeNull()
    expect(row?.feeApr).toBeNull()
    expect(row?.farm).toBeNull()
  })

  it('marks a pool whose state read failed as unavailable', () => {
    const failed: PoolsState = { ...state, v3: new Map([[POOL.toLowerCase(), null]]) }
    const row = buildPoolRows(config, failed, swaps).rows.find((r) => r.address === POOL)
    expect([row?.available, row?.tvlUsd, row?.feeApr, row?.price]).toEqual([false, null, null, null])
  })

  it('√P fixture sanity: the sqrt price encodes 5e8 raw WETH per raw USDC', () => {
    expect(Number((sqrtPriceX96 * sqrtPriceX96) / Q96 / Q96)).toBeCloseTo(5e8, -2)
    expect(getSqrtRatioAtTick(0)).toBe(Q96)
  })
})
