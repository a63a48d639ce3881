import { Q96 } from '../../math/index.ts'
import { type TokenPairUsdParameters, tokenPairUsd } from './poolTvl.ts'

/** Tooltip text: the basis of the active-liquidity value, as {@link activeLiquidityUsd} computes it. */
export const ACTIVE_LIQUIDITY_USD_BASIS =
  'The pool’s in-range liquidity L as a dollar value: its virtual reserves at the current price (L/√P of token0 and L·√P of token1), i.e. what a full-range (V2) pool would have to hold to be as deep here; each token at its exact-route USD price. A V2 pair: its reserves. Deeper means less price impact per dollar traded.'

/**
 * The virtual reserves of active liquidity L at a price: x = L·2^96/√P (token0 wei), y = L·√P/2^96
 * (token1 wei), both floored. A V2 pair's reserves are its virtual reserves.
 * @param liquidity active liquidity L
 * @param sqrtPriceX96 the pool's √P as Q64.96 (must be > 0)
 * @example activeLiquidityVirtualReserves(10n ** 18n, 2n ** 96n) // [10n ** 18n, 10n ** 18n]
 */
export function activeLiquidityVirtualReserves(
  liquidity: bigint,
  sqrtPriceX96: bigint,
): readonly [bigint, bigint] {
  if (sqrtPriceX96 <= 0n) return [0n, 0n]
  return [(liquidity * Q96) / sqrtPriceX96, (liquidity * sqrtPriceX96) / Q96]
}

/**
 * THE value of a pool's active liquidity in USD: its virtual reserves at the current price
 * ({@link activeLiquidityVirtualReserves}) valued like TVL. Shown instead of raw L, which has no unit a
 * reader knows. Float (display figure); exact wei until the pricing.
 * @returns null when a token of a non-zero reserve has no price
 * @example activeLiquidityUsd({ liquidity: 10n ** 18n, sqrtPriceX96: 2n ** 96n, decimals0: 18, decimals1: 18, price0Usd: 1, price1Usd: 1 }) // 2
 */
export function activeLiquidityUsd(
  parameters: { liquidity: bigint; sqrtPriceX96: bigint } & Omit<
    TokenPairUsdParameters,
    'amount0Wei' | 'amount1Wei'
  >,
): number | null {
  const [amount0Wei, amount1Wei] = activeLiquidityVirtualReserves(
    parameters.liquidity,
    parameters.sqrtPriceX96,
  )
  return tokenPairUsd({ ...parameters, amount0Wei, amount1Wei })
}
