import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getSqrtRatioAtTick, MAX_SQRT_RATIO, MIN_SQRT_RATIO, Q128, simulateSwap } from '../../math/index.ts'
import { runSwapSteps, type SwapReplayInput } from './runSwapSteps.ts'

const E18 = 10n ** 18n

// A 0.3 % pool at tick 0: one position on [-600, 600], a wider one on [-1200, 1200].
const pool: SwapReplayInput = {
  sqrtPriceX96: getSqrtRatioAtTick(0),
  tick: 0,
  liquidity: 3n * E18,
  feePips: 3000,
  tickSpacing: 60,
  feeProtocol: 0,
  ticks: [
    { tick: -1200, liquidityNet: E18 },
    { tick: -600, liquidityNet: 2n * E18 },
    { tick: 600, liquidityNet: -2n * E18 },
    { tick: 1200, liquidityNet: -E18 },
  ],
}

describe('#runSwapSteps', () => {
  it('reports each step: the empty word-boundary step at tick 0, crossing -600, then the rest', () => {
    const result = runSwapSteps(pool, true, E18 / 10n, MIN_SQRT_RATIO + 1n)
    // Going down from tick 0 the pool first "reaches" its bitmap word start (tick 0 itself): a
    // zero-length step that only moves slot0.tick to -1.
    expect(result.steps.map((step) => [step.crossedTick, step.liquidity, step.tickEnd <= -601])).toEqual([
      [null, 3n * E18, false],
      [-600, 3n * E18, true],
      [null, E18, true],
    ])
    expect(result.steps[0]?.lpFeeWei).toBe(0n)
    expect(result.steps[0]?.tickEnd).toBe(-1)
    expect(result.steps[1]?.sqrtPriceEndX96).toBe(getSqrtRatioAtTick(-600))
    expect(result.steps[1]?.tickEnd).toBe(-601)
    expect(result.liquidity).toBe(E18)
  })

  it('equals simulateSwap (amounts, price, tick, liquidity, fee growth) for any swap', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 }),
        (zeroForOne, amount, exactIn, protocol) => {
          const feeProtocol = protocol < 4 ? 0 : protocol + (protocol << 4)
          const amountSpecified = exactIn ? amount : -(amount / 1000n + 1n)
          const limit = zeroForOne ? MIN_SQRT_RATIO + 1n : MAX_SQRT_RATIO - 1n
          const ours = runSwapSteps({ ...pool, feeProtocol }, zeroForOne, amountSpecified, limit)
          const reference = simulateSwap({ ...pool, feeProtocol }, { zeroForOne, amountSpecified })
          const growth = ours.steps.reduce((sum, step) => sum + step.feeGrowthDeltaX128, 0n)
          expect([ours.amount0, ours.amount1, ours.sqrtPriceX96, ours.tick, ours.liquidity, growth]).toEqual([
            reference.amount0,
            reference.amount1,
            reference.sqrtPriceX96,
            reference.tick,
            reference.liquidity,
            reference.feeGrowthGlobalDeltaX128,
          ])
        },
      ),
      { numRuns: 200 },
    )
  })

  it('takes the protocol cut out of the LP fee (feeProtocol 4 → 1/4 of the fee)', () => {
    // token1 in: feeProtocol's high 4 bits (4 << 4) apply.
    const result = runSwapSteps({ ...pool, feeProtocol: 4 << 4 }, false, E18 / 1000n, MAX_SQRT_RATIO - 1n)
    const step = result.steps[0]
    if (!step) throw new Error('no step')
    const fee = ((E18 / 1000n) * 3000n) / 1_000_000n // 3e12 exactly: the step ends inside the range
    expect(step.lpFeeWei).toBe(fee - fee / 4n)
    expect(step.feeGrowthDeltaX128).toBe((step.lpFeeWei * Q128) / (3n * E18))
  })
})
