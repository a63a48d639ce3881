import { describe, expect, it } from 'vitest'
import { wethUsdcSnapshot } from './fixtures.ts'
import { projectRange } from './projectRange.ts'
import { resolveRange } from './resolveRange.ts'
import type { PoolSnapshot, RangeSelection, ResolvedRange } from './types.ts'

function rangeOf(snapshot: PoolSnapshot, selection: RangeSelection): ResolvedRange {
  const result = resolveRange(selection, {
    tick: snapshot.tick,
    tickSpacing: snapshot.tickSpacing,
    decimals0: snapshot.token0.decimals,
    decimals1: snapshot.token1.decimals,
    kind: snapshot.kind,
  })
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

/** Every number reachable in the projection, to prove none is NaN or ±Infinity. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value]
  if (Array.isArray(value)) return value.flatMap(numbersIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn)
  return []
}

const inputs = { depositUsd: 10_000, volatility: 0.8, horizonDays: 30, paths: 1000, seed: 1 }

describe('#projectRange', () => {
  it('full range: half the active liquidity, LVR σ²/8, GBM expected IL, break-even from fees', () => {
    const snapshot = wethUsdcSnapshot()
    const projection = projectRange(snapshot, { ...inputs, range: rangeOf(snapshot, { preset: 'full' }) })
    expect(projection.price).toBeCloseTo(2000, 6)
    expect(projection.liquidityShare.ok && projection.liquidityShare.value).toBeCloseTo(0.5, 4)
    // $1M/day × 0.3 % × 1/2 × 365 / $10k = 54.75 (5475 %).
    expect(projection.feeAprInRange.ok && projection.feeAprInRange.value).toBeCloseTo(54.75, 2)
    expect(projection.lvrApr.ok && projection.lvrApr.value).toBeCloseTo(0.08, 12)
    // σ* = √(54.75 / (1/8)) = √438.
    expect(projection.breakEvenVolatility.ok && projection.breakEvenVolatility.value).toBeCloseTo(
      Math.sqrt(438),
      2,
    )
    const gbm = Math.exp((-0.64 * 30) / 365 / 8) - 1
    expect(projection.expectedIl.ok && projection.expectedIl.value).toBeCloseTo(gbm, 12)
    expect(projection.ilAmplification.ok && projection.ilAmplification.value).toBeCloseTo(1, 12)
    expect(projection.position.ok && projection.position.value.amount0).toBeCloseTo(2.5, 4)
    expect(projection.position.ok && projection.position.value.amount1).toBeCloseTo(5000, 2)
    expect(projection.combinedApr).toEqual(projection.feeAprNow)
    expect(projection.monteCarlo.ok && projection.monteCarlo.value.lowerRelative).toBeUndefined()
  })

  it('a ±10 % range amplifies IL and LVR and earns more fees per dollar (capped by your share)', () => {
    const snapshot = wethUsdcSnapshot()
    const projection = projectRange(snapshot, { ...inputs, range: rangeOf(snapshot, { preset: '10' }) })
    // At the centre of a symmetric range [P/k, kP], LVR = σ²/8 · √k/(√k − 1); k ≈ 1.1 → ~21.5×.
    expect(projection.lvrApr.ok && projection.lvrApr.value / 0.08).toBeGreaterThan(15)
    expect(projection.ilAmplification.ok && projection.ilAmplification.value).toBeGreaterThan(3)
    // ~10× the L of full range for the same dollars: share L/(L_active + L) ≈ 10.5/11.5 instead of ½,
    // so fees per dollar rise from 54.75 to between 0.9 × 109.5 and 109.5.
    const feeApr = projection.feeAprInRange.ok ? projection.feeAprInRange.value : 0
    expect(feeApr).toBeGreaterThan(0.9 * 109.5)
    expect(feeApr).toBeLessThan(109.5)
    expect(projection.ilCurve).toHaveLength(81)
    expect(projection.feeVsLvr).toHaveLength(41)
    expect(numbersIn(projection).every(Number.isFinite)).toBe(true)
  })

  it('out of range: no fees now, no LVR, break-even unavailable; still no NaN', () => {
    const snapshot = wethUsdcSnapshot()
    const projection = projectRange(snapshot, {
      ...inputs,
      range: rangeOf(snapshot, { preset: 'price', lower: 2500, upper: 3000 }),
    })
    expect(projection.inRangeNow).toBe(false)
    expect(projection.feeAprNow).toEqual({ ok: true, value: 0 })
    expect(projection.lvrApr).toEqual({ ok: true, value: 0 })
    expect(projection.breakEvenVolatility.ok).toBe(false)
    // Above the price the position is all WETH: 5 WETH for $10k.
    expect(projection.position.ok && projection.position.value.amount0).toBeCloseTo(5, 9)
    expect(numbersIn(projection).every(Number.isFinite)).toBe(true)
  })

  it('adds the incentive to the combined APR and passes its end to the Monte Carlo', () => {
    const snapshot = wethUsdcSnapshot({
      reward: {
        kind: 'v3-staker',
        token: {
          address: '0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629',
          symbol: 'FARM',
          decimals: 18,
          priceUsd: 0.5,
        },
        ratePerSecond: 0.001,
        periodEnd: 1_769_839_200 + 15 * 86_400,
      },
    })
    const projection = projectRange(snapshot, { ...inputs, range: rangeOf(snapshot, { preset: 'full' }) })
    // 0.001 FARM/s × 31,536,000 s × $0.5 × ½ / $10k = 0.7884.
    expect(projection.reward?.ok && projection.reward.value.aprUntilEnd).toBeCloseTo(0.7884, 3)
    expect(projection.reward?.ok && projection.reward.value.aprOverHorizon).toBeCloseTo(0.3942, 3)
    const fee = projection.feeAprNow.ok ? projection.feeAprNow.value : Number.NaN
    expect(projection.combinedApr.ok && projection.combinedApr.value).toBeCloseTo(fee + 0.7884, 3)
    expect(projection.monteCarlo.ok && projection.monteCarlo.value.rewardYears).toBeCloseTo(15 / 365, 12)
  })

  it('a reward token without a USD price: reward APR unavailable (not 0), the Monte Carlo runs on fees only and says so', () => {
    const snapshot = wethUsdcSnapshot({
      reward: {
        kind: 'v3-staker',
        token: {
          address: '0xFa7F8980b0f1E64A2062791cc3b0871572f1F7f0',
          symbol: 'UNI',
          decimals: 18,
          priceUsd: null,
        },
        ratePerSecond: 0.001,
        periodEnd: 1_769_839_200 + 15 * 86_400,
      },
    })
    const projection = projectRange(snapshot, { ...inputs, range: rangeOf(snapshot, { preset: 'full' }) })
    expect(projection.reward).toEqual({ ok: false, reason: 'no USD price route for UNI' })
    expect(projection.combinedApr).toEqual({ ok: false, reason: 'no USD price route for UNI' })
    expect(projection.rewardsLeftOut).toBe('no USD price route for UNI')
    expect(projection.feeAprNow.ok).toBe(true)
    expect(projection.monteCarlo.ok && projection.monteCarlo.value.rewardApr).toBe(0)
    expect(projection.monteCarlo.ok && projection.monteCarlo.value.rewardYears).toBe(0)
    // With a price, nothing is left out.
    const priced = projectRange(wethUsdcSnapshot(), {
      ...inputs,
      range: rangeOf(snapshot, { preset: 'full' }),
    })
    expect(priced.rewardsLeftOut).toBeNull()
  })

  it('without USD prices every money figure is unavailable with a reason, never NaN', () => {
    const snapshot = wethUsdcSnapshot({
      token0: { ...wethUsdcSnapshot().token0, priceUsd: null },
      token1: { ...wethUsdcSnapshot().token1, priceUsd: null },
      volumeUsd24h: null,
      volumeUsd7d: null,
    })
    const projection = projectRange(snapshot, { ...inputs, range: rangeOf(snapshot, { preset: '25' }) })
    expect(projection.position).toEqual({ ok: false, reason: 'no USD price for WETH or USDC' })
    expect(projection.feeAprInRange.ok).toBe(false)
    expect(projection.combinedApr.ok).toBe(false)
    expect(projection.monteCarlo.ok).toBe(false)
    expect(projection.lvrApr.ok).toBe(true)
    expect(numbersIn(projection).every(Number.isFinite)).toBe(true)
  })
})
