import { describe, expect, it } from 'vitest'
import { formatChainDate, formatChainDateTime } from './formatChainDate.ts'

describe('formatChainDate', () => {
  it('formats unix seconds as a UTC date', () => {
    expect(formatChainDate(1767506978)).toBe('Jan 4, 2026')
    expect(formatChainDate(0)).toBe('Jan 1, 1970')
  })
})

describe('formatChainDateTime', () => {
  it('formats unix seconds as a UTC date and 24-hour time', () => {
    expect(formatChainDateTime(1767506978)).toBe('Jan 4, 2026, 06:09 UTC')
    expect(formatChainDateTime(0)).toBe('Jan 1, 1970, 00:00 UTC')
  })
})
