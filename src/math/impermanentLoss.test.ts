import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { impermanentLossV2, impermanentLossV3, impermanentLossV3Curve } from './impermanentLoss.ts'

describe('#impermanentLossV2', () => {
  it.each([
    [1.25, -0.00619],
    [1.5, -0.0202],
    [2, -0.05719],
    [3, -0.13397],
    [4, -0.2],
    [5, -0.25464],
  ])('r = %f -> %f', (ratio, expected) => {
    expect(impermanentLossV2(ratio)).toBeCloseTo(expected, 5)
  })
  it('is <= 0 and symmetric in r <-> 1/r', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (ratio) => {
        const loss = impermanentLossV2(ratio)
        expect(loss).toBeLessThanOrEqual(0)
        expect(impermanentLossV2(1 / ratio)).toBeCloseTo(loss, 12)
      }),
      { numRuns: 5000 },
    )
  })
  it('throws PRICE on bad ratios', () => {
    for (const ratio of [0, -1, Number.NaN, Infinity])
      expect(() => impermanentLossV2(ratio)).toThrowError(expect.objectContaining({ code: 'PRICE' }))
  })
})

const symmetric = (k: number, ratio: number) =>
  impermanentLossV3({ priceEntry: 1, priceNow: ratio, priceLower: 1 / k, priceUpper: k })

describe('#impermanentLossV3', () => {
  it('reference checks', () => {
    expect(symmetric(2, 1.25)).toBeCloseTo(-0.021141, 6)
    expect(symmetric(1.5, 1.1)).toBeCloseTo(-0.006182, 6)
    expect(symmetric(1.1, 1.1)).toBeCloseTo(-0.024377, 6)
    expect(symmetric(2, 3)).toBeCloseTo(-0.39645, 5)
  })
  it('amplifies V2 IL by sqrt(k)/(sqrt(k)-1) near the centre of a symmetric range', () => {
    for (const [k, factor] of [
      [1.1, 21.49],
      [1.5, 5.45],
      [2, 3.41],
      [4, 2.0],
    ] as const) {
      const ratio = 1.000001
      expect(symmetric(k, ratio) / impermanentLossV2(ratio)).toBeCloseTo(factor, 1)
    }
  })
  it('matches the derived closed form inside the range and is never better than V2', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 1.05, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lowerFraction, upperMultiple, position) => {
          const priceLower = lowerFraction
          const priceUpper = upperMultiple
          const priceNow = priceLower + (priceUpper - priceLower) * position
          const r = priceNow
          const loss = impermanentLossV3({ priceEntry: 1, priceNow, priceLower, priceUpper })
          const closed =
            (impermanentLossV2(r) * (1 + r)) / (1 + r - Math.sqrt(priceLower) - r / Math.sqrt(priceUpper))
          expect(loss).toBeCloseTo(closed, 10)
          expect(loss).toBeLessThanOrEqual(impermanentLossV2(r) + 1e-12)
          expect(loss).toBeLessThanOrEqual(1e-15)
        },
      ),
      { numRuns: 5000 },
    )
  })
  it('throws TICK_ORDER and PRICE', () => {
    expect(() =>
      impermanentLossV3({ priceEntry: 1, priceNow: 1, priceLower: 2, priceUpper: 2 }),
    ).toThrowError(expect.objectContaining({ code: 'TICK_ORDER' }))
    expect(() =>
      impermanentLossV3({ priceEntry: Number.NaN, priceNow: 1, priceLower: 1, priceUpper: 2 }),
    ).toThrowError(expect.objectContaining({ code: 'PRICE' }))
  })
})

describe('#impermanentLossV3Curve', () => {
  it('agrees with impermanentLossV3 point by point', () => {
    const range = { priceEntry: 2000, priceLower: 1500, priceUpper: 2500 }
    const { prices, impermanentLoss } = impermanentLossV3Curve({
      ...range,
      priceFrom: 1000,
      priceTo: 4000,
      points: 1000,
    })
    expect(prices.length).toBe(1000)
    expect(prices[0]).toBeCloseTo(1000, 9)
    expect(prices[999]).toBeCloseTo(4000, 9)
    for (const i of [0, 123, 500, 999])
      expect(impermanentLoss[i]).toBeCloseTo(
        impermanentLossV3({ ...range, priceNow: prices[i] as number }),
        12,
      )
    expect(() => impermanentLossV3Curve({ ...range, priceFrom: 1, priceTo: 2, points: 1 })).toThrowError(
      expect.objectContaining({ code: 'INPUT' }),
    )
  })
})
