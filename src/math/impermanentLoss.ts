import { MathError } from './errors.ts'
import { assertPositiveNumber } from './validate.ts'

/**
 * Constant-product (V2 or full-range V3) impermanent loss versus holding: 2√r/(1+r) − 1.
 * @param priceRatio r = priceNow / priceEntry, > 0
 * @returns fraction ≤ 0 (−0.0572 = −5.72%); IL(r) = IL(1/r)
 * @example impermanentLossV2(4) // -0.2
 */
export function impermanentLossV2(priceRatio: number): number {
  assertPositiveNumber(priceRatio, 'priceRatio', 'PRICE')
  return (2 * Math.sqrt(priceRatio)) / (1 + priceRatio) - 1
}

/** A concentrated position priced in the same units throughout (any quote; only ratios matter). */
export type ImpermanentLossV3Parameters = {
  /** Price when the position was opened. */
  priceEntry: number
  /** Price now. */
  priceNow: number
  /** Lower bound of the range. */
  priceLower: number
  /** Upper bound of the range; must exceed priceLower. */
  priceUpper: number
}

/** Validates a V3 range; shared with lvr, expectedIl and monteCarlo. */
export function assertPriceRange(priceLower: number, priceUpper: number): void {
  assertPositiveNumber(priceLower, 'priceLower', 'PRICE')
  assertPositiveNumber(priceUpper, 'priceUpper', 'PRICE')
  if (priceLower >= priceUpper) throw new MathError('TICK_ORDER', 'priceLower must be < priceUpper')
}

/**
 * Token amounts per unit of liquidity at a price, with the price clamped into the range.
 * Returns x (token0) and y (token1) via the out array to keep curve loops allocation-free.
 */
function amountsPerLiquidity(price: number, sqrtLower: number, sqrtUpper: number, out: Float64Array): void {
  const sqrtPrice = Math.min(Math.max(Math.sqrt(price), sqrtLower), sqrtUpper)
  out[0] = 1 / sqrtPrice - 1 / sqrtUpper
  out[1] = sqrtPrice - sqrtLower
}

const scratch = new Float64Array(2)

/**
 * Impermanent loss of a V3 range position versus holding the tokens it was opened with.
 * Works in and out of range (amounts use the price clamped to the range; value uses priceNow).
 * @returns fraction ≤ 0, e.g. range [P/2, 2P], price ×1.25 → −0.021141
 */
export function impermanentLossV3(parameters: ImpermanentLossV3Parameters): number {
  const { priceEntry, priceNow, priceLower, priceUpper } = parameters
  assertPositiveNumber(priceEntry, 'priceEntry', 'PRICE')
  assertPositiveNumber(priceNow, 'priceNow', 'PRICE')
  assertPriceRange(priceLower, priceUpper)
  const sqrtLower = Math.sqrt(priceLower)
  const sqrtUpper = Math.sqrt(priceUpper)
  amountsPerLiquidity(priceEntry, sqrtLower, sqrtUpper, scratch)
  const hold = (scratch[0] as number) * priceNow + (scratch[1] as number)
  amountsPerLiquidity(priceNow, sqrtLower, sqrtUpper, scratch)
  const position = (scratch[0] as number) * priceNow + (scratch[1] as number)
  return position / hold - 1
}

/** Inputs of impermanentLossV3Curve. */
export type ImpermanentLossCurveParameters = {
  priceEntry: number
  priceLower: number
  priceUpper: number
  /** First price on the curve, > 0. */
  priceFrom: number
  /** Last price on the curve, > priceFrom. */
  priceTo: number
  /** Number of points, >= 2. */
  points: number
}

/**
 * IL of a V3 range over a geometric grid of prices, for charts.
 * @returns { prices, impermanentLoss } as Float64Arrays of length `points`
 */
export function impermanentLossV3Curve(parameters: ImpermanentLossCurveParameters): {
  prices: Float64Array
  impermanentLoss: Float64Array
} {
  const { priceEntry, priceLower, priceUpper, priceFrom, priceTo, points } = parameters
  assertPositiveNumber(priceEntry, 'priceEntry', 'PRICE')
  assertPriceRange(priceLower, priceUpper)
  assertPriceRange(priceFrom, priceTo)
  if (!Number.isInteger(points) || points < 2) throw new MathError('INPUT', 'points must be an integer >= 2')
  const sqrtLower = Math.sqrt(priceLower)
  const sqrtUpper = Math.sqrt(priceUpper)
  amountsPerLiquidity(priceEntry, sqrtLower, sqrtUpper, scratch)
  const entry0 = scratch[0] as number
  const entry1 = scratch[1] as number
  const prices = new Float64Array(points)
  const impermanentLoss = new Float64Array(points)
  const step = Math.log(priceTo / priceFrom) / (points - 1)
  const lnFrom = Math.log(priceFrom)
  for (let i = 0; i < points; i++) {
    const price = Math.exp(lnFrom + step * i)
    amountsPerLiquidity(price, sqrtLower, sqrtUpper, scratch)
    prices[i] = price
    impermanentLoss[i] =
      ((scratch[0] as number) * price + (scratch[1] as number)) / (entry0 * price + entry1) - 1
  }
  return { prices, impermanentLoss }
}
