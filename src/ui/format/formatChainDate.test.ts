import { describe, expect, it } from 'vitest'
import { formatChainDate } from './formatChainDate.ts'

describe('formatChainDate', () => {
  it('formats unix seconds as a UTC date', () => {
    expect(formatChainDate(1767506978)).toBe('Jan 4, 2026')
    expect(formatChainDate(0)).toBe('Jan 1, 1970')
  })
})
