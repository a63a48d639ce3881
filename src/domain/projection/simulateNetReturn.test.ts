import { describe, expect, it } from 'vitest'
import { simulateLpReturns } from '../../math/index.ts'
import { type NetReturnSimulationParameters, simulateNetReturn } from './simulateNetReturn.ts'

const base: NetReturnSimulationParameters = {
  seed: 7,
  paths: 2000,
  steps: 30,
  horizonYears: 30 / 365,
  volatility: 0.8,
  lowerRelative: 0.8,
  upperRelative: 1.25,
  feeApr: 0.4,
  rewardApr: 0.1,
  rewardsOnlyInRange: true,
  rewardYears: 1,
  bins: 20,
}

describe('#simulateNetReturn', () => {
  it('matches src/math simulateLpReturns (same paths, to 1e-12) when rewards last the whole horizon', () => {
    const ours = simulateNetReturn(base)
    const reference = simulateLpReturns({
      seed: 7,
      paths: 2000,
      steps: 30,
      horizonYears: 30 / 365,
      volatility: 0.8,
      priceEntry: 1,
      priceLower: 0.8,
      priceUpper: 1.25,
      feeApr: 0.4,
      rewardApr: 0.1,
      rewardsOnlyInRange: true,
    })
    expect(ours.p5).toBeCloseTo(reference.netReturn.p5, 12)
    expect(ours.p50).toBeCloseTo(reference.netReturn.p50, 12)
    expect(ours.p95).toBeCloseTo(reference.netReturn.p95, 12)
    expect(ours.mean).toBeCloseTo(reference.netReturn.mean, 12)
    expect(ours.probabilityInRangeAtEnd).toBe(reference.probabilityInRangeAtEnd)
    expect(ours.expectedTimeInRangeFraction).toBe(reference.expectedTimeInRangeFraction)
  })

  it('with σ = 0 earns exactly fees × T plus rewards until the period ends', () => {
    // 36.5 %/yr over 0.1 yr = 3.65 %; rewards 20 %/yr for the first 0.05 yr (5 of 10 steps) = 1 %.
    const result = simulateNetReturn({
      ...base,
      paths: 10,
      steps: 10,
      horizonYears: 0.1,
      volatility: 0,
      feeApr: 0.365,
      rewardApr: 0.2,
      rewardYears: 0.05,
    })
    expect(result.p5).toBeCloseTo(0.0465, 12)
    expect(result.p95).toBeCloseTo(0.0465, 12)
    expect(result.probabilityInRangeAtEnd).toBe(1)
    expect(result.expectedTimeInRangeFraction).toBe(1)
  })

  it('puts every path in the histogram, ordered P5 ≤ P50 ≤ P95', () => {
    const result = simulateNetReturn(base)
    expect(result.histogram).toHaveLength(20)
    expect(result.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(2000)
    expect(result.p5).toBeLessThan(result.p50)
    expect(result.p50).toBeLessThan(result.p95)
    // A ±25 % range at 80 % vol over 30 days leaves the range on a good share of paths.
    expect(result.probabilityInRangeAtEnd).toBeGreaterThan(0.4)
    expect(result.probabilityInRangeAtEnd).toBeLessThan(0.9)
  })

  it('is deterministic for a seed', () => {
    expect(simulateNetReturn(base)).toEqual(simulateNetReturn(base))
  })
})
