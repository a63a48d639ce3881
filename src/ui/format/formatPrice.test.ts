import { describe, expect, it } from 'vitest'
import { formatPrice, formatPriceRange } from './formatPrice.ts'

describe('formatPrice', () => {
  it('shows four significant digits, never dropping whole digits', () => {
    expect(formatPrice(2965.505869321946)).toBe('2,966')
    expect(formatPrice(123456.7)).toBe('123,457')
    expect(formatPrice(12.3456)).toBe('12.35')
    expect(formatPrice(1)).toBe('1')
  })
  it('tiny prices keep four significant digits, the zeros counted in a subscript (no 7-decimal tail)', () => {
    expect(formatPrice(0.0000166987)).toBe('0.0₄167')
    expect(formatPrice(0.00033721059544847466)).toBe('0.0₃3372')
    expect(formatPrice(0.000000012345)).toBe('0.0₇1235')
    expect(formatPrice(-0.00033721)).toBe('−0.0₃3372')
    expect(formatPrice(0.0012345)).toBe('0.001235')
    expect(formatPrice(0.00099996)).toBe('0.001')
  })
  it('switches to exponent form at the extremes', () => {
    expect(formatPrice(2.9389e-39)).toBe('2.939e-39')
    expect(formatPrice(3.4e38)).toBe('3.400e38')
  })
  it('shows the full-range bounds as 0 and ∞', () => {
    expect(formatPrice(0)).toBe('0')
    expect(formatPrice(Number.POSITIVE_INFINITY)).toBe('∞')
    expect(formatPriceRange(0, Number.POSITIVE_INFINITY)).toBe('0 – ∞')
    expect(formatPriceRange(2800.4, 3100.6)).toBe('2,800 – 3,101')
  })
  it('says "unavailable" for NaN', () => {
    expect(formatPrice(Number.NaN)).toBe('unavailable')
  })
})
