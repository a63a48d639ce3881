import { describe, expect, it } from 'vitest'
import { formatSignedUsd, formatUsd, formatUsdTick, NO_PRICE } from './formatUsd.ts'
import { usdSignTone } from './minusSign.ts'

describe('formatUsd', () => {
  it('shows two decimals from $1, with grouping', () => {
    expect(formatUsd(48571.63101065329)).toBe('$48,571.63')
    expect(formatUsd(1)).toBe('$1.00')
    expect(formatUsd(2.005)).toBe('$2.01')
    expect(formatUsd(333_125.4)).toBe('$333,125.40')
  })
  it('shows four significant digits below $1, and always the cents', () => {
    expect(formatUsd(0.5)).toBe('$0.50')
    expect(formatUsd(0.1234567)).toBe('$0.1235')
    expect(formatUsd(0.004321)).toBe('$0.004321')
    expect(formatUsd(0.00432156)).toBe('$0.004322')
    expect(formatUsd(0.99996)).toBe('$1.00')
  })
  it('shows zero as $0.00 and dust as "<$0.001" (never a 7-decimal tail)', () => {
    expect(formatUsd(0)).toBe('$0.00')
    expect(formatUsd(0.0009)).toBe('<$0.001')
    expect(formatUsd(0.00012345)).toBe('<$0.001')
    expect(formatUsd(0.001)).toBe('$0.001')
  })
  it('shows "no price" for unknown values, never $0', () => {
    expect(formatUsd(null)).toBe(NO_PRICE)
    expect(formatUsd(Number.NaN)).toBe(NO_PRICE)
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe(NO_PRICE)
  })
  it('compacts large values on request, keeping the rule below $1', () => {
    expect(formatUsd(33_332_576.39, { compact: true })).toBe('$33.33M')
    expect(formatUsd(48_571.631, { compact: true })).toBe('$48.57K')
    expect(formatUsd(512.3, { compact: true })).toBe('$512.30')
    expect(formatUsd(98.9, { compact: true })).toBe('$98.90')
    expect(formatUsd(4_000_000, { compact: true })).toBe('$4.00M')
    expect(formatUsd(5_100_000, { compact: true })).toBe('$5.10M')
    expect(formatUsd(0.01234, { compact: true })).toBe('$0.01234')
  })
})

describe('formatSignedUsd', () => {
  it('prefixes + or a true minus sign', () => {
    expect(formatSignedUsd(610.927630817542)).toBe('+$610.93')
    expect(formatSignedUsd(-475.6734065699493)).toBe('−$475.67')
    expect(formatSignedUsd(0.001)).toBe('+$0.001')
    expect(formatSignedUsd(-0.004321)).toBe('−$0.004321')
    expect(formatSignedUsd(null)).toBe(NO_PRICE)
  })
})

describe('signs and zeros (one minus sign, never −0)', () => {
  it('uses U+2212 for every negative', () => {
    expect(formatUsd(-8.1)).toBe('−$8.10')
    expect(formatUsd(-1_234_567.891)).toBe('−$1,234,567.89')
    expect(formatUsd(-33_332_576.39, { compact: true })).toBe('−$33.33M')
    expect(formatUsd(-0.5)).toBe('−$0.50')
    expect(formatSignedUsd(-8.1)).toBe('−$8.10')
    for (const value of [-8.1, -0.5, -0.004, -1e6])
      expect(`${formatUsd(value)}${formatSignedUsd(value)}`).not.toContain('-')
  })
  it('shows zero with no sign: −0 and tiny negatives', () => {
    expect(formatUsd(-0)).toBe('$0.00')
    expect(formatUsd(-0.0004)).toBe('$0.00')
    expect(formatUsd(-1e-12)).toBe('$0.00')
    expect(formatSignedUsd(0)).toBe('$0.00')
    expect(formatSignedUsd(-0)).toBe('$0.00')
    expect(formatSignedUsd(-0.0004)).toBe('$0.00')
    expect(formatSignedUsd(0.0004)).toBe('$0.00')
  })
  it('colors a change by what it shows: "$0.00" is neutral, "−$0.002" red', () => {
    expect(usdSignTone(-0.0004)).toBe('zero')
    expect(formatSignedUsd(-0.0004)).toBe('$0.00')
    expect(usdSignTone(0)).toBe('zero')
    expect(usdSignTone(-0.002)).toBe('negative')
    expect(formatSignedUsd(-0.002)).toBe('−$0.002')
  })
  it('says "no price" for null and NaN', () => {
    expect(formatSignedUsd(Number.NaN)).toBe(NO_PRICE)
    expect(formatSignedUsd(Number.NEGATIVE_INFINITY)).toBe(NO_PRICE)
  })
})

describe('formatUsdTick', () => {
  it('compact axis ticks without decimals', () => {
    expect(formatUsdTick(40_000)).toBe('$40K')
    expect(formatUsdTick(0)).toBe('$0')
    expect(formatUsdTick(-1_500_000)).toBe('−$1.5M')
    expect(formatUsdTick(Number.NaN)).toBe('')
  })
})
