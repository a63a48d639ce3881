// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { displayedInterval, showsValue } from './displayedNumber.ts'

describe('displayedInterval', () => {
  it('reads a subscript zero count: 0.0₄167 is 0.0000167 ± half a unit of its last digit', () => {
    const tiny = displayedInterval('0.0₄167')
    expect(tiny?.low).toBeCloseTo(0.00001665, 15)
    expect(tiny?.high).toBeCloseTo(0.00001675, 15)
    expect(displayedInterval('0.0₁₂5')?.low).toBeCloseTo(4.5e-13, 25)
  })
  it('reads compact USD as ± half a unit of the last digit shown', () => {
    expect(displayedInterval('$6.47M')).toEqual({ low: 6_465_000, high: 6_475_000 })
    const k = displayedInterval('$912.5K')
    expect(k?.low).toBeCloseTo(912_450, 6)
    expect(k?.high).toBeCloseTo(912_550, 6)
    expect(displayedInterval('$48,571.63')?.low).toBeCloseTo(48_571.625, 9)
  })

  it('reads percentages in percent, with or without a space, and true minus signs', () => {
    expect(displayedInterval('5.71%')?.high).toBeCloseTo(5.715, 12)
    expect(displayedInterval('12.34 %')?.low).toBeCloseTo(12.335, 12)
    expect(displayedInterval('−0.98%')?.low).toBeCloseTo(-0.985, 12)
  })

  it('reads exponents and axis suffixes', () => {
    expect(displayedInterval('1.23e-7')?.low).toBeCloseTo(1.225e-7, 15)
    expect(displayedInterval('4.56k')?.high).toBeCloseTo(4_565, 9)
    expect(displayedInterval('1.23e15')?.high).toBeCloseTo(1.235e15, -3)
  })

  it('reads bounds as half-open ranges from zero', () => {
    expect(displayedInterval('<$0.01')).toEqual({ low: 0, high: 0.01 })
    expect(displayedInterval('<0.01%')).toEqual({ low: 0, high: 0.01 })
    expect(displayedInterval('>−0.01%')).toEqual({ low: -0.01, high: 0 })
  })

  it('is null for text that is not a number', () => {
    for (const text of ['unavailable', 'no price', '…', '', '$', '1.2.3', '∞'])
      expect(displayedInterval(text)).toBeNull()
  })
})

describe('showsValue', () => {
  it('accepts the rounded truth and rejects one display unit off', () => {
    // $6,468,123.45 in compact notation is $6.47M; $6.46M is a different figure.
    expect(showsValue('$6.47M', 6_468_123.45)).toBe(true)
    expect(showsValue('$6.46M', 6_468_123.45)).toBe(false)
    expect(showsValue('2,965.51', 2965.505869321946)).toBe(true)
    expect(showsValue('2,965.5', 2965.56)).toBe(false)
  })

  it('tolerates float noise exactly on a rounding boundary', () => {
    expect(showsValue('$1.25', 1.255 * (1 + 1e-12))).toBe(true)
  })
})
