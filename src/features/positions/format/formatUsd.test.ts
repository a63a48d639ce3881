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
