import { describe, expect, it } from 'vitest'
import { formatTokenAmount } from './formatTokenAmount.ts'

describe('formatTokenAmount', () => {
  it('keeps the exact decimal string from formatUnits', () => {
    expect(formatTokenAmount(4204972892694728599n, 18).exact).toBe('4.204972892694728599')
    expect(formatTokenAmount(35625586009n, 6).exact).toBe('35625.586009')
  })

  it('rounds half-up to about six significant digits and groups thousands', () => {
    expect(formatTokenAmount(4204972892694728599n, 18).display).toBe('4.20497')
    expect(formatTokenAmount(35625586009n, 6).display).toBe('35,625.6')
    expect(formatTokenAmount(1234567890000000000000n, 18).display).toBe('1,234.57')
    expect(formatTokenAmount(999999500000000000n, 18).display).toBe('1')
    expect(formatTokenAmount(123456789n, 0).display).toBe('123,456,789')
  })

  it('shows small amounts with their significant digits, and dust as "<0.00000001"', () => {
    expect(formatTokenAmount(1234567n, 9).display).toBe('0.0012346')
    expect(formatTokenAmount(71304992934632867n, 18).display).toBe('0.071305')
    expect(formatTokenAmount(1n, 18).display).toBe('<0.00000001')
    expect(formatTokenAmount(0n, 18).display).toBe('0')
  })

  it('handles 0 and 24 decimals without floats', () => {
    expect(formatTokenAmount(7n, 0)).toEqual({ display: '7', exact: '7' })
    const huge = 123456789012345678901234567890123n
    expect(formatTokenAmount(huge, 24)).toEqual({
      display: '123,456,789',
      exact: '123456789.012345678901234567890123',
    })
  })

  it('keeps the sign of negative amounts', () => {
    expect(formatTokenAmount(-1500000n, 6).display).toBe('−1.5')
  })
})
