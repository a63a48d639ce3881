import { describe, expect, it } from 'vitest'
import { formatAxisNumber } from './formatAxisNumber.ts'

describe('formatAxisNumber', () => {
  it('keeps three significant digits, compact', () => {
    expect(formatAxisNumber(2965.5)).toBe('2.97K')
    expect(formatAxisNumber(0.000337)).toBe('0.000337')
    expect(formatAxisNumber(48571.63)).toBe('48.6K')
    expect(formatAxisNumber(0.00000123)).toBe('1.2e-6')
  })
})

describe('formatAxisNumber signs', () => {
  it('uses U+2212 and never "−0"', () => {
    expect(formatAxisNumber(-2965.5)).toBe('−2.97K')
    expect(formatAxisNumber(-0)).toBe('0')
  })
})
