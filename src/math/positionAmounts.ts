import {
  getAmount0Delta,
  getAmount0DeltaSigned,
  getAmount1Delta,
  getAmount1DeltaSigned,
} from './sqrtPriceMath.ts'
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

/**
 * The signed token amounts a liquidity change moves, as the pool computes them (V3
 * `Pool._modifyPosition`, V4 `Pool.modifyLiquidity`): positive = owed to the pool (a deposit,
 * liquidityDelta > 0, rounds up), negative = paid out (a removal, liquidityDelta < 0, rounds down);
 * branches on the pool's tick like getPositionAmounts. Fees are not included.
 * @param tickCurrent the pool's slot0 tick just before the change
 * @param sqrtPriceX96 the pool's slot0 sqrt price just before the change, Q64.96
 * @param liquidityDelta int128 liquidity change
 * @returns int256 token0 and token1 amounts in wei
 * @example getModifyLiquidityAmounts(0, 2n ** 96n, -60, 60, -10n ** 18n) // both negative: paid out
 */
export function getModifyLiquidityAmounts(
  tickCurrent: number,
  sqrtPriceX96: bigint,
  tickLower: number,
  tickUpper: number,
  liquidityDelta: bigint,
): { amount0: bigint; amount1: bigint } {
  if (liquidityDelta === 0n) return { amount0: 0n, amount1: 0n }
  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  if (tickCurrent < tickLower)
    return { amount0: getAmount0DeltaSigned(sqrtLowerX96, sqrtUpperX96, liquidityDelta), amount1: 0n }
  if (tickCurrent < tickUpper)
    return {
      amount0: getAmount0DeltaSigned(sqrtPriceX96, sqrtUpperX96, liquidityDelta),
      amount1: getAmount1DeltaSigned(sqrtLowerX96, sqrtPriceX96, liquidityDelta),
    }
  return { amount0: 0n, amount1: getAmount1DeltaSigned(sqrtLowerX96, sqrtUpperX96, liquidityDelta) }
}
