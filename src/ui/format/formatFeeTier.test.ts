import { describe, expect, it } from 'vitest'
import { formatFeeTier } from './formatFeeTier.ts'

describe('formatFeeTier', () => {
  it('converts pips to percent', () => {
    expect(formatFeeTier(100)).toBe('0.01%')
    expect(formatFeeTier(500)).toBe('0.05%')
    expect(formatFeeTier(3000)).toBe('0.3%')
    expect(formatFeeTier(10000)).toBe('1%')
  })
})
