import { describe, expect, it } from 'vitest'
import { expectedImpermanentLoss } from './expectedIl.ts'

describe('#expectedImpermanentLoss', () => {
  it('V2 closed form', () => {
    expect(expectedImpermanentLoss({ volatility: 0.8, horizonYears: 1 })).toBeCloseTo(-0.07688, 5)
    expect(expectedImpermanentLoss({ volatility: 1, horizonYears: 0.5, drift: 0.2 })).toBeCloseTo(-0.06176, 5)
  })
  it('V3 range checks', () => {
    const base = { volatility: 0.8, horizonYears: 1 / 12, priceEntry: 2000 }
    expect(expectedImpermanentLoss({ ...base, priceLower: 1000, priceUpper: 4000 })).toBeCloseTo(-0.02268, 5)
    expect(expectedImpermanentLoss({ ...base, priceLower: 1600, priceUpper: 2500 })).toBeCloseTo(-0.05274, 5)
  })
  it('a very wide range converges to V2', () => {
    const v2 = expectedImpermanentLoss({ volatility: 0.6, horizonYears: 0.5, drift: 0.1 })
    const wide = expectedImpermanentLoss({
      volatility: 0.6,
      horizonYears: 0.5,
      drift: 0.1,
      priceEntry: 1,
      priceLower: 1e-12,
      priceUpper: 1e12,
    })
    expect(wide).toBeCloseTo(v2, 5)
  })
  it('is 0 with no volatility and no drift', () => {
    expect(
      expectedImpermanentLoss({
        volatility: 0,
        horizonYears: 1,
        priceEntry: 1,
        priceLower: 0.5,
        priceUpper: 2,
      }),
    ).toBeCloseTo(0, 14)
  })
  it('throws VOLATILITY, HORIZON, DRIFT and PRICE', () => {
    expect(() => expectedImpermanentLoss({ volatility: Number.NaN, horizonYears: 1 })).toThrowError(
      expect.objectContaining({ code: 'VOLATILITY' }),
    )
    expect(() => expectedImpermanentLoss({ volatility: 1, horizonYears: Infinity })).toThrowError(
      expect.objectContaining({ code: 'HORIZON' }),
    )
    expect(() => expectedImpermanentLoss({ volatility: 1, horizonYears: 1, drift: Number.NaN })).toThrowError(
      expect.objectContaining({ code: 'DRIFT' }),
    )
    expect(() =>
      expectedImpermanentLoss({ volatility: 1, horizonYears: 1, priceLower: 1, priceUpper: 2 }),
    ).toThrowError(expect.objectContaining({ code: 'PRICE' }))
  })
})
