import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_TICK, MIN_TICK, Q96 } from './constants.ts'
import {
  encodeSqrtRatioX96,
  nearestUsableTick,
  priceToTick,
  ratioToTick,
  sqrtPriceX96ToPrice,
  tickToPrice,
  tickToRatio,
} from './price.ts'

describe('#tickToPrice / #priceToTick', () => {
  it('tick 0 at equal decimals is price 1', () => {
    expect(tickToPrice(0, 18, 18)).toBe(1)
    expect(priceToTick(1, 18, 18)).toBe(0)
  })
  it('applies decimals: WETH(18)/USDC(6) at tick -200000 is ~2061 USDC per WETH', () => {
    // token0 = USDC (6), token1 = WETH (18): raw price 1.0001^t WETH-wei per USDC-wei.
    const usdcPerWeth = tickToPrice(200000, 6, 18, true)
    expect(usdcPerWeth).toBeCloseTo(1 / (1.0001 ** 200000 * 1e-12), 6)
    expect(priceToTick(usdcPerWeth, 6, 18, true)).toBe(200000)
  })
  it('round-trips every tick in both directions and any decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400000, max: 400000 }),
        fc.integer({ min: 0, max: 18 }),
        fc.integer({ min: 0, max: 18 }),
        fc.boolean(),
        (tick, decimals0, decimals1, inverted) => {
          const price = tickToPrice(tick, decimals0, decimals1, inverted)
          expect(priceToTick(price, decimals0, decimals1, inverted)).toBe(tick)
        },
      ),
      { numRuns: 3000 },
    )
  })
  it('floors between ticks', () => {
    expect(priceToTick(1.00015, 18, 18)).toBe(1)
    expect(priceToTick(0.99995, 18, 18)).toBe(-1)
    expect(priceToTick(1 / 1.00015, 18, 18, true)).toBe(1)
  })
  it('throws PRICE and DECIMALS', () => {
    for (const price of [0, -1, Number.NaN, Infinity])
      expect(() => priceToTick(price, 18, 18)).toThrowError(expect.objectContaining({ code: 'PRICE' }))
    expect(() => priceToTick(1e300, 18, 18)).toThrowError(expect.objectContaining({ code: 'PRICE' }))
    expect(() => tickToPrice(0, 1.5, 18)).toThrowError(expect.objectContaining({ code: 'DECIMALS' }))
    expect(() => tickToPrice(MAX_TICK + 1, 18, 18)).toThrowError(expect.objectContaining({ code: 'TICK' }))
  })
  it('sqrtPriceX96ToPrice', () => {
    expect(sqrtPriceX96ToPrice(Q96, 18, 18)).toBe(1)
    expect(sqrtPriceX96ToPrice(2n * Q96, 18, 18)).toBe(4)
    expect(sqrtPriceX96ToPrice(2n * Q96, 18, 18, true)).toBe(0.25)
    expect(sqrtPriceX96ToPrice(Q96, 6, 18)).toBeCloseTo(1e-12, 24)
  })
})

describe('#tickToRatio / #ratioToTick (exact)', () => {
  it('is the greatest tick whose exact price is <= the ratio', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 1n << 100n }),
        fc.bigInt({ min: 1n, max: 1n << 100n }),
        (num, den) => {
          const tick = ratioToTick(num, den)
          const at = tickToRatio(tick)
          expect(at.numerator * den <= num * at.denominator).toBe(true)
          if (tick < MAX_TICK) {
            const next = tickToRatio(tick + 1)
            expect(next.numerator * den > num * next.denominator).toBe(true)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })
  it('round-trips exact tick prices', () => {
    for (const tick of [MIN_TICK, -1, 0, 1, 12345, MAX_TICK]) {
      const { numerator, denominator } = tickToRatio(tick)
      expect(ratioToTick(numerator, denominator)).toBe(tick)
    }
  })
  it('throws PRICE for non-positive or too small ratios', () => {
    expect(() => ratioToTick(0n, 1n)).toThrowError(expect.objectContaining({ code: 'PRICE' }))
    expect(() => ratioToTick(1n, 1n << 200n)).toThrowError(expect.objectContaining({ code: 'PRICE' }))
    expect(() => encodeSqrtRatioX96(0n, 1n)).toThrowError(expect.objectContaining({ code: 'PRICE' }))
  })
})

describe('#nearestUsableTick', () => {
  it.each([
    [0, 60, 0],
    [29, 60, 0],
    [30, 60, 60],
    [-29, 60, 0],
    [-31, 60, -60],
    [MIN_TICK, 60, -887220],
    [MAX_TICK, 60, 887220],
    [MIN_TICK, 1, MIN_TICK],
  ])('nearestUsableTick(%i, %i) = %i', (tick, spacing, expected) => {
    expect(nearestUsableTick(tick, spacing)).toBe(expected)
  })
  it('throws TICK_SPACING and TICK', () => {
    expect(() => nearestUsableTick(1, 0)).toThrowError(expect.objectContaining({ code: 'TICK_SPACING' }))
    expect(() => nearestUsableTick(1.5, 10)).toThrowError(expect.objectContaining({ code: 'TICK' }))
  })
})
