import { MAX_SQRT_RATIO, MAX_TICK, MIN_SQRT_RATIO, MIN_TICK, Q128 } from './constants.ts'
import { MathError } from './errors.ts'
import { computeSwapStep } from './swapMath.ts'
import { getSqrtRatioAtTick, getTickAtSqrtRatio } from './tickMath.ts'
import { assertLiquidity, assertSqrtPrice, assertTick } from './validate.ts'

/** An initialized tick of a pool, as TickLens.getPopulatedTicksInWord or pool.ticks() reports it. */
export type InitializedTick = {
  tick: number
  /** int128: liquidity added when the price crosses this tick upwards. */
  liquidityNet: bigint
}

/** The pool state a swap reads: slot0, liquidity, fee and the initialized ticks. */
export type SwapPoolState = {
  sqrtPriceX96: bigint
  /** slot0.tick */
  tick: number
  /** Active liquidity, uint128. */
  liquidity: bigint
  /** Fee tier in pips (3000 = 0.3%). */
  feePips: number
  tickSpacing: number
  /** Every initialized tick of the pool in the swap's direction, sorted ascending. */
  ticks: readonly InitializedTick[]
  /** slot0.feeProtocol (0 when the protocol fee is off). */
  feeProtocol?: number
}

/** One computeSwapStep of the pool's loop, with what a fee-growth observer needs. */
export type SwapStep = {
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

export type SimulateSwapParameters = {
  zeroForOne: boolean
  /** int256 as in pool.swap: > 0 exact input, < 0 exact output (wei). */
  amountSpecified: bigint
  /** Price limit, Q64.96; defaults to the extreme price the quoter and router use. */
  sqrtPriceLimitX96?: bigint
  /**
   * Called after each step, in order: a replay uses it to update tick fee-growth-outside values and a
   * backtest to find where a range's bounds were crossed.
   */
  onStep?: (step: SwapStep) => void
}

export type SwapSimulationResult = {
  /** Pool balance deltas in wei, as pool.swap returns them (positive: paid to the pool). */
  amount0: bigint
  amount1: bigint
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  /** Fee growth per unit of liquidity added to the input token's feeGrowthGlobalX128 (mod 2^256). */
  feeGrowthGlobalDeltaX128: bigint
  /** LP fees plus protocol fees, in input-token wei. */
  feeAmount: bigint
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

/**
 * TickBitmap.nextInitializedTickWithinOneWord: the pool never steps past the end of a 256-tick bitmap
 * word in one swap step, and splitting a step changes the rounding, so the word limit is mirrored.
 */
function nextTickWithinOneWord(
  ticks: readonly InitializedTick[],
  tick: number,
  tickSpacing: number,
  zeroForOne: boolean,
): { tickNext: number; initialized: boolean; index: number } {
  const compressed = Math.floor(tick / tickSpacing)
  if (zeroForOne) {
    const wordStartTick = (compressed - (compressed & 255)) * tickSpacing
    const index = lastAtOrBelow(ticks, compressed * tickSpacing)
    const candidate = ticks[index]
    if (candidate && candidate.tick >= wordStartTick)
      return { tickNext: candidate.tick, initialized: true, index }
    return { tickNext: wordStartTick, initialized: false, index: -1 }
  }
  const next = compressed + 1
  const wordEndTick = (next + 255 - (next & 255)) * tickSpacing
  const index = lastAtOrBelow(ticks, next * tickSpacing - 1) + 1
  const candidate = ticks[index]
  if (candidate && candidate.tick <= wordEndTick)
    return { tickNext: candidate.tick, initialized: true, index }
  return { tickNext: wordEndTick, initialized: false, index: -1 }
}

/**
 * UniswapV3Pool.swap replayed off-chain: the same steps (computeSwapStep per tick or bitmap word),
 * the same rounding and liquidity changes at crossed ticks, so the amounts equal the contract's to
 * the wei (and QuoterV2's quotes, which run the real swap and revert).
 * @param pool slot0, liquidity, fee, tick spacing and the initialized ticks (ascending)
 * @param parameters direction, amountSpecified (> 0 exact in, < 0 exact out) and optional price limit
 * @returns the pool's token deltas and the state after the swap
 * @example simulateSwap(pool, { zeroForOne: true, amountSpecified: 10n ** 18n }).amount1 // -(token1 out)
 */
export function simulateSwap(pool: SwapPoolState, parameters: SimulateSwapParameters): SwapSimulationResult {
  const { zeroForOne, amountSpecified } = parameters
  assertSqrtPrice(pool.sqrtPriceX96, 'sqrtPriceX96')
  assertTick(pool.tick, 'tick')
  assertLiquidity(pool.liquidity)
  if (!Number.isInteger(pool.tickSpacing) || pool.tickSpacing <= 0)
    throw new MathError('TICK_SPACING', `tickSpacing must be a positive integer, got ${pool.tickSpacing}`)
  if (typeof amountSpecified !== 'bigint' || amountSpecified === 0n)
    throw new MathError('AMOUNT', 'amountSpecified must be a non-zero bigint')
  const limit = parameters.sqrtPriceLimitX96 ?? (zeroForOne ? MIN_SQRT_RATIO + 1n : MAX_SQRT_RATIO - 1n)
  const limitValid = zeroForOne
    ? limit < pool.sqrtPriceX96 && limit > MIN_SQRT_RATIO
    : limit > pool.sqrtPriceX96 && limit < MAX_SQRT_RATIO
  if (!limitValid) throw new MathError('PRICE', 'sqrtPriceLimitX96 is on the wrong side of the price (SPL)')
  const feeProtocol = zeroForOne ? (pool.feeProtocol ?? 0) % 16 : (pool.feeProtocol ?? 0) >> 4
  const exactInput = amountSpecified > 0n

  let remaining = amountSpecified
  let calculated = 0n
  let sqrtPriceX96 = pool.sqrtPriceX96
  let tick = pool.tick
  let liquidity = pool.liquidity
  let feeGrowthDeltaX128 = 0n
  let feeTotal = 0n
  while (remaining !== 0n && sqrtPriceX96 !== limit) {
    const sqrtPriceStartX96 = sqrtPriceX96
    const tickStart = tick
    const liquidityDuringStep = liquidity
    const amountRemaining = remaining
    const next = nextTickWithinOneWord(pool.ticks, tick, pool.tickSpacing, zeroForOne)
    const tickNext = Math.min(MAX_TICK, Math.max(MIN_TICK, next.tickNext))
    const sqrtPriceNextX96 = getSqrtRatioAtTick(tickNext)
    const pastLimit = zeroForOne ? sqrtPriceNextX96 < limit : sqrtPriceNextX96 > limit
    const step = computeSwapStep(
      sqrtPriceX96,
      pastLimit ? limit : sqrtPriceNextX96,
      liquidity,
      remaining,
      pool.feePips,
    )
    sqrtPriceX96 = step.sqrtRatioNextX96
    if (exactInput) {
      remaining -= step.amountIn + step.feeAmount
      calculated -= step.amountOut
    } else {
      remaining += step.amountOut
      calculated += step.amountIn + step.feeAmount
    }
    feeTotal += step.feeAmount
    const lpFee = feeProtocol > 0 ? step.feeAmount - step.feeAmount / BigInt(feeProtocol) : step.feeAmount
    const stepFeeGrowthX128 = liquidity > 0n ? (lpFee * Q128) / liquidity : 0n
    feeGrowthDeltaX128 = BigInt.asUintN(256, feeGrowthDeltaX128 + stepFeeGrowthX128)
    let crossedTick: number | null = null
    if (sqrtPriceX96 === sqrtPriceNextX96) {
      if (next.initialized) {
        crossedTick = tickNext
        const liquidityNet = (pool.ticks[next.index] as InitializedTick).liquidityNet
        liquidity += zeroForOne ? -liquidityNet : liquidityNet
        if (liquidity < 0n) throw new MathError('LIQUIDITY', 'crossing a tick made liquidity negative (LS)')
      }
      tick = zeroForOne ? tickNext - 1 : tickNext
    } else if (sqrtPriceX96 !== sqrtPriceStartX96) {
      tick = getTickAtSqrtRatio(sqrtPriceX96)
    }
    parameters.onStep?.({
      zeroForOne,
      sqrtPriceStartX96,
      sqrtPriceEndX96: sqrtPriceX96,
      tickStart,
      tickEnd: tick,
      liquidity: liquidityDuringStep,
      amountRemaining,
      lpFeeWei: lpFee,
      feeGrowthDeltaX128: stepFeeGrowthX128,
      crossedTick,
    })
  }
  const [amount0, amount1] =
    zeroForOne === exactInput
      ? [amountSpecified - remaining, calculated]
      : [calculated, amountSpecified - remaining]
  return {
    amount0,
    amount1,
    sqrtPriceX96,
    tick,
    liquidity,
    feeGrowthGlobalDeltaX128: feeGrowthDeltaX128,
    feeAmount: feeTotal,
  }
}
