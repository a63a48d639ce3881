import { MathError } from '../../math/errors.ts'
import { nearestUsableTick, priceToTick } from '../../math/index.ts'
import { tickFromPrice } from './validateRange.ts'

/**
 * The tick a typed price snaps to: the greatest tick at or below it (in the typed direction), then the
 * nearest multiple of the spacing. Flipped (token0 per token1), the tick of 1/price.
 */
export function tickFromTypedPrice(
  price: number,
  decimals0: number,
  decimals1: number,
  tickSpacing: number,
  inverted = false,
): number {
  return nearestUsableTick(priceToTick(price, decimals0, decimals1, inverted), tickSpacing)
}

/** Typed min/max prices of a range as snapped ticks, or the message to show. */
export type RangePricesResult =
  | { ok: true; tickLower: number; tickUpper: number }
  | { ok: false; message: string }

const PLAIN_DECIMAL = /^\d+(\.\d*)?$|^\.\d+$/

/**
 * Turns the min and max prices typed for a range (whole token1 per token0) into ticks snapped to the
 * spacing, refusing anything that is not a plain positive decimal, an inverted range, or a price beyond
 * the protocol's tick limits. Prices are floats here: ticks are a log scale snapped to the spacing anyway.
 * @example validateRangePrices('2200', '1800', { decimals0: 18, decimals1: 6, tickSpacing: 60 }) // { ok: false, message: 'The min price must be below the max price.' }
 */
export function validateRangePrices(
  lowerText: string,
  upperText: string,
  pool: { decimals0: number; decimals1: number; tickSpacing: number; inverted?: boolean },
): RangePricesResult {
  const lower = lowerText.trim()
  const upper = upperText.trim()
  if (lower === '' || upper === '') return { ok: false, message: 'Enter both a min and a max price.' }
  if (lower.startsWith('-') || upper.startsWith('-'))
    return { ok: false, message: 'Prices cannot be negative.' }
  if (!PLAIN_DECIMAL.test(lower) || !PLAIN_DECIMAL.test(upper))
    return { ok: false, message: 'Write the prices as plain decimal numbers, like 1800.5.' }
  const lowerPrice = Number(lower)
  const upperPrice = Number(upper)
  if (!(lowerPrice > 0) || !(upperPrice > 0)) return { ok: false, message: 'Prices must be above 0.' }
  if (lowerPrice >= upperPrice) return { ok: false, message: 'The min price must be below the max price.' }
  try {
    const { decimals0, decimals1, tickSpacing } = pool
    // Flipped (token0 per token1): the typed min is 1/price of the upper tick, the max of the lower.
    if (pool.inverted)
      return {
        ok: true,
        tickLower: tickFromTypedPrice(upperPrice, decimals0, decimals1, tickSpacing, true),
        tickUpper: tickFromTypedPrice(lowerPrice, decimals0, decimals1, tickSpacing, true),
      }
    return {
      ok: true,
      tickLower: tickFromPrice(lowerPrice, decimals0, decimals1, tickSpacing),
      tickUpper: tickFromPrice(upperPrice, decimals0, decimals1, tickSpacing),
    }
  } catch (error) {
    if (!(error instanceof MathError)) throw error
    return { ok: false, message: 'This price is outside what a Uniswap V3 pool can represent.' }
  }
}
