import { describe, expect, it } from 'vitest'
import { formatPercent } from './formatPercent.ts'

describe('formatPercent', () => {
  it('scales a fraction and shows two decimals', () => {
    expect(formatPercent(0.12919323651087625)).toBe('12.92%')
    expect(formatPercent(0.0576)).toBe('5.76%')
    expect(formatPercent(2.5)).toBe('250.00%')
    expect(formatPercent(1)).toBe('100.00%')
    expect(formatPercent(9.99994)).toBe('999.99%')
  })
  it('uses a true minus sign and an optional plus', () => {
    expect(formatPercent(-0.009793235200720748)).toBe('−0.98%')
    expect(formatPercent(0.08025, { signed: true })).toBe('+8.03%')
    expect(formatPercent(-0.5, { signed: true })).toBe('−50.00%')
    expect(formatPercent(0)).toBe('0.00%')
  })
  it('marks tiny shares instead of showing 0.00%', () => {
    expect(formatPercent(0.00005759)).toBe('<0.01%')
    expect(formatPercent(-0.00001)).toBe('>−0.01%')
    expect(formatPercent(0.0001)).toBe('0.01%')
  })
  it('marks huge figures instead of false precision', () => {
    expect(formatPercent(5660)).toBe('>1,000%')
    expect(formatPercent(10.01)).toBe('>1,000%')
    expect(formatPercent(10)).toBe('1,000.00%')
    expect(formatPercent(1.0529e34, { signed: true })).toBe('>+1,000%')
    expect(formatPercent(-1.0529e34, { signed: true })).toBe('<−1,000%')
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('>1,000%')
  })
  it('says "unavailable" for unknown figures', () => {
    expect(formatPercent(null)).toBe('unavailable')
    expect(formatPercent(Number.NaN)).toBe('unavailable')
  })
})

describe('formatPercent signs and zeros', () => {
  it('never shows −0', () => {
    expect(formatPercent(-0)).toBe('0.00%')
    expect(formatPercent(-0, { signed: true })).toBe('0.00%')
    expect(formatPercent(0, { signed: true })).toBe('0.00%')
  })
})
