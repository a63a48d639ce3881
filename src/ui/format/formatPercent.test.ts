import { describe, expect, it } from 'vitest'
import { formatPercent } from './formatPercent.ts'

describe('formatPercent', () => {
  it('scales a fraction and picks digits by magnitude', () => {
    expect(formatPercent(0.12919323651087625)).toBe('12.9%')
    expect(formatPercent(0.0576)).toBe('5.76%')
    expect(formatPercent(2.5)).toBe('250%')
    expect(formatPercent(1.0529e34, { signed: true })).toBe('+1.1e36%')
  })
  it('uses a true minus sign and an optional plus', () => {
    expect(formatPercent(-0.009793235200720748)).toBe('−0.98%')
    expect(formatPercent(0.08025, { signed: true })).toBe('+8.03%')
    expect(formatPercent(0)).toBe('0.00%')
  })
  it('marks tiny shares instead of showing 0.00%', () => {
    expect(formatPercent(0.00005759)).toBe('<0.01%')
    expect(formatPercent(-0.00001)).toBe('>−0.01%')
  })
  it('says "unavailable" for unknown figures', () => {
    expect(formatPercent(null)).toBe('unavailable')
  })
})

describe('formatPercent signs and zeros', () => {
  it('never shows −0', () => {
    expect(formatPercent(-0)).toBe('0.00%')
    expect(formatPercent(-0, { signed: true })).toBe('0.00%')
    expect(formatPercent(Number.NaN)).toBe('unavailable')
  })
})
