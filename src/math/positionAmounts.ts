import { getAmount0Delta, getAmount1Delta } from './sqrtPriceMath.ts'
import { getSqrtRatioAtTick } from './tickMath.ts'

/**
 * Principal of a concentrated-liquidity position exactly as the pool pays it on a full removal (V3
 * `Pool._modifyPosition`, V4 `Pool.modifyLiquidity`): branches on the pool's current tick (not on the
 * sqrt price) and rounds down.
 * @param tickCurrent the pool's slot0 tick
 * @param sqrtPriceX96 the pool's slot0 sqrt price, Q64.96
 * @returns token0 and token1 amounts in wei
 * @example getPositionAmounts(-200_000, sqrtPriceX96, -201_000, -199_000, 10n ** 15n) // { amount0, amount1 }
 */
export function getPositionAmounts(
  tickCurrent: number,
  sqrtPriceX96: bigint,
  tickLower: number,
  tickUpper: number,
  liquidity: bigint,
): { amount0: bigint; amount1: bigint } {
  if (liquidity === 0n) return { amount0: 0n, amount1: 0n }
  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  if (tickCurrent < tickLower)
    return { amount0: getAmount0Delta(sqrtLowerX96, sqrtUpperX96, liquidity, false), amount1: 0n }
  if (tickCurrent < tickUpper)
    return {
      amount0: getAmount0Delta(sqrtPriceX96, sqrtUpperX96, liquidity, false),
      amount1: getAmount1Delta(sqrtLowerX96, sqrtPriceX96, liquidity, false),
    }
  return { amount0: 0n, amount1: getAmount1Delta(sqrtLowerX96, sqrtUpperX96, liquidity, false) }
}
