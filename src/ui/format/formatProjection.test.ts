import { describe, expect, it } from 'vitest'
import { formatPercent, formatUsd } from './formatProjection.ts'

describe('simulator formatters: signs and zeros', () => {
  it('uses U+2212 and never shows −$0.00', () => {
    expect(formatUsd(-8.1)).toBe('−$8.10')
    expect(formatUsd(-2_500_000)).toBe('−$2.50M')
    expect(formatUsd(-0.004)).toBe('$0.00')
    expect(formatUsd(-0)).toBe('$0.00')
    expect(formatUsd(Number.NaN)).toBe('unavailable')
  })
  it('percent: −0 and tiny negatives show no sign', () => {
    expect(formatPercent(-0)).toBe('0.00 %')
    expect(formatPercent(-0.00001)).toBe('0.00 %')
    expect(formatPercent(-0.081)).toBe('−8.10 %')
  })
})
