import { sqrtPriceX96ToPrice } from '../../math/index.ts'
import { wholeTokens } from './wholeTokens.ts'

/** Tooltip text: the basis of the pool price, as {@link poolPriceV3} and {@link poolPriceV2} compute it. */
export const POOL_PRICE_BASIS =
  'Token1 per token0 in whole tokens (decimals applied), at the block shown: V3 from slot0.sqrtPriceX96 as (√P / 2^96)² × 10^(decimals0 − decimals1); V2 from the reserves as reserve1 / reserve0.'

/**
 * THE pool price of a V3 pool: whole token1 per whole token0 from slot0's sqrtPriceX96,
 * (sqrtPriceX96 / 2^96)² · 10^(decimals0 − decimals1). Float (display figure).
 * @returns null for an uninitialized pool (sqrtPriceX96 = 0)
 * @example poolPriceV3(79228162514264337593543950336n, 18, 18) // 1
 */
export function poolPriceV3(sqrtPriceX96: bigint, decimals0: number, decimals1: number): number | null {
  return sqrtPriceX96 > 0n ? sqrtPriceX96ToPrice(sqrtPriceX96, decimals0, decimals1) : null
}

/**
 * THE pool price of a V2 pair: whole token1 per whole token0 from its reserves at one block,
 * (reserve1 / 10^decimals1) / (reserve0 / 10^decimals0). Float (display figure).
 * @returns null for an empty pair
 * @example poolPriceV2(2n * 10n ** 18n, 4_000n * 10n ** 6n, 18, 6) // 2000
 */
export function poolPriceV2(
  reserve0Wei: bigint,
  reserve1Wei: bigint,
  decimals0: number,
  decimals1: number,
): number | null {
  if (reserve0Wei <= 0n || reserve1Wei <= 0n) return null
  return wholeTokens(reserve1Wei, decimals1) / wholeTokens(reserve0Wei, decimals0)
}
