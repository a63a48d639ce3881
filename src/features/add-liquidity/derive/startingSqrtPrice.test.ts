import { describe, expect, it } from 'vitest'
import { encodeSqrtRatioX96, getTickAtSqrtRatio } from '../../../math/index.ts'
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
  it('refuses empty, zero, exponent, negative and unrepresentable prices with a code', () => {
    expect(startingSqrtPrice(' ', 18, 6)).toMatchObject({ ok: false, code: 'EMPTY' })
    expect(startingSqrtPrice('0.000', 18, 6)).toMatchObject({ ok: false, code: 'ZERO' })
    expect(startingSqrtPrice('1e3', 18, 6)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' })
    expect(startingSqrtPrice('-1', 18, 6)).toMatchObject({ ok: false, code: 'NOT_A_NUMBER' })
    expect(startingSqrtPrice('1', 0, 60)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' })
  })
})
