import { describe, expect, it } from 'vitest'
import { tickFromPrice } from './validateRange.ts'
import { validateRangePrices } from './validateRangePrices.ts'

const POOL = { decimals0: 18, decimals1: 6, tickSpacing: 60 }

describe('#validateRangePrices', () => {
  it('snaps valid prices to ticks of the spacing', () => {
    const result = validateRangePrices('1800', '2200', POOL)
    expect(result).toEqual({
      ok: true,
      tickLower: tickFromPrice(1800, 18, 6, 60),
      tickUpper: tickFromPrice(2200, 18, 6, 60),
    })
    if (result.ok) expect(Math.abs(result.tickLower % 60)).toBe(0)
  })
  it('reports prices beyond the tick limits instead of throwing', () => {
    expect(validateRangePrices(`0.${'0'.repeat(60)}1`, '1', POOL)).toMatchObject({
      ok: false,
      message: /outside what a Uniswap V3 pool/,
    })
    expect(validateRangePrices('1', '9'.repeat(400), POOL)).toMatchObject({ ok: false })
  })
  it('refuses inverted and non-numeric ranges', () => {
    expect(validateRangePrices('2', '1', POOL)).toMatchObject({
      ok: false,
      message: /min price must be below/,
    })
    expect(validateRangePrices('1e3', '2', POOL)).toMatchObject({ ok: false, message: /plain decimal/ })
  })
})
