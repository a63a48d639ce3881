import { type ReturnBucket, simulateLpReturns } from '../../math/index.ts'

export type { ReturnBucket } from '../../math/index.ts'

/**
 * Inputs of the net-return Monte Carlo (plain data: posted to the Web Worker as is).
 * Prices are relative to entry (entry = 1); omit the bounds for full range.
 */
export type NetReturnSimulationParameters = {
  seed: number
  paths: number
  /** Time steps per path; fees accrue per step spent in range. */
  steps: number
  horizonYears: number
  /** Annualised σ. */
  volatility: number
  /** Range bounds relative to the entry price (e.g. 0.9 and 1.1); undefined = full range. */
  lowerRelative?: number
  upperRelative?: number
  /** Fee yield per year on the entry value while in range. */
  feeApr: number
  /** Reward yield per year on the entry value while the program pays. */
  rewardApr: number
  /** V3 staker: rewards only while in range; StakingRewards: always. */
  rewardsOnlyInRange: boolean
  /** Years until the reward period ends (rewards stop then), ≥ 0. */
  rewardYears: number
  /** Histogram buckets, ≥ 1. */
  bins: number
  /** Gas of entering and exiting as a fraction of the deposit (at the current gas price); absent = not charged. */
  fixedCost?: number
}

/** Distribution of net return = (position value + fees + rewards) / hold value − 1 at the horizon. */
export type NetReturnSimulation = {
  p5: number
  p50: number
  p95: number
  mean: number
  histogram: ReturnBucket[]
  /** Share of paths that end inside the range. */
  probabilityInRangeAtEnd: number
  /** Expected share of the horizon spent in range (0..1). */
  expectedTimeInRangeFraction: number
}

/**
 * Seeded Monte Carlo of an LP position's net return versus holding over GBM price paths (μ = 0):
 * src/math simulateLpReturns with the reward period end and the histogram the page needs, in the
 * plain shape the worker posts back.
 * @returns percentiles, histogram, P(end in range), expected time in range
 * @throws MathError on inputs the simulation rejects (the page validates them first)
 */
export function simulateNetReturn(parameters: NetReturnSimulationParameters): NetReturnSimulation {
  const result = simulateLpReturns({
    seed: parameters.seed,
    paths: parameters.paths,
    steps: parameters.steps,
    horizonYears: parameters.horizonYears,
    volatility: parameters.volatility,
    // Prices relative to entry: the entry is 1.
    priceEntry: 1,
    ...(parameters.lowerRelative !== undefined ? { priceLower: parameters.lowerRelative } : {}),
    ...(parameters.upperRelative !== undefined ? { priceUpper: parameters.upperRelative } : {}),
    feeApr: parameters.feeApr,
    rewardApr: parameters.rewardApr,
    rewardsOnlyInRange: parameters.rewardsOnlyInRange,
    rewardYears: parameters.rewardYears,
    histogramBins: parameters.bins,
    ...(parameters.fixedCost !== undefined ? { fixedCost: parameters.fixedCost } : {}),
  })
  return {
    p5: result.netReturn.p5,
    p50: result.netReturn.p50,
    p95: result.netReturn.p95,
    mean: result.netReturn.mean,
    histogram: result.netReturnHistogram,
    probabilityInRangeAtEnd: result.probabilityInRangeAtEnd,
    expectedTimeInRangeFraction: result.expectedTimeInRangeFraction,
  }
}

/** What the simulator's Web Worker exposes through comlink (src/workers/simulator.worker.ts implements it). */
export interface SimulatorWorkerApi {
  simulateNetReturn: typeof simulateNetReturn
}
