import { describe, expect, it } from 'vitest'
import { getSqrtRatioAtTick, MIN_SQRT_RATIO } from '../../math/index.ts'
import { matchSwapEvent } from './matchSwapEvent.ts'
import { runSwapSteps, type SwapReplayInput } from './runSwapSteps.ts'
import { SwapReplayMismatchError } from './SwapReplayMismatchError.ts'

const E18 = 10n ** 18n
const pool: SwapReplayInput = {
  sqrtPriceX96: getSqrtRatioAtTick(0),
  tick: 0,
  liquidity: 3n * E18,
  feePips: 3000,
  tickSpacing: 60,
  feeProtocol: 0,
  ticks: [
    { tick: -600, liquidityNet: 3n * E18 },
    { tick: 600, liquidityNet: -3n * E18 },
  ],
}
const at = { blockNumber: 1n, logIndex: 0, timestamp: 0 }

function eventOf(result: ReturnType<typeof runSwapSteps>) {
  return {
    ...at,
    kind: 'swap' as const,
    amount0Wei: result.amount0,
    amount1Wei: result.amount1,
    sqrtPriceX96: result.sqrtPriceX96,
    liquidity: result.liquidity,
    tick: result.tick,
  }
}

describe('#matchSwapEvent', () => {
  it('recognizes an exact-output swap (exact input would round its fee differently)', () => {
    const exactOut = runSwapSteps(pool, true, -(E18 / 70n), MIN_SQRT_RATIO + 1n)
    const { mode, result } = matchSwapEvent(pool, eventOf(exactOut))
    expect(mode).toBe('exact-out')
    expect(exactOut.amount1).toBe(-(E18 / 70n))
    expect(result.steps.map((s) => s.feeGrowthDeltaX128)).toEqual(
      exactOut.steps.map((s) => s.feeGrowthDeltaX128),
    )
    // Replaying it as exact input of the same amount0 would not land on the same price.
    const asExactIn = runSwapSteps(pool, true, exactOut.amount0, MIN_SQRT_RATIO + 1n)
    expect(asExactIn.sqrtPriceX96 === exactOut.sqrtPriceX96 && asExactIn.amount1 === exactOut.amount1).toBe(
      false,
    )
  })

  it('recognizes a swap stopped by its price limit', () => {
    const limit = getSqrtRatioAtTick(-123)
    const limited = runSwapSteps(pool, true, E18, limit)
    expect(limited.sqrtPriceX96).toBe(limit)
    expect(matchSwapEvent(pool, eventOf(limited)).mode).toBe('exact-in-to-limit')
  })

  it('throws SwapReplayMismatchError when the event does not fit the state (missing history)', () => {
    const real = runSwapSteps(pool, true, E18 / 10n, MIN_SQRT_RATIO + 1n)
    const wrong = { ...eventOf(real), liquidity: real.liquidity + 1n }
    expect(() => matchSwapEvent(pool, wrong)).toThrow(SwapReplayMismatchError)
  })
})
