import { MathError } from './errors.ts'
import { createSeededRandom } from './random.ts'
import { assertNonNegativeNumber, assertPositiveNumber } from './validate.ts'

// Statistics boundary: this file is float math over price paths (Monte Carlo and a replay of a
// historical price series). Values are fractions of the entry value (entry value = 1, entry price = 1,
// the numeraire is token1); nothing here is an on-chain amount.

/** What a rebalance and the position's life cost, as fractions of the entry value. */
export type StrategyCosts = {
  /** Pool fee paid on a rebalancing swap, fraction of the swapped value (0.003 = 0.3 %). */
  swapFee: number
  /**
   * Price impact: a swap of value s (entry value = 1) loses s · swapImpact · s to slippage, i.e. the
   * slippage fraction grows linearly with the swapped value (first order of a constant-L swap).
   */
  swapImpact: number
  /** Gas of entering (mint), exiting (decrease + collect) and one rebalance (exit + swap + mint). */
  gasEntry: number
  gasExit: number
  gasRebalance: number
}

/** A strategy over one price path: a range relative to the price when it is placed, and its rule. */
export type StrategyParameters = {
  /** Range bounds relative to the price at placement (0.9 and 1.1); both undefined = full range. */
  lowerRelative?: number
  upperRelative?: number
  /** Fee yield per year on the entry value while in range, for the entry liquidity (scales with L). */
  feeApr: number
  /** Reward yield per year on the entry value at the reward token's entry price. */
  rewardApr: number
  /** V3 staker: rewards only in range and pro rata to liquidity; StakingRewards: always, fixed. */
  rewardsOnlyInRange: boolean
  /** Years until the reward period ends (rewards stop then). */
  rewardYears: number
  /**
   * τ-reset: once the price has been out of range for this many years (seen at the path's sample
   * times), re-centre a range of the same relative width at the current price. Undefined = static.
   */
  resetAfterYears?: number
  costs: StrategyCosts
}

/** One strategy over one path. All amounts are fractions of the entry value. */
export type PathOutcome = {
  /** (position value + fees + rewards − gas) at the end / value of holding the entry tokens − 1. */
  netReturn: number
  /** Fees earned, held as the tokens they were paid in (half token0, half token1), valued at the end. */
  feesValue: number
  /** Reward tokens earned, valued at the reward token's end price. */
  rewardsValue: number
  /**
   * Loss-versus-rebalancing, discrete (Milionis et al. 2022): Σ over steps of the P&L of a portfolio
   * holding the LP's token0 amount at the step start, minus the LP's value change. ≥ 0.
   */
  lvr: number
  /** Position value at the end / hold value at the end − 1 (rebalancing swap costs included). */
  impermanentLoss: number
  /** Gas paid: entry + exit + each rebalance. */
  gas: number
  /** Pool fees and slippage paid by rebalancing swaps. */
  swapCosts: number
  rebalances: number
}

type Geometry = {
  fullRange: boolean
  lower: number
  upper: number
  sqrtLower: number
  inverseSqrtUpper: number
}

function geometry(parameters: StrategyParameters): Geometry {
  const { lowerRelative, upperRelative } = parameters
  if (lowerRelative === undefined && upperRelative === undefined)
    return { fullRange: true, lower: 0, upper: Infinity, sqrtLower: 0, inverseSqrtUpper: 0 }
  const lower = lowerRelative ?? 0
  const upper = upperRelative ?? Infinity
  if (!(lower >= 0 && lower < 1 && upper > 1))
    throw new MathError('PRICE', 'the range must contain the price it is placed at (lower < 1 < upper)')
  return {
    fullRange: false,
    lower,
    upper,
    sqrtLower: Math.sqrt(lower),
    inverseSqrtUpper: upper === Infinity ? 0 : 1 / Math.sqrt(upper),
  }
}

/** Value per unit liquidity of a range placed at price P, at P: √P·(2 − √a − 1/√b). */
const valuePerLiquidityAtPlacement = (shape: Geometry, price: number): number =>
  Math.sqrt(price) * (2 - shape.sqrtLower - shape.inverseSqrtUpper)

