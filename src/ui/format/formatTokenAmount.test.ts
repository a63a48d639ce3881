import { describe, expect, it } from 'vitest'
import {
  formatSignedWholeTokenAmount,
  formatTokenAmount,
  formatWholeTokenAmount,
} from './formatTokenAmount.ts'

describe('formatTokenAmount', () => {
  it('keeps the exact decimal string from formatUnits', () => {
    expect(formatTokenAmount(4204972892694728599n, 18).exact).toBe('4.204972892694728599')
    expect(formatTokenAmount(35625586009n, 6).exact).toBe('35625.586009')
    expect(formatTokenAmount(999999999999999225n, 18).exact).toBe('0.999999999999999225')
  })

  it('rounds half-up to four significant digits, keeps every whole digit and groups thousands', () => {
    expect(formatTokenAmount(4204972892694728599n, 18).display).toBe('4.205')
    expect(formatTokenAmount(35625586009n, 6).display).toBe('35,626')
    expect(formatTokenAmount(1234567890000000000000n, 18).display).toBe('1,235')
    expect(formatTokenAmount(12345678900000000000n, 18).display).toBe('12.35')
    expect(formatTokenAmount(123456789n, 0).display).toBe('123,456,789')
  })

  it('has no 18-decimal tails: 0.999999999999999225 WETH reads 1', () => {
    expect(formatTokenAmount(999999999999999225n, 18).display).toBe('1')
    expect(formatTokenAmount(999950000000000000n, 18).display).toBe('1')
    expect(formatTokenAmount(999949999999999999n, 18).display).toBe('0.9999')
  })

  it('shows at most six decimals; smaller amounts as "<0.000001"', () => {
    expect(formatTokenAmount(1234567n, 9).display).toBe('0.001235')
    expect(formatTokenAmount(71304992934632867n, 18).display).toBe('0.0713')
    expect(formatTokenAmount(12345678901234n, 18).display).toBe('0.000012')
    expect(formatTokenAmount(500000000000n, 18).display).toBe('0.000001')
    expect(formatTokenAmount(499999999999n, 18).display).toBe('<0.000001')
    expect(formatTokenAmount(1n, 18).display).toBe('<0.000001')
    expect(formatTokenAmount(1n, 6).display).toBe('0.000001')
  })

  it('6-decimal tokens: whole cents and dust', () => {
    expect(formatTokenAmount(2_500_000n, 6).display).toBe('2.5')
    expect(formatTokenAmount(1_234_567_891n, 6).display).toBe('1,235')
    expect(formatTokenAmount(4_321n, 6).display).toBe('0.004321')
  })

  it('shows zero as a plain 0', () => {
    expect(formatTokenAmount(0n, 18)).toEqual({ display: '0', exact: '0' })
    expect(formatTokenAmount(0n, 6).display).toBe('0')
  })

  it('handles 0 and 24 decimals and huge amounts without floats', () => {
    expect(formatTokenAmount(7n, 0)).toEqual({ display: '7', exact: '7' })
    const huge = 123456789012345678901234567890123n
    expect(formatTokenAmount(huge, 24)).toEqual({
      display: '123,456,789',
      exact: '123456789.012345678901234567890123',
    })
    expect(formatTokenAmount(2n ** 255n, 18).display).toBe(
      '57,896,044,618,658,097,711,785,492,504,343,953,926,634,992,332,820,282,019,729',
    )
  })

  it('keeps the sign of negative amounts with one true minus sign', () => {
    expect(formatTokenAmount(-1500000n, 6).display).toBe('−1.5')
    expect(formatTokenAmount(-4204972892694728599n, 18).display).toBe('−4.205')
    expect(formatTokenAmount(-1n, 18).display).toBe('>−0.000001')
  })
})

describe('formatWholeTokenAmount', () => {
  it('applies the same rule to a float amount in whole tokens', () => {
    expect(formatWholeTokenAmount(2.4999999)).toBe('2.5')
    expect(formatWholeTokenAmount(4999.87654)).toBe('5,000')
    expect(formatWholeTokenAmount(0.0000166987)).toBe('0.000017')
    expect(formatWholeTokenAmount(1e-9)).toBe('<0.000001')
    expect(formatWholeTokenAmount(0)).toBe('0')
    expect(formatWholeTokenAmount(-1.23456)).toBe('−1.235')
    expect(formatWholeTokenAmount(1.5e22)).toBe('15,000,000,000,000,000,000,000')
    expect(formatWholeTokenAmount(Number.NaN)).toBe('unavailable')
  })
})

describe('formatSignedWholeTokenAmount', () => {
  it('signs with + or one minus sign, keeps the symbol, and shows zero and dust neutral', () => {
    expect(formatSignedWholeTokenAmount(0.012345678, 'WETH')).toBe('+0.01235 WETH')
    expect(formatSignedWholeTokenAmount(-2.5, 'WETH')).toBe('\u22122.5 WETH')
    expect(formatSignedWholeTokenAmount(0, 'USDC')).toBe('0 USDC')
    expect(formatSignedWholeTokenAmount(-4e-7, 'USDC')).toBe('0 USDC')
    expect(formatSignedWholeTokenAmount(null, 'USDC')).toBe('unavailable')
  })
})
