import { describe, expect, it } from 'vitest'
import { parseAmount } from './parseAmount.ts'

const usdc = { decimals: 6, symbol: 'USDC' }

describe('#parseAmount', () => {
  it.each([
    ['1.5', 1_500_000n],
    ['0.000001', 1n],
    ['.5', 500_000n],
    ['12.', 12_000_000n],
    [' 3 ', 3_000_000n],
    ['1_000', 1_000_000_000n],
  ])('parses %s exactly', (input, amountWei) => {
    expect(parseAmount(input, usdc)).toEqual({ ok: true, amountWei })
  })

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['0', 'ZERO'],
    ['0.000', 'ZERO'],
    ['-1', 'NEGATIVE'],
    ['abc', 'NOT_A_NUMBER'],
    ['1.2.3', 'NOT_A_NUMBER'],
    ['0x10', 'NOT_A_NUMBER'],
    ['1e5', 'EXPONENT'],
    ['2E-3', 'EXPONENT'],
    ['0.0000001', 'TOO_MANY_DECIMALS'],
  ])('refuses %j with %s', (input, code) => {
    const result = parseAmount(input, usdc)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.code).toBe(code)
  })

  it('gives distinct messages', () => {
    const messages = ['', '0', '-1', 'x', '1e5', '0.0000001'].map((input) => {
      const result = parseAmount(input, usdc)
      return result.ok ? '' : result.message
    })
    expect(new Set(messages).size).toBe(messages.length)
  })

  it('refuses an amount above the balance, accepts exactly the balance', () => {
    expect(parseAmount('2', { ...usdc, balanceWei: 1_999_999n })).toMatchObject({ code: 'ABOVE_BALANCE' })
    expect(parseAmount('2', { ...usdc, balanceWei: 2_000_000n })).toEqual({ ok: true, amountWei: 2_000_000n })
  })

  it('accepts zero when asked (one-sided deposits) and handles 0 and 24 decimals', () => {
    expect(parseAmount('0', { ...usdc, allowZero: true })).toEqual({ ok: true, amountWei: 0n })
    expect(parseAmount('1.5', { decimals: 0, symbol: 'ZERO' })).toMatchObject({ code: 'TOO_MANY_DECIMALS' })
    expect(parseAmount('0.000000000000000000000001', { decimals: 24, symbol: 'YOCTO' })).toEqual({
      ok: true,
      amountWei: 1n,
    })
  })
})