/** Token0's share of value of a range placed at its price: (1 − 1/√b) / (2 − √a − 1/√b). */
const targetShare0 = (shape: Geometry): number =>
  (1 - shape.inverseSqrtUpper) / (2 - shape.sqrtLower - shape.inverseSqrtUpper)

/** Validates a strategy's parameters once (the path loop trusts them). */
export function assertStrategyParameters(parameters: StrategyParameters): void {
  geometry(parameters)
  assertNonNegativeNumber(parameters.feeApr, 'feeApr', 'INPUT')
  assertNonNegativeNumber(parameters.rewardApr, 'rewardApr', 'INPUT')
  assertNonNegativeNumber(parameters.rewardYears, 'rewardYears', 'INPUT')
  if (parameters.resetAfterYears !== undefined) assertPositiveNumber(parameters.resetAfterYears, 'τ', 'INPUT')
  const { costs } = parameters
  for (const [name, value] of Object.entries(costs)) assertNonNegativeNumber(value, name, 'INPUT')
}

/**
 * Runs one strategy over one price path: prices[0] = 1 is the entry, times[i] the sample times in
 * years (times[0] = 0). The range earns fees and rewards over a step whose end price is inside it.
 * @param rewardPriceRatio the reward token's price at the end / at entry (1 = no reward price risk)
 * @returns the path's outcome, fractions of the entry value
 * @example evaluateStrategyPath([1, 2], [0, 1], fullRangeNoFees).impermanentLoss // −0.05719 (V2 IL at k = 2)
 */
export function evaluateStrategyPath(
  prices: ArrayLike<number>,
  times: ArrayLike<number>,
  parameters: StrategyParameters,
  rewardPriceRatio = 1,
): PathOutcome {
  if (prices.length < 1 || prices.length !== times.length || prices[0] !== 1)
    throw new MathError('INPUT', 'a path needs matching prices and times, starting at price 1')
  const shape = geometry(parameters)
  const { feeApr, rewardApr, rewardsOnlyInRange, rewardYears, costs } = parameters
  const tau = parameters.resetAfterYears
  // Range bounds in √price, for the current placement.
  let sqrtLower = shape.sqrtLower
  let inverseSqrtUpper = shape.inverseSqrtUpper
  let lowerPrice = shape.lower
  let upperPrice = shape.upper
  const entryLiquidity = 1 / valuePerLiquidityAtPlacement(shape, 1)
  let liquidity = entryLiquidity
  const hold0 = entryLiquidity * (1 - shape.inverseSqrtUpper)
  const hold1 = entryLiquidity * (1 - shape.sqrtLower)

  let upperRoot = shape.inverseSqrtUpper === 0 ? Infinity : 1 / shape.inverseSqrtUpper
  // The position's token0 amount and value at the current sample, carried from step to step.
  let amount0 = 0
  let positionValue = 0
  const valueAt = (price: number): void => {
    const root = Math.min(Math.max(Math.sqrt(price), sqrtLower), upperRoot)
    amount0 = liquidity * (1 / root - inverseSqrtUpper)
    positionValue = amount0 * price + liquidity * (root - sqrtLower)
  }
  valueAt(1)

  let lvr = 0
  let feeToken0 = 0
  let feeToken1 = 0
  let rewardTokens = 0
  let swapCosts = 0
  let rebalances = 0
  let outsideSince: number | null = null
  for (let i = 0; i + 1 < prices.length; i++) {
    const start = prices[i] as number
    const end = prices[i + 1] as number
    const dt = (times[i + 1] as number) - (times[i] as number)
    const startAmount0 = amount0
    const startValue = positionValue
    valueAt(end)
    lvr += startAmount0 * (end - start) - (positionValue - startValue)
    const inRange = end > lowerPrice && end < upperPrice
    const liquidityShare = liquidity / entryLiquidity
    if (inRange) {
      const fee = feeApr * dt * liquidityShare
      feeToken0 += fee / 2 / end
      feeToken1 += fee / 2
    }
    if ((times[i + 1] as number) <= rewardYears + 1e-12 && (inRange || !rewardsOnlyInRange))
      rewardTokens += rewardApr * dt * (rewardsOnlyInRange ? liquidityShare : 1)
    if (inRange) {
      outsideSince = null
      continue
    }
    const now = times[i + 1] as number
    outsideSince ??= now
    if (tau === undefined || now - outsideSince < tau - 1e-12) continue
    // Re-centre: swap to the new range's ratio, paying the pool fee and slippage, then mint.
    const before = positionValue
    const share0 = (amount0 * end) / before
    const swapped = Math.abs(share0 - targetShare0(shape)) * before
    const cost = swapped * (costs.swapFee + costs.swapImpact * swapped)
    swapCosts += cost
    rebalances++
    lowerPrice = shape.lower * end
    upperPrice = shape.upper * end
    sqrtLower = Math.sqrt(lowerPrice)
    inverseSqrtUpper = upperPrice === Infinity ? 0 : 1 / Math.sqrt(upperPrice)
    upperRoot = inverseSqrtUpper === 0 ? Infinity : 1 / inverseSqrtUpper
    liquidity = (before - cost) / valuePerLiquidityAtPlacement(shape, end)
    valueAt(end)
    outsideSince = null
  }
  const finalPrice = prices[prices.length - 1] as number
  const hold = hold0 * finalPrice + hold1
  const feesValue = feeToken0 * finalPrice + feeToken1
  const rewardsValue = rewardTokens * rewardPriceRatio
  const gas = costs.gasEntry + costs.gasExit + rebalances * costs.gasRebalance
  return {
    netReturn: (positionValue + feesValue + rewardsValue - gas) / hold - 1,
    feesValue,
    rewardsValue,
    lvr,
    impermanentLoss: positionValue / hold - 1,
    gas,
    swapCosts,
    rebalances,
  }
}

