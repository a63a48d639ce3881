import { describe, expect, it } from 'vitest'
import { formatLiquidityShare, formatLiquidityShareTick } from './formatLiquidityShare.ts'

describe('formatLiquidityShare', () => {
  it('shows a share of active liquidity with two decimals, never raw L', () => {
    expect(formatLiquidityShare(0.1234)).toBe('12.34%')
    expect(formatLiquidityShare(1)).toBe('100.00%')
    expect(formatLiquidityShare(0.00001)).toBe('<0.01%')
    expect(formatLiquidityShare(0)).toBe('0.00%')
    expect(formatLiquidityShare(null)).toBe('unavailable')
  })
  it('whole percents on axis ticks', () => {
    expect(formatLiquidityShareTick(0)).toBe('0%')
    expect(formatLiquidityShareTick(1.5)).toBe('150%')
    expect(formatLiquidityShareTick(12.345)).toBe('1,235%')
    expect(formatLiquidityShareTick(Number.NaN)).toBe('')
  })
})
