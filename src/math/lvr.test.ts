import { describe, expect, it } from 'vitest'
import { breakEvenVolatility, lvrRate } from './lvr.ts'

describe('#lvrRate', () => {
  it('constant product is sigma^2/8', () => {
    expect(lvrRate({ volatility: 0.8 })).toBeCloseTo(0.08, 12)
    expect(lvrRate({ volatility: 0.8, price: 5, priceLower: 0, priceUpper: Infinity })).toBeCloseTo(0.08, 12)
  })
  it('range [P/2, 2P] at 80% is ~27.3%/yr and amplifies by sqrt(k)/(sqrt(k)-1) at the centre', () => {
    expect(lvrRate({ volatility: 0.8, price: 1, priceLower: 0.5, priceUpper: 2 })).toBeCloseTo(0.2731, 4)
    const k = 1.5
    expect(lvrRate({ volatility: 1, price: 3, priceLower: 3 / k, priceUpper: 3 * k })).toBeCloseTo(
      (1 / 8) * (Math.sqrt(k) / (Math.sqrt(k) - 1)),
      12,
    )
  })
  it('is 0 out of range', () => {
    expect(lvrRate({ volatility: 0.8, price: 3, priceLower: 0.5, priceUpper: 2 })).toBe(0)
  })
  it('throws VOLATILITY, PRICE and TICK_ORDER', () => {
    for (const volatility of [Number.NaN, Infinity, -0.1])
      expect(() => lvrRate({ volatility })).toThrowError(expect.objectContaining({ code: 'VOLATILITY' }))
    expect(() => lvrRate({ volatility: 1, priceLower: 1, priceUpper: 2 })).toThrowError(
      expect.objectContaining({ code: 'PRICE' }),
    )
    expect(() => lvrRate({ volatility: 1, price: 1, priceLower: 2, priceUpper: 1 })).toThrowError(
      expect.objectContaining({ code: 'TICK_ORDER' }),
    )
  })
})

describe('#breakEvenVolatility', () => {
  it('inverts lvrRate', () => {
    expect(breakEvenVolatility({ feeApr: 0.08 })).toBeCloseTo(0.8, 12)
    const range = { price: 1, priceLower: 0.5, priceUpper: 2 }
    const sigma = breakEvenVolatility({ ...range, feeApr: 0.3 })
    expect(lvrRate({ ...range, volatility: sigma })).toBeCloseTo(0.3, 12)
    expect(breakEvenVolatility({ price: 3, priceLower: 0.5, priceUpper: 2, feeApr: 0.3 })).toBe(Infinity)
  })
})
