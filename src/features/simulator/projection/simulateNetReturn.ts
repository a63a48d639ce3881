import { createSeededRandom } from '../../../math/index.ts'

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
}

/** One histogram bucket of net return (fractions). */
export type ReturnBucket = { from: number; to: number; count: number }

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

function percentile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  const weight = position - below
  return (sorted[below] as number) * (1 - weight) + (sorted[above] as number) * weight
}

function buildHistogram(sorted: Float64Array, bins: number): ReturnBucket[] {
  // Trim the extreme 0.5 % tails so one outlier path does not flatten every bar.
  const low = percentile(sorted, 0.005)
  const high = percentile(sorted, 0.995)
  const width = high > low ? (high - low) / bins : 1e-9
  const buckets = Array.from({ length: bins }, (_, i) => ({
    from: low + i * width,
    to: low + (i + 1) * width,
    count: 0,
  }))
  for (let i = 0; i < sorted.length; i++) {
    const index = Math.min(bins - 1, Math.max(0, Math.floor(((sorted[i] as number) - low) / width)))
    ;(buckets[index] as ReturnBucket).count++
  }
  return buckets
}

/**
 * Seeded Monte Carlo of an LP position's net return versus holding over GBM price paths (μ = 0):
 * IL at the horizon plus fees earned per step in range plus rewards until the period ends.
 * Same path generator and per-path formula as src/math simulateLpReturns (identical figures when the
 * rewards last the whole horizon), plus the histogram and the reward period end the page needs.
 * @returns percentiles, histogram, P(end in range), expected time in range
 */
export function simulateNetReturn(parameters: NetReturnSimulationParameters): NetReturnSimulation {
  const { seed, paths, steps, horizonYears, volatility, feeApr, rewardApr, rewardsOnlyInRange, bins } =
    parameters
  const fullRange = parameters.lowerRelative === undefined && parameters.upperRelative === undefined
  const priceLower = fullRange ? 0 : (parameters.lowerRelative as number)
  const priceUpper = fullRange ? Infinity : (parameters.upperRelative as number)
  const sqrtLower = Math.sqrt(priceLower)
  const sqrtUpper = Math.sqrt(priceUpper)
  const inverseSqrtUpper = fullRange ? 0 : 1 / sqrtUpper
  const sqrtEntry = Math.min(Math.max(1, sqrtLower), sqrtUpper)
  const hold0 = 1 / sqrtEntry - inverseSqrtUpper
  const hold1 = sqrtEntry - sqrtLower
  const entryValue = hold0 + hold1
  const lnLower = Math.log(priceLower)
  const lnUpper = Math.log(priceUpper)
  const dt = horizonYears / steps
  const stepDrift = (-(volatility * volatility) / 2) * dt
  const stepScale = volatility * Math.sqrt(dt)
  // Steps (counted from 1, sampled at their end) that still earn rewards.
  const rewardSteps = Math.min(steps, Math.floor(parameters.rewardYears / dt + 1e-9))
  const feePerStep = feeApr * dt * entryValue
  const rewardPerStep = rewardApr * dt * entryValue
  const random = createSeededRandom(seed)
  const netReturn = new Float64Array(paths)
  let endsInRange = 0
  let stepsInRangeTotal = 0
  for (let path = 0; path < paths; path++) {
    let lnPrice = 0
    let stepsInRange = 0
    let rewardStepsEarned = 0
    for (let step = 0; step < steps; step++) {
      lnPrice += stepDrift + stepScale * random.nextNormal()
      const inRange = lnPrice > lnLower && lnPrice < lnUpper
      if (inRange) stepsInRange++
      if (step < rewardSteps && (inRange || !rewardsOnlyInRange)) rewardStepsEarned++
    }
    const price = Math.exp(lnPrice)
    if (lnPrice > lnLower && lnPrice < lnUpper) endsInRange++
    stepsInRangeTotal += stepsInRange
    const sqrtPrice = Math.min(Math.max(Math.sqrt(price), sqrtLower), sqrtUpper)
    const position = (1 / sqrtPrice - inverseSqrtUpper) * price + (sqrtPrice - sqrtLower)
    const hold = hold0 * price + hold1
    netReturn[path] = (position + stepsInRange * feePerStep + rewardStepsEarned * rewardPerStep) / hold - 1
  }
  let sum = 0
  for (let i = 0; i < paths; i++) sum += netReturn[i] as number
  const sorted = netReturn.sort()
  return {
    p5: percentile(sorted, 0.05),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: sum / paths,
    histogram: buildHistogram(sorted, bins),
    probabilityInRangeAtEnd: endsInRange / paths,
    expectedTimeInRangeFraction: stepsInRangeTotal / (paths * steps),
  }
}
