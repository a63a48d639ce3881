import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_SQRT_RATIO, MAX_TICK, MIN_SQRT_RATIO, MIN_TICK } from './constants.ts'
import { getSqrtRatioAtTick, getTickAtSqrtRatio } from './tickMath.ts'

const tickArb = fc.integer({ min: MIN_TICK, max: MAX_TICK })

describe('#getSqrtRatioAtTick', () => {
  it.each([
    [0, 79228162514264337593543950336n],
    [MIN_TICK, 4295128739n],
    [MIN_TICK + 1, 4295343490n],
    [MAX_TICK - 1, 1461373636630004318706518188784493106690254656249n],
    [MAX_TICK, 1461446703485210103287273052203988822378723970342n],
    [50, 79426470787362580746886972461n],
    [-50, 79030349367926598376800521322n],
    [100, 79625275426524748796330556128n],
    [1000, 83290069058676223003182343270n],
    [-1000, 75364347830767020784054125655n],
    [50000, 965075977353221155028623082916n],
    [-500000, 1101692437043807371n],
    [738203, 847134979253254120489401328389043031315994541n],
  ])('tick %i -> %s', (tick, expected) => {
    expect(getSqrtRatioAtTick(tick)).toBe(expected)
  })

  it('matches MIN/MAX_SQRT_RATIO', () => {
    expect(getSqrtRatioAtTick(MIN_TICK)).toBe(MIN_SQRT_RATIO)
    expect(getSqrtRatioAtTick(MAX_TICK)).toBe(MAX_SQRT_RATIO)
  })

  it.each([MIN_TICK - 1, MAX_TICK + 1, 1.5, Number.NaN, Infinity])('throws TICK for %s', (tick) => {
    expect(() => getSqrtRatioAtTick(tick)).toThrowError(expect.objectContaining({ code: 'TICK' }))
  })

  it('is strictly increasing in the tick', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_TICK, max: MAX_TICK - 1 }), (tick) => {
        expect(getSqrtRatioAtTick(tick)).toBeLessThan(getSqrtRatioAtTick(tick + 1))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('#getTickAtSqrtRatio', () => {
  it.each([
    [4295128739n, -887272],
    [79228162514264337593543n, -276325],
    [79228162514264337593543950n, -138163],
    [9903520314283042199192993792n, -41591],
    [2n ** 96n, 0],
    [112045541949572279837463876454n, 6931],
    [MAX_SQRT_RATIO - 1n, 887271],
  ])('sqrt %s -> tick %i', (sqrtPriceX96, expected) => {
    expect(getTickAtSqrtRatio(sqrtPriceX96)).toBe(expected)
  })

  it.each([MIN_SQRT_RATIO - 1n, MAX_SQRT_RATIO, 0n, -1n])('throws SQRT_RATIO for %s', (sqrtPriceX96) => {
    expect(() => getTickAtSqrtRatio(sqrtPriceX96)).toThrowError(
      expect.objectContaining({ code: 'SQRT_RATIO' }),
    )
  })

  it('round-trips every tick boundary exactly (tick, and one wei below it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_TICK + 1, max: MAX_TICK - 1 }), (tick) => {
        const sqrtPriceX96 = getSqrtRatioAtTick(tick)
        expect(getTickAtSqrtRatio(sqrtPriceX96)).toBe(tick)
        expect(getTickAtSqrtRatio(sqrtPriceX96 - 1n)).toBe(tick - 1)
      }),
      { numRuns: 10000 },
    )
  })

  it('returns the greatest tick whose sqrt price is <= the input, for any input', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: MIN_SQRT_RATIO, max: MAX_SQRT_RATIO - 1n }), (sqrtPriceX96) => {
        const tick = getTickAtSqrtRatio(sqrtPriceX96)
        expect(getSqrtRatioAtTick(tick)).toBeLessThanOrEqual(sqrtPriceX96)
        if (tick < MAX_TICK) expect(getSqrtRatioAtTick(tick + 1)).toBeGreaterThan(sqrtPriceX96)
      }),
      { numRuns: 5000 },
    )
  })

  it('is monotone in the sqrt price', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: MIN_SQRT_RATIO, max: MAX_SQRT_RATIO - 1n }),
        fc.bigInt({ min: MIN_SQRT_RATIO, max: MAX_SQRT_RATIO - 1n }),
        (a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a]
          expect(getTickAtSqrtRatio(low)).toBeLessThanOrEqual(getTickAtSqrtRatio(high))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('round-trips random ticks through getSqrtRatioAtTick', () => {
    fc.assert(
      fc.property(tickArb, (tick) => {
        const clamped = Math.min(tick, MAX_TICK - 1)
        expect(getTickAtSqrtRatio(getSqrtRatioAtTick(clamped))).toBe(clamped)
      }),
      { numRuns: 3000 },
    )
  })
})
