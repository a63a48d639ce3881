import { describe, expect, it } from 'vitest'
import { tickToPrice } from '../../math/index.ts'
import { typedRangeStatus } from './typedRangeStatus.ts'

// WETH (18) / USDC (6), 0.3 % pool: ticks on a 60 spacing; price = 1.0001^tick · 10^(18−6).
const pool = { decimals0: 18, decimals1: 6, tickSpacing: 60 }
const snap = (price: number) => Math.round(Math.floor(Math.log(price * 1e-12) / Math.log(1.0001)) / 60) * 60

describe('#typedRangeStatus', () => {
  it('no typed prices: nothing pending', () => {
    expect(typedRangeStatus({ lower: '', upper: ' ' }, pool, { tickLower: 0, tickUpper: 60 })).toEqual({
      kind: 'none',
    })
  })
  it('2800 / 3100 typed but the ±10 % range still in use: pending (the review stays closed)', () => {
    const inUse = { tickLower: -200_040, tickUpper: -198_060 }
    expect(typedRangeStatus({ lower: '2800', upper: '3100' }, pool, inUse).kind).toBe('pending')
  })
  it('applied once the range in use is the snapped typed prices', () => {
    const lower = snap(2800)
    const upper = snap(3100)
    // Snapped to the nearest usable tick: within half a spacing (30 ticks ≈ 0.3 %) of the typed price.
    expect(Math.abs(tickToPrice(lower, 18, 6) / 2800 - 1)).toBeLessThan(0.0031)
    expect(Math.abs(tickToPrice(upper, 18, 6) / 3100 - 1)).toBeLessThan(0.0031)
    expect(
      typedRangeStatus({ lower: '2800', upper: '3100' }, pool, { tickLower: lower, tickUpper: upper }),
    ).toEqual({ kind: 'applied', tickLower: lower, tickUpper: upper })
  })
  it('half-typed or invalid prices are pending with the message', () => {
    expect(typedRangeStatus({ lower: '2800', upper: '' }, pool, { tickLower: 0, tickUpper: 60 })).toEqual({
      kind: 'pending',
      message: 'Enter both a min and a max price.',
    })
    expect(
      typedRangeStatus({ lower: '3100', upper: '2800' }, pool, { tickLower: 0, tickUpper: 60 }).kind,
    ).toBe('pending')
  })
})
