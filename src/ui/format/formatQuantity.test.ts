import { describe, expect, it } from 'vitest'
import { formatPercentTick } from './formatPercent.ts'
import { formatDays, formatMultiple } from './formatQuantity.ts'

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
  it('never prints NaN', () => {
    expect(formatDays(Number.NaN)).toBe('unavailable')
    expect(formatMultiple(Number.POSITIVE_INFINITY)).toBe('unavailable')
    expect(formatPercentTick(Number.NaN)).toBe('')
  })
})
