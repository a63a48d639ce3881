import type { PositionViewOk } from '../positions/model.ts'
import type { ExactRatio } from './historyShare.ts'

const Q192 = 2n ** 192n

/**
 * The position's own pool price as an exact ratio: token1 wei per token0 wei. V3 and V4: sqrtPriceX96² / 2¹⁹²
 * (slot0 of the position's pool); V2: reserve1 / reserve0 of the pair. Null when the pool has no price
 * (empty reserves).
 */
export function poolPriceOf(position: PositionViewOk): ExactRatio | null {
  const concentrated = position.v3 ?? position.v4
  if (concentrated) return { numerator: concentrated.sqrtPriceX96 ** 2n, denominator: Q192 }
  if (position.v2 && position.v2.reserve0Wei > 0n && position.v2.reserve1Wei > 0n)
    return { numerator: position.v2.reserve1Wei, denominator: position.v2.reserve0Wei }
  return null
}

/**
 * amount0 + amount1 valued in token1 wei at `price` (token1 wei per token0 wei), exact: one floor
 * division of the whole sum, so differences of two values are off by at most 1 wei.
 * @example valueInToken1Wei(2n, 5n, { numerator: 3n, denominator: 1n }) // 11n
 */
export function valueInToken1Wei(amount0Wei: bigint, amount1Wei: bigint, price: ExactRatio): bigint {
  const product = amount0Wei * price.numerator + amount1Wei * price.denominator
  const quotient = product / price.denominator
  return product % price.denominator !== 0n && product < 0n ? quotient - 1n : quotient
}
