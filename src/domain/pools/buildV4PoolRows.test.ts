import { describe, expect, it } from 'vitest'
import { v4LiquidityAmounts, v4SwapFeeWei } from '../figures/v4PoolFigures.ts'
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
const V3 = '0x0000000000000000000000000000000000000101' as const
const ETH = '0x0000000000000000000000000000000000000000' as const
const HOOK = '0x00000000000000000000000000000000000000c0' as const // beforeSwap (bit 7) + afterSwap (bit 6)
const ID = `0x${'11'.repeat(32)}` as const
const HOOKED_ID = `0x${'22'.repeat(32)}` as const

// 1 WETH = 2,000 USDC through the V3 pool (token0 USDC): raw token1 per raw token0 = 1e18 / 2e9 = 5e8.
const v3Sqrt = BigInt(Math.round(Math.sqrt(5e8) * 2 ** 48)) * 2n ** 48n
// The V4 pool ETH/USDC (token0 ETH): raw USDC per raw wei = 2e9 / 1e18 = 2e-9, at tick ≈ −200,311.
const v4Price = 2e-9
const v4Sqrt = BigInt(Math.round(Math.sqrt(v4Price) * 2 ** 96))
const L = 10n ** 15n
const [LOWER, UPPER] = [-206_310, -194_310] // ≈ ×0.55 … ×1.82 around the price

const config: PoolsListConfig = {
  chainId: 31337,
  multicall3: '0x0000000000000000000000000000000000000003',
  v3Staker: undefined,
  usdToken: USDC.address,
  startBlock: 1n,
  tokens: [USDC, WETH],
  v3Pools: [{ address: V3, token0: USDC.address, token1: WETH.address, fee: 500, tickSpacing: 10 }],
  v2Pairs: [],
  stakingRewards: [],
  v3Incentives: [],
  v4: {
    poolManager: '0x0000000000000000000000000000000000000004',
    stateView: '0x0000000000000000000000000000000000000005',
    startBlock: 1n,
    wrappedNative: WETH.address,
    pools: [
      { currency0: ETH, currency1: USDC.address, fee: 500, tickSpacing: 10, hooks: ETH, poolId: ID },
      {
        currency0: ETH,
        currency1: USDC.address,
        fee: 0x800000,
        tickSpacing: 50,
        hooks: HOOK,
        poolId: HOOKED_ID,
      },
    ],
  },
}

const state: PoolsState = {
  blockNumber: 100n,
  timestamp: 1_000_000,
  v3: new Map([[V3, { sqrtPriceX96: v3Sqrt, tick: 0, liquidity: 1n, balance0Wei: 0n, balance1Wei: 0n }]]),
  v2: new Map(),
  farms: new Map(),
  incentives: new Map(),
  v4: new Map([
    [
      ID,
      {
        sqrtPriceX96: v4Sqrt,
        tick: -200_311,
        liquidity: L,
        lpFee: 500,
        ticks: [
          { tick: UPPER, liquidityNet: -L },
          { tick: LOWER, liquidityNet: L },
        ],
      },
    ],
    [HOOKED_ID, null],
  ]),
}

const window = { fromBlock: 90n, fromTimestamp: 0, seconds: 86_400, coveredSeconds: 86_400, requests: 1 }
const swaps: RecentSwaps = {
  totals24h: new Map([
    [
      ID,
      {
        count: 2,
        amount0InWei: 10n ** 18n,
        amount1InWei: 2_000n * 10n ** 6n,
        amount0MovedWei: 2n * 10n ** 18n,
        amount1MovedWei: 4_000n * 10n ** 6n,
        fee0Wei: 5n * 10n ** 14n,
        fee1Wei: 1_000_000n,
      },
    ],
  ]),
  totals7d: new Map(),
  windowSeconds7d: 0,
  windows: { day: window, week: null, timedLogs: true, logRanges: 1 },
}

describe('V4 rows of buildPoolRows', () => {
  it('prices native ETH as WETH, values TVL from the liquidity over the ticks and fees from each swap’s fee', () => {
    const row = buildPoolRows(config, state, swaps).rows.find((r) => r.address === ID)
    expect(row?.kind).toBe('v4')
    expect(row?.token0.symbol).toBe('ETH')
    expect(row?.price).toBeCloseTo(2000, 6) // USDC per ETH
    expect(row?.pairKey).toBe([USDC.address, WETH.address].sort().join('-')) // groups with WETH/USDC
    // TVL amounts by the textbook formulas in floats: x = L(1/√P − 1/√Pb), y = L(√P − √Pa).
    const sqrt = Math.sqrt(v4Price)
    const sqrtAt = (tick: number) => 1.0001 ** (tick / 2)
    const x = Number(L) * (1 / sqrt - 1 / sqrtAt(UPPER))
    const y = Number(L) * (sqrt - sqrtAt(LOWER))
    const [amount0, amount1] = row?.tvlWei ?? [0n, 0n]
    expect(Number(amount0) / x).toBeCloseTo(1, 9)
    expect(Number(amount1) / y).toBeCloseTo(1, 9)
    expect(row?.tvlUsd).toBeCloseTo((x / 1e18) * 2000 + y / 1e6, 3)
    // Volume: 1 ETH + 2,000 USDC in = 4,000 USD; fees: 0.0005 ETH + 1 USDC = 2 USD (the swaps' own fees).
    expect(row?.volumeUsd24h).toBeCloseTo(4000, 6)
    expect(row?.feesUsd24h).toBeCloseTo(2, 9)
    expect(row?.v4?.fees24hWei).toEqual([5n * 10n ** 14n, 1_000_000n])
    expect(row?.v4?.fees7dWei).toBeNull() // 7 d not read
    expect(row?.v4?.hook).toBeNull()
  })

  it('a pool whose state read failed is unavailable, its hook still decoded as a risk', () => {
    const row = buildPoolRows(config, state, swaps).rows.find((r) => r.address === HOOKED_ID)
    expect(row?.available).toBe(false)
    expect([row?.price, row?.tvlUsd, row?.volumeUsd24h, row?.feesUsd24h, row?.feeApr]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
    expect(row?.v4?.dynamicFee).toBe(true)
    expect(row?.v4?.hook?.enabled).toEqual(['beforeSwap', 'afterSwap'])
  })

  it('ticks: empty or one-sided sets hold nothing; fees round down', () => {
    expect(v4LiquidityAmounts([], v4Sqrt)).toEqual([0n, 0n])
    expect(v4LiquidityAmounts([{ tick: LOWER, liquidityNet: L }], v4Sqrt)).toEqual([0n, 0n])
    expect(v4SwapFeeWei(999n, 500)).toBe(0n)
    expect(v4SwapFeeWei(2_000n, 500)).toBe(1n)
  })
})
