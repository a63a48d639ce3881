import { describe, expect, it } from 'vitest'
import { normalCdf } from './normal.ts'
import {
  evaluateStrategyPath,
  type StrategyCosts,
  type StrategyMonteCarloParameters,
  type StrategyParameters,
  simulateStrategies,
} from './strategies.ts'

// Oracles here are closed forms written out in the test (research formulas, lognormal partial
// expectations, hand-computed rebalances), never the code under test.

const noCosts: StrategyCosts = { swapFee: 0, swapImpact: 0, gasEntry: 0, gasExit: 0, gasRebalance: 0 }
const quiet = { feeApr: 0, rewardApr: 0, rewardsOnlyInRange: true, rewardYears: 1, costs: noCosts }
const HOUR = 1 / 8760

/** Statistical tolerance: 4 standard errors (a 4σ band: a seeded run outside it is a real bug). */
const band = (standardError: number) => 4 * standardError

/**
 * E[V(P_T)] per unit of entry value for a range [a, b] placed at P0 = 1 under driftless GBM, from the
 * partial lognormal expectation E[e^{pX} 1{lo<X<hi}] = e^{pm + p²s²/2}[Φ((hi−m−ps²)/s) − Φ((lo−m−ps²)/s)].
 */
function expectedValueAtHorizon(a: number, b: number, sigma: number, years: number): number {
  const s = sigma * Math.sqrt(years)
  const m = (-s * s) / 2
  const part = (p: number, lo: number, hi: number) => {
    const shift = m + p * s * s
    const upper = hi === Infinity ? 1 : normalCdf((hi - shift) / s)
    const lower = lo === -Infinity ? 0 : normalCdf((lo - shift) / s)
    return Math.exp(p * m + (p * p * s * s) / 2) * (upper - lower)
  }
  const l = Math.log(a)
  const u = Math.log(b)
  const L = 1 / (2 - Math.sqrt(a) - 1 / Math.sqrt(b))
  const below = L * (1 / Math.sqrt(a) - 1 / Math.sqrt(b)) * part(1, -Infinity, l)
  const inside = L * (2 * part(0.5, l, u) - Math.sqrt(a) * part(0, l, u) - part(1, l, u) / Math.sqrt(b))
  const above = L * (Math.sqrt(b) - Math.sqrt(a)) * part(0, u, Infinity)
  return below + inside + above
}

const monteCarlo = (overrides: Partial<StrategyMonteCarloParameters>): StrategyMonteCarloParameters => ({
  seed: 7,
  paths: 20_000,
  steps: 50,
  horizonYears: 1 / 52,
  volatility: 0.8,
  rewardVolatility: 0,
  resetAfterYears: 1,
  ...quiet,
  ...overrides,
})

describe('research figures reproduced by the strategy simulator', () => {
  it('V2 impermanent loss curve 2√k/(1+k) − 1 (−5.72 % at k = 2) from a one-step path', () => {
    const reference: [number, number][] = [
      [1.25, -0.619],
      [1.5, -2.02],
      [2, -5.719],
      [3, -13.397],
      [4, -20.0],
      [5, -25.464],
    ]
    for (const [k, percent] of reference) {
      const up = evaluateStrategyPath([1, k], [0, 1], quiet)
      const down = evaluateStrategyPath([1, 1 / k], [0, 1], quiet)
      const closedForm = (2 * Math.sqrt(k)) / (1 + k) - 1
      expect(up.impermanentLoss).toBeCloseTo(closedForm, 12)
      expect(down.impermanentLoss).toBeCloseTo(closedForm, 12)
      expect(up.impermanentLoss * 100).toBeCloseTo(percent, 2)
    }
  })

  it('full-range LVR per unit value converges to σ²/8 (Milionis, Moallemi, Roughgarden, Zhang 2022)', () => {
    const sigma = 0.8
    const years = 1 / 52
    const { lvr } = simulateStrategies(monteCarlo({ volatility: sigma, horizonYears: years })).static
    // Exact finite-horizon mean: E[V_T] = e^{−σ²T/8} for √P under driftless GBM, so E[LVR_T] = 1 − e^{−σ²T/8}.
    const exact = 1 - Math.exp((-sigma * sigma * years) / 8)
    expect(Math.abs(lvr.mean - exact)).toBeLessThan(band(lvr.standardError))
    // Against the research rate σ²/8 per year: the band plus the closed form's own O(T) curvature term.
    const rate = (sigma * sigma) / 8
    const curvature = Math.abs(exact / years - rate)
    expect(Math.abs(lvr.mean / years - rate)).toBeLessThan(band(lvr.standardError) / years + curvature)
    expect(rate).toBeCloseTo(0.08, 12)
  })

  it('in-range LVR of a symmetric range [P/r, P·r] converges to σ²/(8(1 − r^−½))', () => {
    for (const r of [1.5, 2, 4]) {
      const sigma = 0.6
      const years = 1 / 365
      const { lvr } = simulateStrategies(
        monteCarlo({ volatility: sigma, horizonYears: years, lowerRelative: 1 / r, upperRelative: r }),
      ).static
      const exact = 1 - expectedValueAtHorizon(1 / r, r, sigma, years)
      expect(Math.abs(lvr.mean - exact)).toBeLessThan(band(lvr.standardError))
      const rate = (sigma * sigma) / (8 * (1 - r ** -0.5))
      const curvature = Math.abs(exact / years - rate)
      expect(curvature / rate).toBeLessThan(0.01) // the horizon is short enough for the rate to apply
      expect(Math.abs(lvr.mean / years - rate)).toBeLessThan(band(lvr.standardError) / years + curvature)
    }
    // amm-reference.md: range [P/2, 2P] at σ = 80 % → ~27.3 %/yr.
    expect((0.8 * 0.8) / (8 * (1 - 2 ** -0.5))).toBeCloseTo(0.2731, 4)
  })
})

