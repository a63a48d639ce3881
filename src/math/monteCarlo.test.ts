import { describe, expect, it } from 'vitest'
import { expectedImpermanentLoss } from './expectedIl.ts'
import { simulateLpReturns } from './monteCarlo.ts'
import { createSeededRandom } from './random.ts'

const range = { priceEntry: 2000, priceLower: 1600, priceUpper: 2500 }
const base = { seed: 42, steps: 30, horizonYears: 1 / 12, volatility: 0.8, feeApr: 0, ...range }

describe('#createSeededRandom', () => {
  it('is deterministic per seed and standard normal', () => {
    const a = createSeededRandom(1)
    const b = createSeededRandom(1)
    const c = createSeededRandom(2)
    const first = a.nextFloat()
    expect(b.nextFloat()).toBe(first)
    expect(c.nextFloat()).not.toBe(first)
    let sum = 0
    let sumSquares = 0
    const n = 200_000
    for (let i = 0; i < n; i++) {
      const z = a.nextNormal()
      sum += z
      sumSquares += z * z
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01)
    expect(Math.abs(sumSquares / n - 1)).toBeLessThan(0.01)
  })
})

describe('#simulateLpReturns', () => {
  it('is deterministic for a seed and returns ordered percentiles', () => {
    const one = simulateLpReturns({ ...base, paths: 2000, feeApr: 0.5 })
    const two = simulateLpReturns({ ...base, paths: 2000, feeApr: 0.5 })
    expect(two).toEqual(one)
    const { p5, p25, p50, p75, p95 } = one.netReturn
    expect(p5 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p95).toBe(true)
    expect(one.impermanentLoss.p95).toBeLessThanOrEqual(1e-12)
    expect(one.probabilityInRangeAtEnd).toBeGreaterThan(0)
    expect(one.probabilityInRangeAtEnd).toBeLessThan(1)
    expect(one.expectedTimeInRangeYears).toBeCloseTo(one.expectedTimeInRangeFraction / 12, 12)
  })
  it('converges to the closed-form expected IL as paths grow', () => {
    const closed = expectedImpermanentLoss({ volatility: 0.8, horizonYears: 1 / 12, ...range })
    const errors = [500, 5000, 100_000].map((paths) =>
      Math.abs(simulateLpReturns({ ...base, steps: 1, paths }).impermanentLossOfMeans - closed),
    )
    expect(errors[2]).toBeLessThan(0.0015)
    expect(errors[2]).toBeLessThan(errors[0] as number)
    // Multi-step paths end at the same distribution.
    expect(simulateLpReturns({ ...base, paths: 40_000 }).impermanentLossOfMeans).toBeCloseTo(closed, 2)
  })
  it('full range: V2 closed form, always in range, fees add exactly feeApr·T relative to entry', () => {
    const full = {
      seed: 7,
      paths: 50_000,
      steps: 10,
      horizonYears: 1,
      volatility: 0.8,
      priceEntry: 1,
      feeApr: 0,
    }
    const result = simulateLpReturns(full)
    expect(result.impermanentLossOfMeans).toBeCloseTo(
      expectedImpermanentLoss({ volatility: 0.8, horizonYears: 1 }),
      2,
    )
    expect(result.expectedTimeInRangeFraction).toBe(1)
    expect(result.probabilityInRangeAtEnd).toBe(1)
    const withFees = simulateLpReturns({ ...full, feeApr: 0.2 })
    expect(withFees.netReturn.mean).toBeGreaterThan(result.netReturn.mean)
  })
  it('fixed costs (gas) subtract cost / hold on every path: exact at zero volatility', () => {
    const flat = { seed: 3, paths: 100, steps: 5, horizonYears: 0.1, volatility: 0, priceEntry: 1, feeApr: 0 }
    // σ = 0: the price stays at entry, position = hold, so the net return is exactly −cost.
    const result = simulateLpReturns({ ...flat, fixedCost: 0.0123 })
    expect(result.netReturn.p5).toBeCloseTo(-0.0123, 14)
    expect(result.netReturn.p95).toBeCloseTo(-0.0123, 14)
    expect(simulateLpReturns(flat).netReturn.mean).toBe(0)
    expect(() => simulateLpReturns({ ...flat, fixedCost: -1 })).toThrow(/fixedCost/)
  })
  it('rewards can accrue regardless of range', () => {
    const narrow = { ...base, paths: 3000, priceLower: 2400, priceUpper: 2500, rewardApr: 1 }
    const inRangeOnly = simulateLpReturns(narrow)
    const always = simulateLpReturns({ ...narrow, rewardsOnlyInRange: false })
    expect(always.netReturn.mean).toBeGreaterThan(inRangeOnly.netReturn.mean)
  })
  it('rewards stop at the period end: σ = 0, full range, 10 %/yr fees + 20 %/yr rewards for half a year', () => {
    // Without price moves position = hold, so net = fees·T + rewards·min(T, rewardYears) = 0.1 + 0.1.
    const flat = {
      seed: 1,
      paths: 10,
      steps: 10,
      horizonYears: 1,
      volatility: 0,
      priceEntry: 1,
      feeApr: 0.1,
      rewardApr: 0.2,
      rewardYears: 0.5,
      histogramBins: 4,
    }
    const result = simulateLpReturns(flat)
    expect(result.netReturn.p5).toBeCloseTo(0.2, 12)
    expect(result.netReturn.p95).toBeCloseTo(0.2, 12)
    // Rewards for the whole horizon when the period outlasts it.
    expect(simulateLpReturns({ ...flat, rewardYears: 3 }).netReturn.p50).toBeCloseTo(0.3, 12)
    expect(simulateLpReturns({ ...flat, rewardYears: 0 }).netReturn.p50).toBeCloseTo(0.1, 12)
    // All ten equal returns land in one of the four buckets.
    expect(result.netReturnHistogram).toHaveLength(4)
    expect(result.netReturnHistogram.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(10)
    const { histogramBins: _bins, ...withoutHistogram } = flat
    expect(simulateLpReturns(withoutHistogram).netReturnHistogram).toEqual([])
  })
  it('throws PATHS, HORIZON, VOLATILITY and TICK_ORDER', () => {
    expect(() => simulateLpReturns({ ...base, paths: 0 })).toThrowError(
      expect.objectContaining({ code: 'PATHS' }),
    )
    expect(() => simulateLpReturns({ ...base, paths: 10, horizonYears: Number.NaN })).toThrowError(
      expect.objectContaining({ code: 'HORIZON' }),
    )
    expect(() => simulateLpReturns({ ...base, paths: 10, volatility: Infinity })).toThrowError(
      expect.objectContaining({ code: 'VOLATILITY' }),
    )
    expect(() => simulateLpReturns({ ...base, paths: 10, priceLower: 3000 })).toThrowError(
      expect.objectContaining({ code: 'TICK_ORDER' }),
    )
  })
})
