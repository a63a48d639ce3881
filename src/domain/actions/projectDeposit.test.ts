import { describe, expect, it } from 'vitest'
import { wethUsdcSnapshot } from '../projection/fixtures.ts'
import { fullRangeTicks } from '../projection/resolveRange.ts'
import { projectDeposit, snapshotRange } from './projectDeposit.ts'

const WETH = 10n ** 18n
const USDC = 10n ** 6n
const full = fullRangeTicks(60)

describe('#projectDeposit', () => {
  it('full range $10k in a pool of equal L: half the fees of $1M/day at 0.3 % → 54.75 /yr', () => {
    // 2.5 WETH at $2000 + 5000 USDC = $10,000, the L the fixture's pool already holds.
    const projection = projectDeposit(wethUsdcSnapshot(), {
      amount0Wei: (5n * WETH) / 2n,
      amount1Wei: 5000n * USDC,
      ...full,
    })
    expect(projection.depositUsd).toEqual({ ok: true, value: 10_000 })
    expect(projection.inRangeNow).toBe(true)
    expect(projection.feeApr.ok && projection.feeApr.value).toBeCloseTo(54.75, 1)
    expect(projection.rewardApr).toBeNull()
    expect(projection.combinedApr.ok && projection.combinedApr.value).toBeCloseTo(54.75, 1)
    // Full range: the V2 formula, −5.72 % at −50 %.
    expect(projection.il.map((row) => row.move)).toEqual([-0.5, -0.1, 0.1, 0.5])
    expect(projection.il[0]?.il).toBeCloseTo(-0.0572, 4)
  })

  it('adds the farm: reward APR until the end, counted in the combined APR', () => {
    const snapshot = wethUsdcSnapshot({
      reward: {
        kind: 'v3-staker',
        token: {
          address: '0x0000000000000000000000000000000000000001',
          symbol: 'FARM',
          decimals: 18,
          priceUsd: 1,
        },
        ratePerSecond: 0.01,
        periodEnd: 1_769_839_200 + 365 * 86_400,
        totalStakedWei: 0n,
      },
    })
    const projection = projectDeposit(snapshot, {
      amount0Wei: (5n * WETH) / 2n,
      amount1Wei: 5000n * USDC,
      ...full,
    })
    // $0.01/s × 1 yr × ½ share / $10k ≈ 15.77 /yr.
    expect(projection.rewardApr?.ok && projection.rewardApr.value).toBeCloseTo(15.768, 1)
    expect(projection.combinedApr.ok && projection.combinedApr.value).toBeCloseTo(54.75 + 15.768, 1)
  })

  it('a one-sided range above the price earns nothing now and loses nothing to IL below it', () => {
    const snapshot = wethUsdcSnapshot()
    const tickLower = Math.ceil((snapshot.tick + 1200) / 60) * 60
    const projection = projectDeposit(snapshot, {
      amount0Wei: WETH,
      amount1Wei: 0n,
      tickLower,
      tickUpper: tickLower + 1200,
    })
    expect(projection.inRangeNow).toBe(false)
    expect(projection.depositUsd).toEqual({ ok: true, value: 2000 })
    expect(projection.feeApr).toEqual({ ok: true, value: 0 })
    expect(projection.il[1]?.il).toBeCloseTo(0, 12)
  })

  it('without a USD price every APR is unavailable, with the reason', () => {
    const base = wethUsdcSnapshot()
    const snapshot = wethUsdcSnapshot({
      token0: { ...base.token0, priceUsd: null },
      token1: { ...base.token1, priceUsd: null },
    })
    const projection = projectDeposit(snapshot, { amount0Wei: WETH, amount1Wei: 2000n * USDC, ...full })
    expect(projection.depositUsd).toEqual({ ok: false, reason: 'no USD price for WETH or USDC' })
    expect(projection.combinedApr.ok).toBe(false)
  })
})

describe('#snapshotRange', () => {
  it('V2 and limit-to-limit V3 ranges are full range; others carry their tick prices', () => {
    expect(snapshotRange(wethUsdcSnapshot({ kind: 'v2' }), 0, 60).isFullRange).toBe(true)
    expect(snapshotRange(wethUsdcSnapshot(), full.tickLower, full.tickUpper).isFullRange).toBe(true)
    const range = snapshotRange(wethUsdcSnapshot(), -60, 60)
    expect(range.isFullRange).toBe(false)
    // token1 per token0 in whole tokens: 1.0001^60 × 10^(18−6).
    expect(range.priceUpper).toBeCloseTo(1.0001 ** 60 * 1e12, -6)
  })
})
