import { describe, expect, it } from 'vitest'
import { formatSignedUsd, formatUsd, NO_PRICE } from './formatUsd.ts'

describe('formatUsd', () => {
  it('formats dollars with two decimals and grouping', () => {
    expect(formatUsd(48571.63101065329)).toBe('$48,571.63')
    expect(formatUsd(0)).toBe('$0.00')
    expect(formatUsd(0.5)).toBe('$0.50')
  })
  it('shows "no price" for unknown values, never $0', () => {
    expect(formatUsd(null)).toBe(NO_PRICE)
    expect(formatUsd(Number.NaN)).toBe(NO_PRICE)
  })
  it('marks sub-cent values instead of rounding them to $0.00', () => {
    expect(formatUsd(0.004)).toBe('<$0.01')
  })
  it('compacts large values on request', () => {
    expect(formatUsd(33_332_576.39, { compact: true })).toBe('$33.33M')
  })
})

describe('formatSignedUsd', () => {
  it('prefixes + or a true minus sign', () => {
    expect(formatSignedUsd(610.927630817542)).toBe('+$610.93')
    expect(formatSignedUsd(-475.6734065699493)).toBe('−$475.67')
    expect(formatSignedUsd(0.001)).toBe('$0.00')
    expect(formatSignedUsd(null)).toBe(NO_PRICE)
  })
})

describe('signs and zeros (one minus sign, never −0)', () => {
  it('uses U+2212 for every negative', () => {
    expect(formatUsd(-8.1)).toBe('−$8.10')
    expect(formatUsd(-1_234_567.891)).toBe('−$1,234,567.89')
    expect(formatUsd(-33_332_576.39, { compact: true })).toBe('−$33.33M')
    expect(formatSignedUsd(-8.1)).toBe('−$8.10')
  })
  it('shows zero with no sign: −0, −0.004, tiny negatives', () => {
    expect(formatUsd(-0)).toBe('$0.00')
    expect(formatUsd(-0.004)).toBe('$0.00')
    expect(formatUsd(-1e-12)).toBe('$0.00')
    expect(formatSignedUsd(-0)).toBe('$0.00')
    expect(formatSignedUsd(-0.004)).toBe('$0.00')
    expect(formatSignedUsd(-0.0049999)).toBe('$0.00')
    expect(formatSignedUsd(-0.005)).toBe('−$0.01')
  })
  it('says "no price" for null and NaN', () => {
    expect(formatSignedUsd(Number.NaN)).toBe(NO_PRICE)
    expect(formatSignedUsd(Number.NEGATIVE_INFINITY)).toBe(NO_PRICE)
  })
})
