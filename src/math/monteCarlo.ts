import { MathError } from './errors.ts'
import { assertPriceRange } from './impermanentLoss.ts'
import { createSeededRandom } from './random.ts'
import { assertFiniteNumber, assertNonNegativeNumber, assertPositiveNumber } from './validate.ts'

/**
 * Inputs of a Monte-Carlo LP projection. Plain data so it can be posted to a Web Worker.
 * Prices in any consistent unit; omit the range for V2 / full range.
 */
export type MonteCarloParameters = {
  seed: number
  /** Number of GBM paths, 1..10,000,000. */
  paths: number
  /** Time steps per path (time in range is sampled at the end of each step). */
  steps: number
  horizonYears: number
  /** Annualised volatility σ. */
  volatility: number
  /** Annualised drift μ; default 0. */
  drift?: number
  priceEntry: number
  priceLower?: number
  priceUpper?: number
  /** Fee yield per year on the entry value, earned only while in range (0.3 = 30%/yr). */
  feeApr: number
  /** Reward yield per year on the entry value; default 0. */
  rewardApr?: number
  /** True (default) if rewards accrue only in range (V3 staker); false for StakingRewards. */
  rewardsOnlyInRange?: boolean
  /** Years until the reward period ends (rewards stop then), ≥ 0; default: the whole horizon. */
  rewardYears?: number
  /** Buckets of the net-return histogram; default 0 (no histogram). */
  histogramBins?: number
  /** Fixed costs (gas of entering and exiting) as a fraction of the entry value, ≥ 0; default 0. */
  fixedCost?: number
}

/** One histogram bucket of net return (fractions). */
export type ReturnBucket = { from: number; to: number; count: number }

/** Percentiles and mean of a sample. */
export type Distribution = { p5: number; p25: number; p50: number; p75: number; p95: number; mean: number }

/** Monte-Carlo projection result (plain data). All returns are fractions relative to holding. */
export type MonteCarloResult = {
  /** (position value at T + fees + rewards) / hold value at T − 1. */
  netReturn: Distribution
  /** Position value at T / hold value at T − 1, per path. */
  impermanentLoss: Distribution
  /** mean(position value) / mean(hold value) − 1: converges to expectedImpermanentLoss. */
  impermanentLossOfMeans: number
  /** Share of paths that end inside the range. */
  probabilityInRangeAtEnd: number
  /** Expected share of the horizon spent in range (0..1). */
  expectedTimeInRangeFraction: number
  /** The same in years. */
  expectedTimeInRangeYears: number
  /** Net-return histogram between its P0.5 and P99.5 (tails clamped into the end buckets). */
  netReturnHistogram: ReturnBucket[]
}

function percentile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  const weight = position - below
  return (sorted[below] as number) * (1 - weight) + (sorted[above] as number) * weight
}

