import {
  getAmount0Delta,
  getAmount1Delta,
  getSqrtRatioAtTick,
  getTickAtSqrtRatio,
  isqrt,
  MAX_SQRT_RATIO,
  MIN_SQRT_RATIO,
} from '../../math/index.ts'

/** Basis points in 100 %. */
const BPS = 10_000n

/** Inputs of burnMinimums: the pool price, the range and the liquidity the burn removes. */
export type BurnMinimumsParameters = {
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  /** Liquidity that decreaseLiquidity removes. */
  liquidity: bigint
  /** Tolerance in basis points (50 = 0.5 %). */
  slippageBps: number
}

/**
 * sqrt price of P·(1 ± tolerance), as v3-sdk's `encodeSqrtRatioX96` of the scaled price: the square
 * root of floor(sqrtP² · (10000 ± bps) / 10000), clamped to the tick-math limits only (never to the range).
 */
export function slippageSqrtBounds(
  sqrtPriceX96: bigint,
  slippageBps: number,
): { sqrtLowerX96: bigint; sqrtUpperX96: bigint } {
  const bps = BigInt(slippageBps)
  const squared = sqrtPriceX96 * sqrtPriceX96
  let sqrtLowerX96 = isqrt((squared * (BPS - bps)) / BPS)
  if (sqrtLowerX96 <= MIN_SQRT_RATIO) sqrtLowerX96 = MIN_SQRT_RATIO + 1n
  let sqrtUpperX96 = isqrt((squared * (BPS + bps)) / BPS)
  if (sqrtUpperX96 >= MAX_SQRT_RATIO) sqrtUpperX96 = MAX_SQRT_RATIO - 1n
  return { sqrtLowerX96, sqrtUpperX96 }
}

/** What pool.burn pays for `liquidity` if the price were `sqrtPriceX96` (rounded down, as the burn rounds). */
function burnAmountsAt(sqrtPriceX96: bigint, tickLower: number, tickUpper: number, liquidity: bigint) {
  const tick = getTickAtSqrtRatio(sqrtPriceX96)
  const sqrtA = getSqrtRatioAtTick(tickLower)
  const sqrtB = getSqrtRatioAtTick(tickUpper)
  if (tick < tickLower) return { amount0: getAmount0Delta(sqrtA, sqrtB, liquidity, false), amount1: 0n }
  if (tick < tickUpper)
    return {
      amount0: getAmount0Delta(sqrtPriceX96, sqrtB, liquidity, false),
      amount1: getAmount1Delta(sqrtA, sqrtPriceX96, liquidity, false),
    }
  return { amount0: 0n, amount1: getAmount1Delta(sqrtA, sqrtB, liquidity, false) }
}

/**
 * Minimums for decreaseLiquidity that hold for any price within ±tolerance (amm-reference §9, v3-sdk
 * `Position.burnAmountsWithSlippage`): amount0Min is what the burn returns at P·(1 + tol) — the least
 * token0 in the band — and amount1Min what it returns at P·(1 − tol). If the band reaches past the range,
 * that side's minimum is 0 by this rule.
 * @example burnMinimums({ sqrtPriceX96: 2n ** 96n, tickLower: -600, tickUpper: 600, liquidity: 10n ** 18n, slippageBps: 50 })
 */
export function burnMinimums(parameters: BurnMinimumsParameters): {
  amount0MinWei: bigint
  amount1MinWei: bigint
} {
  const { sqrtPriceX96, tickLower, tickUpper, liquidity, slippageBps } = parameters
  const { sqrtLowerX96, sqrtUpperX96 } = slippageSqrtBounds(sqrtPriceX96, slippageBps)
  return {
    amount0MinWei: burnAmountsAt(sqrtUpperX96, tickLower, tickUpper, liquidity).amount0,
    amount1MinWei: burnAmountsAt(sqrtLowerX96, tickLower, tickUpper, liquidity).amount1,
  }
}
