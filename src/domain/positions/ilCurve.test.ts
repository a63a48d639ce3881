import { describe, expect, it } from 'vitest'
import { impermanentLossV3 } from '../../math/index.ts'
import { ilCurve } from './ilCurve.ts'

describe('ilCurve', () => {
  it('V3: zero at entry, negative away from it, today matches impermanentLossV3', () => {
    const range = { lower: 2359.05, upper: 3203.5 }
    const { curve, today } = ilCurve({ priceEntry: 2750, priceNow: 2965.5, range })
    expect(curve).toHaveLength(121)
    expect(curve[0]?.price).toBeCloseTo(2359.05 / 1.6, 6)
    expect(Math.max(...curve.map((p) => p.ilPct))).toBeLessThanOrEqual(1e-9)
    expect(today.ilPct).toBeCloseTo(
      impermanentLossV3({ priceEntry: 2750, priceNow: 2965.5, priceLower: 2359.05, priceUpper: 3203.5 }) *
        100,
      9,
    )
  })
  it('V2: −5.72 % at ×2 and ÷2, window clamped to ×/÷4 of today', () => {
    const { curve, today } = ilCurve({ priceEntry: 1000, priceNow: 2000, range: null })
    expect(today.ilPct).toBeCloseTo(-5.719095841793653, 9)
    expect(curve[0]?.price).toBeCloseTo(1000 / 1.6, 6)
    expect(curve[curve.length - 1]?.price).toBeCloseTo(2000 * 1.6, 6)
  })
})
