import { describe, expect, it } from 'vitest'
import { formatPercentTick } from './formatPercent.ts'
import { formatDays, formatGwei, formatHours, formatMeanCount, formatMultiple } from './formatQuantity.ts'

describe('formatDays / formatMultiple / formatPercentTick', () => {
  it('one decimal for days, two for multiples, whole percents on axes', () => {
    expect(formatDays(3.46)).toBe('3.5 d')
    expect(formatDays(0)).toBe('0.0 d')
    expect(formatMultiple(2.345)).toBe('2.35×')
    expect(formatPercentTick(20)).toBe('20%')
    expect(formatPercentTick(-12.6)).toBe('−13%')
    expect(formatPercentTick(-0.2)).toBe('0%')
    expect(formatPercentTick(12.34, 1)).toBe('12.3%')
  })
  it('hours, mean counts and gwei', () => {
    expect(formatHours(24)).toBe('24 h')
    expect(formatHours(1.5)).toBe('1.5 h')
    expect(formatMeanCount(1.9466)).toBe('1.95')
    expect(formatGwei(1_500_000_000n)).toBe('1.5 gwei')
    expect(formatGwei(1_234_567n)).toBe('0.00123 gwei')
    expect(formatHours(Number.NaN)).toBe('unavailable')
  })
  it('never prints NaN', () => {
    expect(formatDays(Number.NaN)).toBe('unavailable')
    expect(formatMultiple(Number.POSITIVE_INFINITY)).toBe('unavailable')
    expect(formatPercentTick(Number.NaN)).toBe('')
  })
})
