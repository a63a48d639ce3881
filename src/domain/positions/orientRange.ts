import type { PriceRange, TokenMeta } from './model.ts'

/** A price range in one quote direction: prices are `quote` per one `base`, lower ≤ upper. */
export interface OrientedRange {
  base: TokenMeta
  quote: TokenMeta
  lower: number
  current: number
  upper: number
  /** (bound / current − 1) × 100 in this direction: negative below the price, positive above. */
  distanceToLowerPct: number
  distanceToUpperPct: number
}

/**
 * The range of a V3 position priced as token0 in token1 (inverted = false) or token1 in token0.
 * Distances are recomputed per direction: inverting swaps which bound is nearer.
 * @param fullRange the range spans every usable tick (isFullRange): its bounds are exactly 0 and ∞
 */
export function orientRange(
  range: PriceRange,
  token0: TokenMeta,
  token1: TokenMeta,
  inverted: boolean,
  fullRange = false,
): OrientedRange {
  const lower = fullRange ? 0 : inverted ? range.lowerPrice1In0 : range.lowerPrice0In1
  const current = inverted ? range.currentPrice1In0 : range.currentPrice0In1
  const upper = fullRange ? Number.POSITIVE_INFINITY : inverted ? range.upperPrice1In0 : range.upperPrice0In1
  return {
    base: inverted ? token1 : token0,
    quote: inverted ? token0 : token1,
    lower,
    current,
    upper,
    distanceToLowerPct: (lower / current - 1) * 100,
    distanceToUpperPct: (upper / current - 1) * 100,
  }
}
