import { MAX_SQRT_RATIO, MAX_TICK, MIN_SQRT_RATIO, MIN_TICK, Q192 } from './constants.ts'
import { MathError } from './errors.ts'
import { isqrt } from './sqrt.ts'
import { getSqrtRatioAtTick, getTickAtSqrtRatio } from './tickMath.ts'
import { assertPositiveNumber, assertSqrtPrice, assertTick } from './validate.ts'

// Human prices: "price" is token0 quoted in token1 (token1 per token0, in whole tokens) unless
// `inverted`, which quotes token1 in token0. Floats here are for display; the exact forms below
// work on raw (wei-per-wei) rationals.

const LN_1_0001 = Math.log(1.0001)
/**
 * Prices within ~1e-12 (relative) of a tick boundary count as on it, so a price produced by
 * tickToPrice maps back to the same tick despite float rounding.
 */
const BOUNDARY_TOLERANCE_TICKS = 1e-8

function assertDecimals(decimals: number, name: string): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 255)
    throw new MathError('DECIMALS', `${name} must be an integer in [0, 255], got ${decimals}`)
}

/**
 * Price at a tick in whole tokens: 1.0001^tick · 10^(decimals0 − decimals1).
 * @param tick integer tick
 * @param decimals0 token0 decimals
 * @param decimals1 token1 decimals
 * @param inverted false: token1 per token0; true: token0 per token1
 * @returns price as a float (display only)
 * @example tickToPrice(0, 18, 18) // 1
 */
export function tickToPrice(tick: number, decimals0: number, decimals1: number, inverted = false): number {
  assertTick(tick)
  assertDecimals(decimals0, 'decimals0')
  assertDecimals(decimals1, 'decimals1')
  const exponent = tick * LN_1_0001 + (decimals0 - decimals1) * Math.LN10
  return Math.exp(inverted ? -exponent : exponent)
}

/**
 * Greatest tick whose price is <= the given price (<= in token0 terms when inverted), like the
 * v3-sdk's priceToClosestTick. Round to a usable tick with nearestUsableTick.
 * @param price whole-token price, > 0
 * @param decimals0 token0 decimals
 * @param decimals1 token1 decimals
 * @param inverted false: price is token1 per token0; true: token0 per token1
 * @returns tick in [MIN_TICK, MAX_TICK]; throws PRICE outside that range
 */
export function priceToTick(price: number, decimals0: number, decimals1: number, inverted = false): number {
  assertPositiveNumber(price, 'price', 'PRICE')
  assertDecimals(decimals0, 'decimals0')
  assertDecimals(decimals1, 'decimals1')
  const lnPrice = Math.log(price) * (inverted ? -1 : 1)
  const lnRawPrice = lnPrice + (decimals1 - decimals0) * Math.LN10
  const tick = Math.floor(lnRawPrice / LN_1_0001 + BOUNDARY_TOLERANCE_TICKS)
  if (tick < MIN_TICK || tick > MAX_TICK)
    throw new MathError('PRICE', `price ${price} is outside the tick range`)
  return tick
}

/**
 * Price of a sqrt price in whole tokens (display only).
 * @param sqrtPriceX96 Q64.96
 * @param inverted false: token1 per token0; true: token0 per token1
 */
export function sqrtPriceX96ToPrice(
  sqrtPriceX96: bigint,
  decimals0: number,
  decimals1: number,
  inverted = false,
): number {
  assertSqrtPrice(sqrtPriceX96)
  assertDecimals(decimals0, 'decimals0')
  assertDecimals(decimals1, 'decimals1')
  const sqrtPrice = Number(sqrtPriceX96) / 2 ** 96
  const price = sqrtPrice * sqrtPrice * 10 ** (decimals0 - decimals1)
  return inverted ? 1 / price : price
}

/** An exact non-negative rational. */
export type Ratio = { numerator: bigint; denominator: bigint }

/**
 * Exact raw price at a tick as the SDK defines it: getSqrtRatioAtTick(tick)^2 / 2^192 (token1 wei per token0 wei).
 */
export function tickToRatio(tick: number): Ratio {
  const sqrtRatioX96 = getSqrtRatioAtTick(tick)
  return { numerator: sqrtRatioX96 * sqrtRatioX96, denominator: Q192 }
}

/**
 * Exact inverse of tickToRatio: the greatest tick with tickToRatio(tick) <= numerator/denominator.
 * @param numerator raw token1 amount (wei)
 * @param denominator raw token0 amount (wei)
 */
export function ratioToTick(numerator: bigint, denominator: bigint): number {
  if (numerator <= 0n || denominator <= 0n) throw new MathError('PRICE', 'ratio terms must be > 0')
  // For integer k: k <= floor(sqrt(floor(y))) ⇔ k² <= y, so this floor sqrt decides the tick exactly.
  const sqrtRatioX96 = isqrt((numerator << 192n) / denominator)
  if (sqrtRatioX96 >= MAX_SQRT_RATIO) return MAX_TICK
  if (sqrtRatioX96 < MIN_SQRT_RATIO) throw new MathError('PRICE', 'ratio is below the price at MIN_TICK')
  return getTickAtSqrtRatio(sqrtRatioX96)
}

/**
 * encodeSqrtRatioX96: floor(sqrt(amount1/amount0) · 2^96), the price of a pool initialised at amount1/amount0.
 * @param amount1 raw token1 amount
 * @param amount0 raw token0 amount
 */
export function encodeSqrtRatioX96(amount1: bigint, amount0: bigint): bigint {
  if (amount1 <= 0n || amount0 <= 0n) throw new MathError('PRICE', 'amounts must be > 0')
  return isqrt((amount1 << 192n) / amount0)
}

/**
 * The usable tick (a multiple of tickSpacing) nearest to tick, kept inside [MIN_TICK, MAX_TICK].
 * @param tick integer tick
 * @param tickSpacing pool tick spacing, integer > 0
 * @example nearestUsableTick(-887272, 60) // -887220
 */
export function nearestUsableTick(tick: number, tickSpacing: number): number {
  assertTick(tick)
  if (!Number.isInteger(tickSpacing) || tickSpacing <= 0)
    throw new MathError('TICK_SPACING', `tickSpacing must be an integer > 0, got ${tickSpacing}`)
  const rounded = Math.round(tick / tickSpacing) * tickSpacing
  if (rounded < MIN_TICK) return rounded + tickSpacing
  if (rounded > MAX_TICK) return rounded - tickSpacing
  return rounded === 0 ? 0 : rounded // no -0
}