function buildHistogram(sorted: Float64Array, bins: number): ReturnBucket[] {
  if (bins === 0) return []
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

function describe(sorted: Float64Array): Distribution {
  let sum = 0
  for (let i = 0; i < sorted.length; i++) sum += sorted[i] as number
  return {
    p5: percentile(sorted, 0.05),
    p25: percentile(sorted, 0.25),
    p50: percentile(sorted, 0.5),
    p75: percentile(sorted, 0.75),
    p95: percentile(sorted, 0.95),
    mean: sum / sorted.length,
  }
}

/**
 * Seeded Monte-Carlo projection of an LP position's return versus holding over GBM price paths:
 * impermanent loss at the horizon plus fees earned per step in range and rewards per step until the
 * reward period ends (only in range for a V3 staker). Fees accrue on the entry value; deterministic
 * for a given seed.
 * @returns distributions, probability of ending in range and expected time in range
 */
export function simulateLpReturns(parameters: MonteCarloParameters): MonteCarloResult {
  const { seed, paths, steps, horizonYears, volatility, priceEntry, feeApr } = parameters
  const drift = parameters.drift ?? 0
  const rewardApr = parameters.rewardApr ?? 0
  const rewardsOnlyInRange = parameters.rewardsOnlyInRange ?? true
  const rewardYears = parameters.rewardYears ?? horizonYears
  const histogramBins = parameters.histogramBins ?? 0
  const fixedCost = parameters.fixedCost ?? 0
  if (!Number.isInteger(paths) || paths < 1 || paths > 10_000_000)
    throw new MathError('PATHS', 'paths must be an integer in [1, 1e7]')
  if (!Number.isInteger(steps) || steps < 1 || steps > 100_000)
    throw new MathError('PATHS', 'steps must be an integer in [1, 1e5]')
  if (!Number.isFinite(seed)) throw new MathError('INPUT', 'seed must be a finite number')
  assertPositiveNumber(horizonYears, 'horizonYears', 'HORIZON')
  assertNonNegativeNumber(volatility, 'volatility', 'VOLATILITY')
  assertFiniteNumber(drift, 'drift', 'DRIFT')
  assertPositiveNumber(priceEntry, 'priceEntry', 'PRICE')
  assertNonNegativeNumber(feeApr, 'feeApr', 'INPUT')
  assertNonNegativeNumber(rewardApr, 'rewardApr', 'INPUT')
  assertNonNegativeNumber(rewardYears, 'rewardYears', 'INPUT')
  assertNonNegativeNumber(fixedCost, 'fixedCost', 'INPUT')
  if (!Number.isInteger(histogramBins) || histogramBins < 0 || histogramBins > 10_000)
    throw new MathError('INPUT', 'histogramBins must be an integer in [0, 1e4]')
  const fullRange = parameters.priceLower === undefined && parameters.priceUpper === undefined
  const priceLower = fullRange ? 0 : (parameters.priceLower ?? Number.NaN) / priceEntry
  const priceUpper = fullRange ? Infinity : (parameters.priceUpper ?? Number.NaN) / priceEntry
  if (!fullRange) assertPriceRange(priceLower, priceUpper)

  // Per unit of liquidity, prices relative to entry (P0 = 1).
  const sqrtLower = Math.sqrt(priceLower)
  const inverseSqrtUpper = fullRange ? 0 : 1 / Math.sqrt(priceUpper)
  const sqrtUpper = Math.sqrt(priceUpper)
  const sqrtEntry = Math.min(Math.max(1, sqrtLower), sqrtUpper)
  const hold0 = 1 / sqrtEntry - inverseSqrtUpper
  const hold1 = sqrtEntry - sqrtLower
  const entryValue = hold0 + hold1
  const lnLower = Math.log(priceLower)
  const lnUpper = Math.log(priceUpper)

  const dt = horizonYears / steps
  const stepDrift = (drift - (volatility * volatility) / 2) * dt
  const stepScale = volatility * Math.sqrt(dt)
  // Steps (counted from 1, sampled at their end) that still earn rewards.
  const rewardSteps = Math.min(steps, Math.floor(rewardYears / dt + 1e-9))
  const feePerStep = feeApr * dt * entryValue
  const rewardPerStep = rewardApr * dt * entryValue
  const costValue = fixedCost * entryValue

  const random = createSeededRandom(seed)
  const netReturn = new Float64Array(paths)
  const impermanentLoss = new Float64Array(paths)
  let sumPosition = 0
  let sumHold = 0
  let endsInRange = 0
  let stepsInRangeTotal = 0

  for (let path = 0; path < paths; path++) {
    let lnPrice = 0
    let stepsInRange = 0
    let rewardStepsEarned = 0
    for (let step = 0; step < steps; step++) {
      lnPrice += stepDrift + stepScale * random.nextNormal()
      const stepInRange = lnPrice > lnLower && lnPrice < lnUpper
      if (stepInRange) stepsInRange++
      if (step < rewardSteps && (stepInRange || !rewardsOnlyInRange)) rewardStepsEarned++
    }
    const price = Math.exp(lnPrice)
    const inRange = lnPrice > lnLower && lnPrice < lnUpper
    if (inRange) endsInRange++
    stepsInRangeTotal += stepsInRange
    const sqrtPrice = Math.min(Math.max(Math.sqrt(price), sqrtLower), sqrtUpper)
    const position = (1 / sqrtPrice - inverseSqrtUpper) * price + (sqrtPrice - sqrtLower)
    const hold = hold0 * price + hold1
    sumPosition += position
    sumHold += hold
    impermanentLoss[path] = position / hold - 1
    netReturn[path] =
      (position + stepsInRange * feePerStep + rewardStepsEarned * rewardPerStep - costValue) / hold - 1
  }
  const expectedTimeInRangeFraction = stepsInRangeTotal / (paths * steps)
  const sortedNetReturn = netReturn.sort()
  return {
    netReturn: describe(sortedNetReturn),
    impermanentLoss: describe(impermanentLoss.sort()),
    impermanentLossOfMeans: sumPosition / sumHold - 1,
    probabilityInRangeAtEnd: endsInRange / paths,
    expectedTimeInRangeFraction,
    expectedTimeInRangeYears: expectedTimeInRangeFraction * horizonYears,
    netReturnHistogram: buildHistogram(sortedNetReturn, histogramBins),
  }
}
