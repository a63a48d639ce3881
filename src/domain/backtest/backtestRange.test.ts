import { describe, expect, it } from 'vitest'
import {
  computeSwapStep,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  MAX_SQRT_RATIO,
  mulDiv,
  Q128,
} from '../../math/index.ts'
import type { V3PoolEvent } from '../pools/poolEvents.ts'
import { applyV3PoolEvent } from '../replay/applyV3PoolEvent.ts'
import { runSwapSteps } from '../replay/runSwapSteps.ts'
import { createV3ReplayState, sortedInitializedTicks } from '../replay/v3ReplayState.ts'
import { BacktestInputError } from './BacktestInputError.ts'
import { backtestRange } from './backtestRange.ts'
import type { BacktestParameters } from './types.ts'

const E18 = 10n ** 18n
const L_POOL = 3n * E18

/** A 0.3 % pool at tick 0 with 3e18 liquidity on [-600, 600]; swaps produced by the pool's own loop. */
function history(
  swapsToken1In: readonly { amountWei: bigint; block: bigint; timestamp: number }[],
): V3PoolEvent[] {
  const events: V3PoolEvent[] = [
    {
      kind: 'initialize',
      sqrtPriceX96: getSqrtRatioAtTick(0),
      tick: 0,
      blockNumber: 1n,
      logIndex: 0,
      timestamp: 0,
    },
    {
      kind: 'mint',
      tickLower: -600,
      tickUpper: 600,
      liquidity: L_POOL,
      amount0Wei: 0n,
      amount1Wei: 0n,
      blockNumber: 1n,
      logIndex: 1,
      timestamp: 0,
    },
  ]
  const state = createV3ReplayState(3000, 60)
  for (const event of events) applyV3PoolEvent(state, event)
  for (const swap of swapsToken1In) {
    const result = runSwapSteps(
      { ...state, ticks: sortedInitializedTicks(state) },
      false,
      swap.amountWei,
      MAX_SQRT_RATIO - 1n,
    )
    const event: V3PoolEvent = {
      kind: 'swap',
      amount0Wei: result.amount0,
      amount1Wei: result.amount1,
      sqrtPriceX96: result.sqrtPriceX96,
      liquidity: result.liquidity,
      tick: result.tick,
      blockNumber: swap.block,
      logIndex: 0,
      timestamp: swap.timestamp,
    }
    applyV3PoolEvent(state, event)
    events.push(event)
  }
  return events
}

const base = (events: V3PoolEvent[], overrides: Partial<BacktestParameters> = {}): BacktestParameters => ({
  events,
  feePips: 3000,
  tickSpacing: 60,
  fromBlock: 2n,
  toBlock: 10n,
  startTimestamp: 0,
  endTimestamp: 1000,
  tickLower: -600,
  tickUpper: 600,
  deposit: { liquidity: E18 },
  decimals0: 18,
  decimals1: 18,
  ...overrides,
})

describe('#backtestRange', () => {
  it('a swap inside the range pays the range L/L_active of its fee, exactly', () => {
    const amountIn = E18 / 1000n
    const events = history([{ amountWei: amountIn, block: 3n, timestamp: 100 }])
    const step = computeSwapStep(getSqrtRatioAtTick(0), getSqrtRatioAtTick(600), L_POOL, amountIn, 3000)
    const result = backtestRange(base(events))
    // The pool's own rule: fee growth = fee·2^128/L_active, owed = growth·L/2^128 (both floored).
    expect(result.fees1Wei).toBe(mulDiv(mulDiv(step.feeAmount, Q128, L_POOL), E18, Q128))
    expect(result.fees1Wei).toBe(999_999_999_999n) // ≈ 3e12 / 3, floored twice
    expect(result.fees0Wei).toBe(0n)
    expect(result.timeInRangeShare).toBe(1)
    expect(result.swapCount).toBe(1)
    expect(result.series.map((p) => p.timestamp)).toEqual([0, 100, 1000])
  })

  it('a hypothetical bound crossed mid-step earns only the part of the step up to the bound', () => {
    const amountIn = E18 / 20n // moves the price from tick 0 to above tick 60
    const events = history([{ amountWei: amountIn, block: 3n, timestamp: 250 }])
    const result = backtestRange(base(events, { tickLower: -60, tickUpper: 60 }))
    const upToBound = computeSwapStep(getSqrtRatioAtTick(0), getSqrtRatioAtTick(60), L_POOL, amountIn, 3000)
    expect(result.endSqrtPriceX96).toBeGreaterThan(getSqrtRatioAtTick(60))
    expect(result.fees1Wei).toBe(mulDiv(mulDiv(upToBound.feeAmount, Q128, L_POOL), E18, Q128))
    // In range from 0 until the swap at t = 250, out of range after it.
    expect(result.secondsInRange).toBe(250)
    expect(result.timeInRangeShare).toBe(0.25)
    // Above the range the position is all token1: it sold token0 on the way up, so it lost vs holding.
    expect(result.endAmount0Wei).toBe(0n)
    expect(result.impermanentLoss).toBeLessThan(0)
  })

  it('turns a deposit into liquidity at the start price (getLiquidityForAmounts)', () => {
    const events = history([{ amountWei: E18 / 1000n, block: 3n, timestamp: 100 }])
    const result = backtestRange(base(events, { deposit: { amount0Wei: E18, amount1Wei: E18 } }))
    expect(result.liquidity).toBe(
      getLiquidityForAmounts(
        getSqrtRatioAtTick(0),
        getSqrtRatioAtTick(-600),
        getSqrtRatioAtTick(600),
        E18,
        E18,
      ),
    )
    // By hand: L = amount1 / (√P − √Pa) = 1e18 / (1 − 1.0001^−300) ≈ 3.3837e19 (token1 binds).
    expect(Number(result.liquidity) / 1e19).toBeCloseTo(3.3837, 3)
    expect(result.startAmount0Wei).toBeLessThanOrEqual(E18)
    expect(result.startAmount1Wei).toBeLessThanOrEqual(E18)
  })

  it('rejects bad ranges, windows and deposits with short codes', () => {
    const events = history([])
    const code = (overrides: Partial<BacktestParameters>) => {
      try {
        backtestRange(base(events, overrides))
      } catch (error) {
        return error instanceof BacktestInputError ? error.code : 'other'
      }
      return 'none'
    }
    expect(code({ tickLower: 600, tickUpper: -600 })).toBe('TICK_ORDER')
    expect(code({ tickLower: -610 })).toBe('TICK')
    expect(code({ tickUpper: 900_000 })).toBe('TICK')
    expect(code({ fromBlock: 11n })).toBe('WINDOW')
    expect(code({ fromBlock: 1n })).toBe('WINDOW') // the pool is not initialized before block 1
    expect(code({ deposit: { amount0Wei: 0n, amount1Wei: 0n } })).toBe('DEPOSIT')
  })
})
