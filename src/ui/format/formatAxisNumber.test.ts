import { describe, expect, it } from 'vitest'
import { formatAxisNumber } from './formatAxisNumber.ts'

describe('formatAxisNumber', () => {
  it('keeps three significant digits, compact', () => {
    expect(formatAxisNumber(2965.5)).toBe('2.97K')
    expect(formatAxisNumber(0.000337)).toBe('0.000337')
    expect(formatAxisNumber(48571.63)).toBe('48.6K')
    expect(formatAxisNumber(0.00000123)).toBe('1.2e-6')
  })

  it('switches to an exponent from 1e15, never showing digits it does not have', () => {
    expect(formatAxisNumber(999e12)).toBe('999T')
    expect(formatAxisNumber(496489437902092900)).toBe('4.96e17')
    expect(formatAxisNumber(-1.6596395052974867e26)).toBe('−1.66e26')
  })
})

describe('formatAxisNumber signs', () => {
  it('uses U+2212 and never "−0"', () => {
    expect(formatAxisNumber(-2965.5)).toBe('−2.97K')
    expect(formatAxisNumber(-0)).toBe('0')
  })
})
