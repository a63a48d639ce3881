import { describe, expect, it } from 'vitest'
import { Q96 } from './constants.ts'
import { encodeSqrtRatioX96 } from './price.ts'
import { getNextSqrtPriceFromInput } from './sqrtPriceMath.ts'
import { computeSwapStep } from './swapMath.ts'

const E18 = 10n ** 18n

describe('#computeSwapStep', () => {
  it('exact input capped at the target price (one for zero)', () => {
    const target = encodeSqrtRatioX96(101n, 100n)
    const step = computeSwapStep(Q96, target, 2n * E18, E18, 600)
    expect(step).toEqual({
      sqrtRatioNextX96: target,
      amountIn: 9975124224178055n,
      amountOut: 9925619580021728n,
      feeAmount: 5988667735148n,
    })
  })
  it('exact input fully spent before the target (one for zero)', () => {
    const target = encodeSqrtRatioX96(1000n, 100n)
    const step = computeSwapStep(Q96, target, 2n * E18, E18, 600)
    expect(step.amountIn).toBe(999400000000000000n)
    expect(step.feeAmount).toBe(600000000000000n)
    expect(step.amountOut).toBe(666399946655997866n)
    expect(step.amountIn + step.feeAmount).toBe(E18)
    expect(step.sqrtRatioNextX96).toBe(getNextSqrtPriceFromInput(Q96, 2n * E18, E18 - step.feeAmount, false))
  })
  it('exact output capped at the target price', () => {
    const target = encodeSqrtRatioX96(101n, 100n)
    const step = computeSwapStep(Q96, target, 2n * E18, -E18, 600)
    expect(step.amountIn).toBe(9975124224178055n)
    expect(step.feeAmount).toBe(5988667735148n)
    expect(step.amountOut).toBe(9925619580021728n)
    expect(step.sqrtRatioNextX96).toBe(target)
  })
  it('exact output fully received (one for zero)', () => {
    const target = encodeSqrtRatioX96(10000n, 100n)
    const step = computeSwapStep(Q96, target, 2n * E18, -E18, 600)
    expect(step.amountIn).toBe(2000000000000000000n)
    expect(step.feeAmount).toBe(1200720432259356n)
    expect(step.amountOut).toBe(E18)
  })
  it('target price of 1 uses partial input amount', () => {
    const step = computeSwapStep(2n, 1n, 1n, 3915081100057732413702495386755767n, 1)
    expect(step).toEqual({
      sqrtRatioNextX96: 1n,
      amountIn: 39614081257132168796771975168n,
      amountOut: 0n,
      feeAmount: 39614120871253040049813n,
    })
  })
  it('entire input amount taken as fee', () => {
    const step = computeSwapStep(2413n, 79887613182836312n, 1985041575832132834610021537970n, 10n, 1872)
    expect(step).toEqual({ sqrtRatioNextX96: 2413n, amountIn: 0n, amountOut: 0n, feeAmount: 10n })
  })
  it('handles intermediate insufficient liquidity in zero for one exact output', () => {
    const sqrtP = 20282409603651670423947251286016n
    const step = computeSwapStep(sqrtP, (sqrtP * 11n) / 10n, 1024n, -4n, 3000)
    expect(step).toEqual({
      sqrtRatioNextX96: (sqrtP * 11n) / 10n,
      amountIn: 26215n,
      amountOut: 0n,
      feeAmount: 79n,
    })
  })
  it('throws FEE, AMOUNT and SQRT_RATIO on bad input', () => {
    expect(() => computeSwapStep(Q96, Q96 + 1n, 1n, 1n, 1_000_000)).toThrowError(
      expect.objectContaining({ code: 'FEE' }),
    )
    expect(() => computeSwapStep(Q96, Q96 + 1n, 1n, 1n, 0.5)).toThrowError(
      expect.objectContaining({ code: 'FEE' }),
    )
    expect(() => computeSwapStep(Q96, Q96 + 1n, 1n, 1n << 255n, 3000)).toThrowError(
      expect.objectContaining({ code: 'AMOUNT' }),
    )
    expect(() => computeSwapStep(0n, Q96, 1n, 1n, 3000)).toThrowError(
      expect.objectContaining({ code: 'SQRT_RATIO' }),
    )
  })
})
