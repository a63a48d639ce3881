import { describe, expect, it } from 'vitest'
import { formatPrice } from './formatPrice.ts'

describe('formatPrice', () => {
  it('shows six significant digits', () => {
    expect(formatPrice(2965.505869321946)).toBe('2,965.51')
    expect(formatPrice(0.00033721059544847466)).toBe('0.000337211')
    expect(formatPrice(1)).toBe('1')
  })
  it('switches to scientific notation at the extremes', () => {
    expect(formatPrice(2.9389e-39)).toBe('2.939e-39')
    expect(formatPrice(3.4e38)).toBe('3.400e38')
    expect(formatPrice(Number.POSITIVE_INFINITY)).toBe('∞')
  })
})
