import { describe, expect, it } from 'vitest'
import { formatCount } from './formatCount.ts'

describe('formatCount', () => {
  it('groups thousands, numbers and bigints alike', () => {
    expect(formatCount(12345)).toBe('12,345')
    expect(formatCount(0)).toBe('0')
    expect(formatCount(21_000_000n)).toBe('21,000,000')
  })
})
