import {
  computeSwapStep,
  getSqrtRatioAtTick,
  getTickAtSqrtRatio,
  type InitializedTick,
  MAX_TICK,
  MIN_TICK,
  mulDiv,
  Q128,
} from '../../math/index.ts'

/** The pool state a replayed swap reads (not mutated). */
export interface SwapReplayInput {
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  feePips: number
  tickSpacing: number
  /** slot0.feeProtocol: token0's share divisor in the low 4 bits, token1's in the high 4. */
  feeProtocol: number
  /** Initialized ticks, ascending. */
  ticks: readonly InitializedTick[]
}

/** One computeSwapStep of the pool's loop, with what a fee-growth observer needs. */
export interface SwapStep {
  zeroForOne: boolean
  sqrtPriceStartX96: bigint
  sqrtPriceEndX96: bigint
  tickStart: number
  tickEnd: number
  /** Active liquidity during the step (before any crossing at its end). */
  liquidity: bigint
  /** amountRemaining before the step (int256: > 0 exact in, < 0 exact out). */
  amountRemaining: bigint
  /** LP share of the fee (after the protocol cut), input-token wei. */
  lpFeeWei: bigint
  /** Added to the input token's feeGrowthGlobalX128 (0 when liquidity is 0). */
  feeGrowthDeltaX128: bigint
  /** Initialized tick crossed at the end of the step, if any. */
  crossedTick: number | null
}

/** What a replayed swap did: the pool's deltas, end state and every step. */
export interface SwapReplayResult {
  amount0: bigint
  amount1: bigint
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  steps: SwapStep[]
}

/** Index of the last tick <= value in the ascending list, or -1. */
function lastAtOrBelow(ticks: readonly InitializedTick[], value: number): number {
  let low = 0
  let high = ticks.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((ticks[middle] as InitializedTick).tick <= value) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** TickBitmap.nextInitializedTickWithinOneWord over a sorted tick list (steps never pass a word end). */
function nextTick(
  ticks: readonly InitializedTick[],
  tick: number,
  tickSpacing: number,
  zeroForOne: boolean,
): { tickNext: number; index: number } {
  const compressed = Math.floor(tick / tickSpacing)
  if (zeroForOne) {
    const wordStart = (compressed - (compressed & 255)) * tickSpacing
    const index = lastAtOrBelow(ticks, compressed * tickSpacing)
    const candidate = ticks[index]
    return candidate && candidate.tick >= wordStart
      ? { tickNext: candidate.tick, index }
      : { tickNext: wordStart, index: -1 }
  }
  const next = compressed + 1
  const wordEnd = (next + 255 - (next & 255)) * tickSpacing
  const index = lastAtOrBelow(ticks, next * tickSpacing - 1) + 1
  const candidate = ticks[index]
  return candidate && candidate.tick <= wordEnd
    ? { tickNext: candidate.tick, index }
    : { tickNext: wordEnd, index: -1 }
}

/**
 * UniswapV3Pool.swap's loop, step by step: like `simulateSwap` (src/math) but it returns every step
 * (prices, liquidity, fee growth, crossed tick) so a replay can update tick fee-growth-outside values
 * and a backtest can find where a range's bounds were crossed. The caller validates the limit.
 * @param pool the state before the swap
 * @param zeroForOne direction; amountSpecified > 0 exact input, < 0 exact output (wei)
 * @returns the pool's token deltas, end state and steps
 */
export function runSwapSteps(
  pool: SwapReplayInput,
  zeroForOne: boolean,
  amountSpecified: bigint,
  sqrtPriceLimitX96: bigint,
): SwapReplayResult {
  const feeProtocol = zeroForOne ? pool.feeProtocol % 16 : pool.feeProtocol >> 4
  const exactInput = amountSpecified > 0n
  let remaining = amountSpecified
  let calculated = 0n
  let sqrtPriceX96 = pool.sqrtPriceX96
  let tick = pool.tick
  let liquidity = pool.liquidity
  const steps: SwapStep[] = []
  while (remaining !== 0n && sqrtPriceX96 !== sqrtPriceLimitX96) {
    const sqrtPriceStartX96 = sqrtPriceX96
    const tickStart = tick
    const next = nextTick(pool.ticks, tick, pool.tickSpacing, zeroForOne)
    const tickNext = Math.min(MAX_TICK, Math.max(MIN_TICK, next.tickNext))
    const sqrtPriceNextX96 = getSqrtRatioAtTick(tickNext)
    const pastLimit = zeroForOne ? sqrtPriceNextX96 < sqrtPriceLimitX96 : sqrtPriceNextX96 > sqrtPriceLimitX96
    const step = computeSwapStep(
      sqrtPriceX96,
      pastLimit ? sqrtPriceLimitX96 : sqrtPriceNextX96,
      liquidity,
      remaining,
      pool.feePips,
    )
    const amountRemaining = remaining
    sqrtPriceX96 = step.sqrtRatioNextX96
    if (exactInput) {
      remaining -= step.amountIn + step.feeAmount
      calculated -= step.amountOut
    } else {
      remaining += step.amountOut
      calculated += step.amountIn + step.feeAmount
    }
    const lpFeeWei = feeProtocol > 0 ? step.feeAmount - step.feeAmount / BigInt(feeProtocol) : step.feeAmount
    const feeGrowthDeltaX128 = liquidity > 0n ? mulDiv(lpFeeWei, Q128, liquidity) : 0n
    const liquidityDuringStep = liquidity
    let crossedTick: number | null = null
    if (sqrtPriceX96 === sqrtPriceNextX96) {
      if (next.index >= 0) {
        const liquidityNet = (pool.ticks[next.index] as InitializedTick).liquidityNet
        liquidity += zeroForOne ? -liquidityNet : liquidityNet
        crossedTick = tickNext
      }
      tick = zeroForOne ? tickNext - 1 : tickNext
    } else if (sqrtPriceX96 !== sqrtPriceStartX96) {
      tick = getTickAtSqrtRatio(sqrtPriceX96)
    }
    steps.push({
      zeroForOne,
      sqrtPriceStartX96,
      sqrtPriceEndX96: sqrtPriceX96,
      tickStart,
      tickEnd: tick,
      liquidity: liquidityDuringStep,
      amountRemaining,
      lpFeeWei,
      feeGrowthDeltaX128,
      crossedTick,
    })
  }
  const [amount0, amount1] =
    zeroForOne === exactInput
      ? [amountSpecified - remaining, calculated]
      : [calculated, amountSpecified - remaining]
  return { amount0, amount1, sqrtPriceX96, tick, liquidity, steps }
}
