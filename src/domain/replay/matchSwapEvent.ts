import { MAX_SQRT_RATIO, MathError, MIN_SQRT_RATIO } from '../../math/index.ts'
import type { V3PoolEvent } from '../pools/poolEvents.ts'
import { runSwapSteps, type SwapReplayInput, type SwapReplayResult } from './runSwapSteps.ts'
import { SwapReplayMismatchError } from './SwapReplayMismatchError.ts'

type SwapEvent = Extract<V3PoolEvent, { kind: 'swap' }>

/** How a Swap event was reproduced. */
export type SwapReplayMode = 'exact-in' | 'exact-out' | 'exact-in-to-limit' | 'exact-out-to-limit'

/** Larger than any real swap: a price-limited swap stops at its limit long before using it. */
const UNBOUNDED_AMOUNT = 1n << 200n

function reproduces(result: SwapReplayResult, event: SwapEvent): boolean {
  return (
    result.amount0 === event.amount0Wei &&
    result.amount1 === event.amount1Wei &&
    result.sqrtPriceX96 === event.sqrtPriceX96 &&
    result.tick === event.tick &&
    result.liquidity === event.liquidity
  )
}

/**
 * The event does not say how the swap was specified, and the rounding of the last step differs
 * between exact input and exact output (and between "ran out of amount" and "hit the price limit"),
 * so each candidate is replayed and the one reproducing the event's amounts, price, tick and
 * liquidity exactly is kept. Its steps carry the exact fee growth.
 * @throws SwapReplayMismatchError when no candidate reproduces the event (missing history)
 */
export function matchSwapEvent(
  pool: SwapReplayInput,
  event: SwapEvent,
): { mode: SwapReplayMode; result: SwapReplayResult } {
  const zeroForOne = event.amount0Wei > 0n || (event.amount0Wei === 0n && event.amount1Wei < 0n)
  const amountIn = zeroForOne ? event.amount0Wei : event.amount1Wei
  const amountOut = zeroForOne ? event.amount1Wei : event.amount0Wei
  const extremeLimit = zeroForOne ? MIN_SQRT_RATIO + 1n : MAX_SQRT_RATIO - 1n
  const candidates: [SwapReplayMode, bigint, bigint][] = []
  if (amountIn > 0n) candidates.push(['exact-in', amountIn, extremeLimit])
  if (amountOut < 0n) candidates.push(['exact-out', amountOut, extremeLimit])
  const limitValid = zeroForOne
    ? event.sqrtPriceX96 < pool.sqrtPriceX96
    : event.sqrtPriceX96 > pool.sqrtPriceX96
  if (limitValid) {
    candidates.push(['exact-in-to-limit', UNBOUNDED_AMOUNT, event.sqrtPriceX96])
    candidates.push(['exact-out-to-limit', -UNBOUNDED_AMOUNT, event.sqrtPriceX96])
  }
  for (const [mode, amountSpecified, limit] of candidates) {
    let result: SwapReplayResult
    try {
      result = runSwapSteps(pool, zeroForOne, amountSpecified, limit)
    } catch (error) {
      // A state the real pool could not have (missing history) is a mismatch, not a crash.
      if (error instanceof MathError) continue
      throw error
    }
    if (reproduces(result, event)) return { mode, result }
  }
  throw new SwapReplayMismatchError({
    blockNumber: event.blockNumber,
    logIndex: event.logIndex,
    details: `amounts ${event.amount0Wei}/${event.amount1Wei}, price ${pool.sqrtPriceX96} → ${event.sqrtPriceX96}, liquidity ${pool.liquidity} → ${event.liquidity}`,
  })
}
