import { describe, expect, it } from 'vitest'
import { formatTierShare } from './formatTierShare.ts'

describe('#formatTierShare', () => {
  it('says unavailable and partial', () => {
    expect(formatTierShare({ share: 0.6, partial: false })).toBe('60.00%')
    expect(formatTierShare({ share: 0.6, partial: true })).toBe('60.00% of known (partial)')
    expect(formatTierShare({ share: null, partial: false })).toBe('unavailable')
  })
})
