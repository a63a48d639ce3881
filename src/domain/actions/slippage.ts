import {
  getAmount0Delta,
  getAmount1Delta,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  getTickAtSqrtRatio,
  isqrt,
  MAX_SQRT_RATIO,
  MIN_SQRT_RATIO,
} from '../../math/index.ts'

/** Basis points in 100 %. */
export const BPS = 10_000n

/**
 * amount·(1 − slippage), floored: the least a V2 add / a removal may return.
 * @param slippageBps tolerance in basis points (50 = 0.5 %)
 */
export function applySlippageDown(amountWei: bigint, slippageBps: number): bigint {
  return (amountWei * (BPS - BigInt(slippageBps))) / BPS
}

/**
 * sqrtPrice for price·(1 ± slippage), as the v3-sdk's `ratiosAfterSlippage` computes it:
 * floor(sqrt(floor(sqrtP² · (1 ± s)))), clamped only to the tick-math limits (MIN_SQRT_RATIO + 1,
 * MAX_SQRT_RATIO − 1), never to the position's range.
 */
export function shiftSqrtPriceX96(
  sqrtPriceX96: bigint,
  slippageBps: number,
  direction: 'up' | 'down',
): bigint {
  const factorBps = direction === 'up' ? BPS + BigInt(slippageBps) : BPS - BigInt(slippageBps)
  const shifted = isqrt((sqrtPriceX96 * sqrtPriceX96 * factorBps) / BPS)
  if (shifted <= MIN_SQRT_RATIO) return MIN_SQRT_RATIO + 1n
  if (shifted >= MAX_SQRT_RATIO) return MAX_SQRT_RATIO - 1n
  return shifted
}

/**
 * What pool.mint takes for `liquidity` at a price (rounded up), branching on the tick as the pool does.
 */
function amountsForLiquidityUp(
  sqrtPriceX96: bigint,
  tickLower: number,
  tickUpper: number,
  liquidity: bigint,
): { amount0Wei: bigint; amount1Wei: bigint } {
  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  const tick = getTickAtSqrtRatio(sqrtPriceX96)
  if (tick < tickLower)
    return { amount0Wei: getAmount0Delta(sqrtLowerX96, sqrtUpperX96, liquidity, true), amount1Wei: 0n }
  if (tick < tickUpper)
    return {
      amount0Wei: getAmount0Delta(sqrtPriceX96, sqrtUpperX96, liquidity, true),
      amount1Wei: getAmount1Delta(sqrtLowerX96, sqrtPriceX96, liquidity, true),
    }
  return { amount0Wei: 0n, amount1Wei: getAmount1Delta(sqrtLowerX96, sqrtUpperX96, liquidity, true) }
}

/**
 * Mint minimums as the contracts' price bounds imply (amm-reference §9, v3-sdk
 * `Position.mintAmountsWithSlippage`): the liquidity the mint creates at the current price
 * (LiquidityAmounts rounding, re-derived from the amounts it takes, as the sdk does), then
 * amount0Min = the token0 that liquidity takes at P·(1 + s) and amount1Min = the token1 it takes at
 * P·(1 − s). A price move beyond the tolerance makes the NPM revert with "Price slippage check"; a
 * tolerance band wider than the range gives one side a minimum of 0 (see `zeroSideMinimums`).
 */
export function v3MintMinimums(parameters: {
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  slippageBps: number
}): { amount0MinWei: bigint; amount1MinWei: bigint } {
  const { sqrtPriceX96, tickLower, tickUpper, amount0DesiredWei, amount1DesiredWei, slippageBps } = parameters
  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  const desiredLiquidity = getLiquidityForAmounts(
    sqrtPriceX96,
    sqrtLowerX96,
    sqrtUpperX96,
    amount0DesiredWei,
    amount1DesiredWei,
  )
  const taken = amountsForLiquidityUp(sqrtPriceX96, tickLower, tickUpper, desiredLiquidity)
  const liquidity = getLiquidityForAmounts(
    sqrtPriceX96,
    sqrtLowerX96,
    sqrtUpperX96,
    taken.amount0Wei,
    taken.amount1Wei,
  )
  const atHigh = amountsForLiquidityUp(
    shiftSqrtPriceX96(sqrtPriceX96, slippageBps, 'up'),
    tickLower,
    tickUpper,
    liquidity,
  )
  const atLow = amountsForLiquidityUp(
    shiftSqrtPriceX96(sqrtPriceX96, slippageBps, 'down'),
    tickLower,
    tickUpper,
    liquidity,
  )
  return { amount0MinWei: atHigh.amount0Wei, amount1MinWei: atLow.amount1Wei }
}

/** Deadline in unix seconds from CHAIN time (the devnet's clock is not the wall clock). */
export function deadlineFromChainTime(latestBlockTimestamp: bigint, deadlineMinutes: number): bigint {
  return latestBlockTimestamp + BigInt(Math.round(deadlineMinutes * 60))
}