describe('#evaluateStrategyPath τ-reset on hand-built paths', () => {
  const costs: StrategyCosts = {
    swapFee: 0.003,
    swapImpact: 0.01,
    gasEntry: 0.001,
    gasExit: 0.0008,
    gasRebalance: 0.002,
  }
  const range: StrategyParameters = { ...quiet, costs, lowerRelative: 0.5, upperRelative: 2 }
  // Hourly samples: out of range (above 2) from hour 2, re-centred at hour 4 (τ = 2 h) at 2.5 into
  // [1.25, 5]; out again (above 5) from hour 5 at 6, re-centred at hour 7 into [3, 12]; ends at 6.
  const prices = [1, 1.5, 2.5, 2.5, 2.5, 6, 6, 6, 6]
  const times = prices.map((_, i) => i * HOUR)

  it('counts rebalances and charges each the swap to 50/50, pool fee, slippage and gas', () => {
    const result = evaluateStrategyPath(prices, times, { ...range, resetAfterYears: 2 * HOUR })
    const half = 1 - 1 / Math.SQRT2 // 1 − √a = 1 − 1/√b for a = 1/2, b = 2
    const L0 = 1 / (2 * half)
    // Above the range the position is all token1: y = L(√Pb − √Pa); a centred range is 50/50 by value.
    const v1 = L0 * (Math.sqrt(2) - Math.sqrt(0.5))
    const cost1 = (v1 / 2) * (0.003 + 0.01 * (v1 / 2))
    const L1 = (v1 - cost1) / (Math.sqrt(2.5) * 2 * half)
    const v2 = L1 * (Math.sqrt(5) - Math.sqrt(1.25))
    const cost2 = (v2 / 2) * (0.003 + 0.01 * (v2 / 2))
    const L2 = (v2 - cost2) / (Math.sqrt(6) * 2 * half)
    const final = L2 * 2 * half * Math.sqrt(6) // at the centre of [3, 12]
    const hold = L0 * half * 6 + L0 * half
    expect(result.rebalances).toBe(2)
    expect(result.swapCosts).toBeCloseTo(cost1 + cost2, 14)
    expect(result.gas).toBeCloseTo(0.001 + 0.0008 + 2 * 0.002, 14)
    expect(result.impermanentLoss).toBeCloseTo(final / hold - 1, 12)
    expect(result.netReturn).toBeCloseTo((final - 0.0058) / hold - 1, 12)
  })

  it('the static range on the same path never rebalances and ends all token1', () => {
    const result = evaluateStrategyPath(prices, times, range)
    const half = 1 - 1 / Math.SQRT2
    const L0 = 1 / (2 * half)
    expect(result.rebalances).toBe(0)
    expect(result.swapCosts).toBe(0)
    expect(result.gas).toBeCloseTo(0.0018, 14)
    expect(result.impermanentLoss).toBeCloseTo(
      (L0 * (Math.sqrt(2) - Math.sqrt(0.5))) / (L0 * half * 7) - 1,
      12,
    )
  })

  it('does not rebalance when the price returns before τ, and resets its clock', () => {
    // Out at hours 2 and 3 (1 h < τ = 2 h), back at 4, out at 5 and 6 (1 h again): no rebalance.
    const path = [1, 1.5, 2.5, 2.5, 1.5, 2.5, 2.5]
    const result = evaluateStrategyPath(
      path,
      path.map((_, i) => i * HOUR),
      { ...range, resetAfterYears: 2 * HOUR },
    )
    expect(result.rebalances).toBe(0)
  })

  it('values fees in the tokens they were paid in at the end price (fee price risk)', () => {
    // Full range, 100 %/yr: half a year at 2 then half a year at 4. Fees of 0.5 each, half in token0.
    const result = evaluateStrategyPath([1, 2, 4], [0, 0.5, 1], { ...quiet, feeApr: 1 })
    const token0 = 0.25 / 2 + 0.25 / 4
    expect(result.feesValue).toBeCloseTo(token0 * 4 + 0.5, 14)
  })
})

describe('#simulateStrategies reward-token price risk', () => {
  it('net-return variance grows with the reward token σ; the mean reward value stays (martingale)', () => {
    const years = 30 / 365
    const rewardApr = 0.5
    let previous = -1
    for (const rewardVolatility of [0, 0.5, 1, 2]) {
      const result = simulateStrategies(
        monteCarlo({
          paths: 5000,
          steps: 30,
          horizonYears: years,
          rewardApr,
          rewardsOnlyInRange: false,
          rewardYears: years,
          rewardVolatility,
        }),
      ).static
      const variance = result.netReturn.standardDeviation ** 2
      expect(variance).toBeGreaterThan(previous)
      previous = variance
      // StakingRewards pays rewardApr·T of entry value in tokens; E[R_T/R_0] = 1.
      const expected = rewardApr * years
      expect(Math.abs(result.rewardsValue.mean - expected)).toBeLessThanOrEqual(
        band(result.rewardsValue.standardError) + 1e-12,
      )
      if (rewardVolatility === 0) expect(result.rewardsValue.standardDeviation).toBeLessThan(1e-12)
    }
  })

  it('rejects τ ≤ 0 and negative reward volatility with clear errors', () => {
    expect(() => simulateStrategies(monteCarlo({ resetAfterYears: 0 }))).toThrow(/τ/)
    expect(() => simulateStrategies(monteCarlo({ rewardVolatility: -0.1 }))).toThrow(/rewardVolatility/)
  })
})
