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
}

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
}

function percentile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  const weight = position - below
  return (sorted[below] as number) * (1 - weight) + (sorted[above] as number) * weight
}

function describe(sample: Float64Array): Distribution {
  let sum = 0
  for (let i = 0; i < sample.length; i++) sum += sample[i] as number
  const sorted = sample.slice().sort()
  return {
    p5: percentile(sorted, 0.05),
    p25: percentile(sorted, 0.25),
    p50: percentile(sorted, 0.5),
    p75: percentile(sorted, 0.75),
    p95: percentile(sorted, 0.95),
    mean: sum / sample.length,
  }
}

/**
 * Seeded Monte-Carlo projection of an LP position's return versus holding over GBM price paths:
 * impermanent loss at the horizon plus fees (and rewards) earned while in range.
 * Fees accrue on the entry value; deterministic for a given seed.
 * @returns distributions, probability of ending in range and expected time in range
 */
export function simulateLpReturns(parameters: MonteCarloParameters): MonteCarloResult {
  const { seed, paths, steps, horizonYears, volatility, priceEntry, feeApr } = parameters
  const drift = parameters.drift ?? 0
  const rewardApr = parameters.rewardApr ?? 0
  const rewardsOnlyInRange = parameters.rewardsOnlyInRange ?? true
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
  const incomePerStepInRange = (feeApr + (rewardsOnlyInRange ? rewardApr : 0)) * dt * entryValue
  const incomeAlways = rewardsOnlyInRange ? 0 : rewardApr * horizonYears * entryValue

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
    for (let step = 0; step < steps; step++) {
      lnPrice += stepDrift + stepScale * random.nextNormal()
      if (lnPrice > lnLower && lnPrice < lnUpper) stepsInRange++
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
    netReturn[path] = (position + stepsInRange * incomePerStepInRange + incomeAlways) / hold - 1
  }
  const expectedTimeInRangeFraction = stepsInRangeTotal / (paths * steps)
  return {
    netReturn: describe(netReturn),
    impermanentLoss: describe(impermanentLoss),
    impermanentLossOfMeans: sumPosition / sumHold - 1,
    probabilityInRangeAtEnd: endsInRange / paths,
    expectedTimeInRangeFraction,
    expectedTimeInRangeYears: expectedTimeInRangeFraction * horizonYears,
  }
}