/** A Monte-Carlo mean with its standard error (sample standard deviation / √n). */
export type Estimate = { mean: number; standardError: number; standardDeviation: number }

/** One strategy's figures over all paths. */
export type StrategySummary = {
  netReturn: Estimate & { p5: number; p50: number; p95: number }
  feesValue: Estimate
  rewardsValue: Estimate
  lvr: Estimate
  impermanentLoss: Estimate
  gas: Estimate
  swapCosts: Estimate
  rebalances: Estimate
}

/** Inputs of simulateStrategies (plain data: posted to the Web Worker as is). */
export type StrategyMonteCarloParameters = Omit<StrategyParameters, 'resetAfterYears'> & {
  seed: number
  /** GBM paths, 1..1e6. */
  paths: number
  /** Sample times per path, 1..1e5: τ is resolved to horizonYears / steps. */
  steps: number
  horizonYears: number
  /** Annualised σ of the pool price. */
  volatility: number
  /** Annualised σ of the reward token's price (independent of the pool price); 0 = no price risk. */
  rewardVolatility: number
  /** τ of the τ-reset strategy, in years (> 0). */
  resetAfterYears: number
}

/** Static and τ-reset strategies over the same paths (common random numbers). */
export type StrategyComparison = {
  static: StrategySummary
  reset: StrategySummary
  paths: number
  steps: number
}

type Accumulator = { values: Float64Array }
const FIELDS = [
  'netReturn',
  'feesValue',
  'rewardsValue',
  'lvr',
  'impermanentLoss',
  'gas',
  'swapCosts',
  'rebalances',
] as const

function estimate(values: Float64Array): Estimate {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i] as number
  const mean = sum / values.length
  let squares = 0
  for (let i = 0; i < values.length; i++) squares += ((values[i] as number) - mean) ** 2
  const standardDeviation = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0
  return { mean, standardError: standardDeviation / Math.sqrt(values.length), standardDeviation }
}

function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  const weight = position - below
  return (sorted[below] as number) * (1 - weight) + (sorted[above] as number) * weight
}

