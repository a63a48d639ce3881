import { tickToPrice } from '../../math/index.ts'
import type { PriceRange } from './model.ts'

/**
 * A concentrated-liquidity position's range and the pool's current price in human units, both quote
 * directions (V3 and V4 alike).
 * @param d0 token0 decimals
 * @param d1 token1 decimals
 */
export function priceRange(
  tickLower: number,
  tickCurrent: number,
  tickUpper: number,
  d0: number,
  d1: number,
): PriceRange {
  return {
    lowerPrice0In1: tickToPrice(tickLower, d0, d1),
    currentPrice0In1: tickToPrice(tickCurrent, d0, d1),
    upperPrice0In1: tickToPrice(tickUpper, d0, d1),
    lowerPrice1In0: tickToPrice(tickUpper, d0, d1, true),
    currentPrice1In0: tickToPrice(tickCurrent, d0, d1, true),
    upperPrice1In0: tickToPrice(tickLower, d0, d1, true),
  }
}
