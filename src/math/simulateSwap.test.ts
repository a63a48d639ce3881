import { describe, expect, it } from 'vitest'
import { MathError } from './errors.ts'
import { type SwapPoolState, simulateSwap } from './simulateSwap.ts'
import { computeSwapStep } from './swapMath.ts'
import { getSqrtRatioAtTick, getTickAtSqrtRatio } from './tickMath.ts'

const E18 = 10n ** 18n

// A 0.3% pool at tick 0 with one position on [-600, 600] and a wider one on [-1200, 1200].
const pool: SwapPoolState = {
  sqrtPriceX96: getSqrtRatioAtTick(0),
  tick: 0,
  liquidity: 3n * E18,
  feePips: 3000,
  tickSpacing: 60,
  ticks: [
    { tick: -1200, liquidityNet: E18 },
    { tick: -600, liquidityNet: 2n * E18 },
    { tick: 600, liquidityNet: -2n * E18 },
    { tick: 1200, liquidityNet: -E18 },
  ],
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof MathError) return error.code
    throw error
  }
  return undefined
}

describe('#simulateSwap', () => {
  it('a small exact input is one computeSwapStep', () => {
    const step = computeSwapStep(pool.sqrtPriceX96, getSqrtRatioAtTick(600), pool.liquidity, E18 / 100n, 3000)
    const result = simulateSwap(pool, { zeroForOne: false, amountSpecified: E18 / 100n })
    expect(result.amount1).toBe(E18 / 100n)
    expect(result.amount0).toBe(-step.amountOut)
    expect(result.amount0).toBe(-9936976116041023n)
    expect(result.sqrtPriceX96).toBe(step.sqrtRatioNextX96)
    expect(result.tick).toBe(getTickAtSqrtRatio(step.sqrtRatioNextX96))
    expect(result.liquidity).toBe(pool.liquidity)
    expect(result.feeAmount).toBe(step.feeAmount)
    expect(result.feeGrowthGlobalDeltaX128).toBe((step.feeAmount << 128n) / pool.liquidity)
  })

  it('crosses an initialized tick: two steps and the liquidity drops by liquidityNet', () => {
    const amountIn = E18 / 10n
    const first = computeSwapStep(pool.sqrtPriceX96, getSqrtRatioAtTick(-600), 3n * E18, amountIn, 3000)
    const remaining = amountIn - first.amountIn - first.feeAmount
    const second = computeSwapStep(getSqrtRatioAtTick(-600), getSqrtRatioAtTick(-1200), E18, remaining, 3000)
    const result = simulateSwap(pool, { zeroForOne: true, amountSpecified: amountIn })
    expect(first.sqrtRatioNextX96).toBe(getSqrtRatioAtTick(-600))
    expect(result.amount0).toBe(amountIn)
    expect(result.amount1).toBe(-(first.amountOut + second.amountOut))
    expect(result.liquidity).toBe(E18)
    expect(result.sqrtPriceX96).toBe(second.sqrtRatioNextX96)
    expect(result.tick).toBeLessThan(-600)
    expect(result.tick).toBeGreaterThan(-1200)
  })

  it('stops at every bitmap word boundary even where no tick is initialized', () => {
    // tickSpacing 1: words are 256 ticks wide, so an upward swap from tick 0 first stops at tick 255.
    const narrow: SwapPoolState = { ...pool, tickSpacing: 1, ticks: [] }
    const amountIn = E18 / 20n
    const first = computeSwapStep(narrow.sqrtPriceX96, getSqrtRatioAtTick(255), 3n * E18, amountIn, 3000)
    const second = computeSwapStep(
      getSqrtRatioAtTick(255),
      getSqrtRatioAtTick(511),
      3n * E18,
      amountIn - first.amountIn - first.feeAmount,
      3000,
    )
    const result = simulateSwap(narrow, { zeroForOne: false, amountSpecified: amountIn })
    expect(result.amount0).toBe(-(first.amountOut + second.amountOut))
    expect(result.sqrtPriceX96).toBe(second.sqrtRatioNextX96)
    expect(result.tick).toBeGreaterThan(255)
    expect(result.tick).toBeLessThan(511)
  })

  it('exact output: receives exactly the amount asked and pays at least the exact-input price', () => {
    const out = E18 / 20n
    const result = simulateSwap(pool, { zeroForOne: true, amountSpecified: -out })
    expect(result.amount1).toBe(-out)
    const back = simulateSwap(pool, { zeroForOne: true, amountSpecified: result.amount0 })
    expect(back.amount1).toBeLessThanOrEqual(-out)
    expect(back.amount1).toBeGreaterThan(-out - 3n)
  })

  it('stops at the price limit with input left over', () => {
    const limit = getSqrtRatioAtTick(300)
    const result = simulateSwap(pool, { zeroForOne: false, amountSpecified: E18, sqrtPriceLimitX96: limit })
    expect(result.sqrtPriceX96).toBe(limit)
    expect(result.tick).toBe(300)
    expect(result.amount1).toBeLessThan(E18)
  })

  it('splits the protocol fee out of the LP fee growth', () => {
    const withProtocolFee = simulateSwap(
      { ...pool, feeProtocol: 4 * 16 + 4 },
      { zeroForOne: false, amountSpecified: E18 / 100n },
    )
    const lpFee = withProtocolFee.feeAmount - withProtocolFee.feeAmount / 4n
    expect(withProtocolFee.feeGrowthGlobalDeltaX128).toBe((lpFee << 128n) / pool.liquidity)
  })

  it('rejects a zero amount and a limit on the wrong side', () => {
    expect(codeOf(() => simulateSwap(pool, { zeroForOne: true, amountSpecified: 0n }))).toBe('AMOUNT')
    const above = getSqrtRatioAtTick(10)
    expect(
      codeOf(() => simulateSwap(pool, { zeroForOne: true, amountSpecified: E18, sqrtPriceLimitX96: above })),
    ).toBe('PRICE')
    expect(
      codeOf(() => simulateSwap({ ...pool, tickSpacing: 0 }, { zeroForOne: true, amountSpecified: 1n })),
    ).toBe('TICK_SPACING')
  })
})
