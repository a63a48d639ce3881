import { describe, expect, it } from 'vitest'
import { encodeSqrtRatioX96, getTickAtSqrtRatio } from '../../math/index.ts'
import { startingSqrtPrice } from './startingSqrtPrice.ts'

describe('#startingSqrtPrice', () => {
  it('2000 USDC per WETH (18 / 6 decimals) is the exact ratio 2000e6 : 1e18', () => {
    const result = startingSqrtPrice('2000', 18, 6)
    expect(result).toEqual({ ok: true, sqrtPriceX96: encodeSqrtRatioX96(2000n * 10n ** 6n, 10n ** 18n) })
    if (result.ok) expect(getTickAtSqrtRatio(result.sqrtPriceX96)).toBe(-200312)
  })
  it('keeps fraction digits exactly (1.5 of an equal-decimals pair)', () => {
    expect(startingSqrtPrice('1.5', 18, 18)).toEqual({ ok: true, sqrtPriceX96: encodeSqrtRatioX96(15n, 10n) })
  })
  it('the inverse quote (0.0005 WETH per USDC) gives the same sqrt price as 2000 USDC per WETH', () => {
    const direct = startingSqrtPrice('2000', 18, 6)
    const inverse = startingSqrtPrice('0.0005', 18, 6, 'token0PerToken1')
    expect(inverse).toEqual(direct)
    expect(inverse.ok && inverse.sqrtPriceX96).toBe(3543191142285914205922034n)
  })
  it('ignores leading zeros and surrounding spaces', () => {
    expect(startingSqrtPrice(' 002000.0 ', 18, 6)).toEqual(startingSqrtPrice('2000', 18, 6))
  })
  it('refuses empty, zero, exponent, negative, non-finite and unrepresentable prices with a code', () => {
    expect(startingSqrtPrice(' ', 18, 6)).toMatchObject({ ok: false, code: 'EMPTY' })
    expect(startingSqrtPrice('0.000', 18, 6)).toMatchObject({ ok: false, code: 'ZERO' })
    expect(startingSqrtPrice('1e3', 18, 6)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' })
    expect(startingSqrtPrice('-1', 18, 6)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' })
    expect(startingSqrtPrice('Infinity', 18, 6)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' })
    expect(startingSqrtPrice('NaN', 18, 6)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' })
    expect(startingSqrtPrice('1,5', 18, 6)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' })
    expect(startingSqrtPrice('1', 0, 60)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' })
  })
  it('sane bounds: 1e24 and 1e-24 pass, beyond is implausible; more than 40 digits is too precise', () => {
    expect(startingSqrtPrice(`1${'0'.repeat(24)}`, 18, 18).ok).toBe(true)
    expect(startingSqrtPrice(`0.${'0'.repeat(23)}1`, 18, 18).ok).toBe(true)
    expect(startingSqrtPrice(`1${'0'.repeat(24)}1`, 18, 18)).toMatchObject({ ok: false, code: 'IMPLAUSIBLE' })
    expect(startingSqrtPrice(`0.${'0'.repeat(24)}1`, 18, 18)).toMatchObject({
      ok: false,
      code: 'IMPLAUSIBLE',
    })
    expect(startingSqrtPrice(`1.${'1'.repeat(40)}`, 18, 18)).toMatchObject({ ok: false, code: 'TOO_PRECISE' })
  })
})
