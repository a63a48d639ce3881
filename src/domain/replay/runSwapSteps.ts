import { type InitializedTick, type SwapStep, simulateSwap } from '../../math/index.ts'

export type { SwapStep } from '../../math/index.ts'

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

/** What a replayed swap did: the pool's deltas, end state and every step. */
export interface SwapReplayResult {
  amount0: bigint
  amount1: bigint
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  steps: SwapStep[]
}

/**
 * UniswapV3Pool.swap's loop (the one `simulateSwap` in src/math runs), keeping every step (prices,
 * liquidity, fee growth, crossed tick) so a replay can update tick fee-growth-outside values and a
 * backtest can find where a range's bounds were crossed.
 * @param pool the state before the swap
 * @param zeroForOne direction; amountSpecified > 0 exact input, < 0 exact output (wei)
 * @returns the pool's token deltas, end state and steps
 * @throws MathError when the limit is on the wrong side of the price or a crossing empties liquidity
 */
export function runSwapSteps(
  pool: SwapReplayInput,
  zeroForOne: boolean,
  amountSpecified: bigint,
  sqrtPriceLimitX96: bigint,
): SwapReplayResult {
  const steps: SwapStep[] = []
  const result = simulateSwap(pool, {
    zeroForOne,
    amountSpecified,
    sqrtPriceLimitX96,
    onStep: (step) => steps.push(step),
  })
  return {
    amount0: result.amount0,
    amount1: result.amount1,
    sqrtPriceX96: result.sqrtPriceX96,
    tick: result.tick,
    liquidity: result.liquidity,
    steps,
  }
}
