import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_UINT128 } from './constants.ts'
import {
  getAmountsForLiquidity,
  getLiquidityForAmount0,
  getLiquidityForAmount1,
  getLiquidityForAmounts,
} from './liquidityAmounts.ts'
import { encodeSqrtRatioX96 } from './price.ts'
import { getSqrtRatioAtTick } from './tickMath.ts'

const lower = encodeSqrtRatioX96(100n, 110n)
const upper = encodeSqrtRatioX96(110n, 100n)

describe('#getLiquidityForAmounts', () => {
  it('price inside the range', () => {
    expect(getLiquidityForAmounts(encodeSqrtRatioX96(1n, 1n), lower, upper, 100n, 200n)).toBe(2148n)
  })
  it('price below the range', () => {
    expect(getLiquidityForAmounts(encodeSqrtRatioX96(99n, 110n), lower, upper, 100n, 200n)).toBe(1048n)
  })
  it('price above the range', () => {
    expect(getLiquidityForAmounts(encodeSqrtRatioX96(111n, 100n), lower, upper, 100n, 200n)).toBe(2097n)
  })
  it('price on the lower bound', () => {
    expect(getLiquidityForAmounts(lower, lower, upper, 100n, 200n)).toBe(1048n)
  })
  it('price on the upper bound', () => {
    expect(getLiquidityForAmounts(upper, lower, upper, 100n, 200n)).toBe(2097n)
  })
  it('accepts the bounds in either order', () => {
    expect(getLiquidityForAmounts(encodeSqrtRatioX96(1n, 1n), upper, lower, 100n, 200n)).toBe(2148n)
  })
  it('single-sided helpers', () => {
    expect(getLiquidityForAmount0(lower, upper, 100n)).toBe(1048n)
    expect(getLiquidityForAmount1(lower, upper, 200n)).toBe(2097n)
  })
  it('throws TICK_ORDER, AMOUNT, SQRT_RATIO and OVERFLOW', () => {
    expect(() => getLiquidityForAmounts(lower, upper, upper, 1n, 1n)).toThrowError(
      expect.objectContaining({ code: 'TICK_ORDER' }),
    )
    expect(() => getLiquidityForAmounts(lower, lower, upper, -1n, 1n)).toThrowError(
      expect.objectContaining({ code: 'AMOUNT' }),
    )
    expect(() => getLiquidityForAmounts(0n, lower, upper, 1n, 1n)).toThrowError(
      expect.objectContaining({ code: 'SQRT_RATIO' }),
    )
    const a = getSqrtRatioAtTick(0)
    const b = getSqrtRatioAtTick(1)
    expect(() => getLiquidityForAmount1(a, b, 1n << 200n)).toThrowError(
      expect.objectContaining({ code: 'OVERFLOW' }),
    )
  })
})

describe('#getAmountsForLiquidity', () => {
  it('price inside the range', () => {
    expect(getAmountsForLiquidity(encodeSqrtRatioX96(1n, 1n), lower, upper, 2148n)).toEqual({
      amount0: 99n,
      amount1: 99n,
    })
  })
  it('price below the range', () => {
    expect(getAmountsForLiquidity(encodeSqrtRatioX96(99n, 110n), lower, upper, 1048n)).toEqual({
      amount0: 99n,
      amount1: 0n,
    })
  })
  it('price above the range', () => {
    expect(getAmountsForLiquidity(encodeSqrtRatioX96(111n, 100n), lower, upper, 2097n)).toEqual({
      amount0: 0n,
      amount1: 199n,
    })
  })
  it('price on the lower bound', () => {
    expect(getAmountsForLiquidity(lower, lower, upper, 1048n)).toEqual({ amount0: 99n, amount1: 0n })
  })
  it('price on the upper bound', () => {
    expect(getAmountsForLiquidity(upper, lower, upper, 2097n)).toEqual({ amount0: 0n, amount1: 199n })
  })
  it('throws LIQUIDITY for negative liquidity', () => {
    expect(() => getAmountsForLiquidity(lower, lower, upper, -1n)).toThrowError(
      expect.objectContaining({ code: 'LIQUIDITY' }),
    )
  })
  it('amounts are monotone in liquidity and never exceed what the liquidity was minted from', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -887272, max: 887272 }),
        fc.integer({ min: -887272, max: 887272 }),
        fc.integer({ min: -887272, max: 887272 }),
        fc.bigInt({ min: 0n, max: MAX_UINT128 }),
        fc.bigInt({ min: 0n, max: MAX_UINT128 }),
        (t0, t1, tc, l1, l2) => {
          if (t0 === t1) return
          const a = getSqrtRatioAtTick(t0)
          const b = getSqrtRatioAtTick(t1)
          const s = getSqrtRatioAtTick(tc)
          const [low, high] = l1 < l2 ? [l1, l2] : [l2, l1]
          const small = getAmountsForLiquidity(s, a, b, low)
          const large = getAmountsForLiquidity(s, a, b, high)
          expect(small.amount0).toBeLessThanOrEqual(large.amount0)
          expect(small.amount1).toBeLessThanOrEqual(large.amount1)
          // Liquidity bought with the amounts a position holds is never more than that position's.
          try {
            const back = getLiquidityForAmounts(s, a, b, large.amount0, large.amount1)
            expect(back).toBeLessThanOrEqual(high)
          } catch (error) {
            expect((error as { code: string }).code).toBe('OVERFLOW')
          }
        },
      ),
      { numRuns: 2000 },
    )
  })
})