function summarise(accumulators: Record<(typeof FIELDS)[number], Accumulator>): StrategySummary {
  const net = accumulators.netReturn.values
  const netEstimate = estimate(net)
  const sorted = Float64Array.from(net).sort()
  return {
    netReturn: {
      ...netEstimate,
      p5: quantile(sorted, 0.05),
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
    },
    feesValue: estimate(accumulators.feesValue.values),
    rewardsValue: estimate(accumulators.rewardsValue.values),
    lvr: estimate(accumulators.lvr.values),
    impermanentLoss: estimate(accumulators.impermanentLoss.values),
    gas: estimate(accumulators.gas.values),
    swapCosts: estimate(accumulators.swapCosts.values),
    rebalances: estimate(accumulators.rebalances.values),
  }
}

/**
 * Seeded Monte Carlo of a static range against a τ-reset strategy over the same GBM price paths (μ = 0,
 * so the price is a martingale). Each path also draws the reward token's end price, lognormal with its
 * own σ and independent of the pool price; fees are held in the tokens they are paid in, so both move
 * with prices until the horizon.
 * @returns both strategies' distributions and mean components with standard errors
 * @throws MathError on invalid inputs
 */
export function simulateStrategies(parameters: StrategyMonteCarloParameters): StrategyComparison {
  const { seed, paths, steps, horizonYears, volatility, rewardVolatility, resetAfterYears } = parameters
  if (!Number.isInteger(paths) || paths < 1 || paths > 1_000_000)
    throw new MathError('PATHS', 'paths must be an integer in [1, 1e6]')
  if (!Number.isInteger(steps) || steps < 1 || steps > 100_000)
    throw new MathError('PATHS', 'steps must be an integer in [1, 1e5]')
  if (!Number.isFinite(seed)) throw new MathError('INPUT', 'seed must be a finite number')
  assertPositiveNumber(horizonYears, 'horizonYears', 'HORIZON')
  assertNonNegativeNumber(volatility, 'volatility', 'VOLATILITY')
  assertNonNegativeNumber(rewardVolatility, 'rewardVolatility', 'VOLATILITY')
  const staticParameters: StrategyParameters = { ...parameters }
  delete staticParameters.resetAfterYears
  const resetParameters: StrategyParameters = { ...staticParameters, resetAfterYears }
  assertStrategyParameters(resetParameters)

  const dt = horizonYears / steps
  const times = new Float64Array(steps + 1)
  for (let i = 1; i <= steps; i++) times[i] = i * dt
  const prices = new Float64Array(steps + 1)
  prices[0] = 1
  const stepDrift = (-(volatility * volatility) / 2) * dt
  const stepScale = volatility * Math.sqrt(dt)
  const rewardDrift = (-(rewardVolatility * rewardVolatility) / 2) * horizonYears
  const rewardScale = rewardVolatility * Math.sqrt(horizonYears)
  const make = () =>
    Object.fromEntries(FIELDS.map((field) => [field, { values: new Float64Array(paths) }])) as Record<
      (typeof FIELDS)[number],
      Accumulator
    >
  const staticAccumulators = make()
  const resetAccumulators = make()
  const random = createSeededRandom(seed)
  for (let path = 0; path < paths; path++) {
    let lnPrice = 0
    for (let i = 1; i <= steps; i++) {
      lnPrice += stepDrift + stepScale * random.nextNormal()
      prices[i] = Math.exp(lnPrice)
    }
    const rewardPriceRatio = Math.exp(rewardDrift + rewardScale * random.nextNormal())
    const outcomes: [PathOutcome, Record<(typeof FIELDS)[number], Accumulator>][] = [
      [evaluateStrategyPath(prices, times, staticParameters, rewardPriceRatio), staticAccumulators],
      [evaluateStrategyPath(prices, times, resetParameters, rewardPriceRatio), resetAccumulators],
    ]
    for (const [outcome, accumulators] of outcomes)
      for (const field of FIELDS) accumulators[field].values[path] = outcome[field]
  }
  return { static: summarise(staticAccumulators), reset: summarise(resetAccumulators), paths, steps }
}
