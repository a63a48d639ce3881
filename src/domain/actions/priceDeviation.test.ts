import { describe, expect, it } from 'vitest'
import { encodeSqrtRatioX96 } from '../../math/index.ts'
import { priceDeviationBps, v2ReferenceSqrtPriceX96, worstDeviation } from './priceDeviation.ts'

const unit = 2n ** 90n

describe('#priceDeviationBps', () => {
  it('compares prices (squares of the sqrt prices), floored to basis points', () => {
    expect(priceDeviationBps(10n * unit, 10n * unit)).toBe(0n)
    // (11/10)^2 = 1.21 → 2100 bps; (10/11)^2 = 0.8264… → 1735.5 bps floored
    expect(priceDeviationBps(11n * unit, 10n * unit)).toBe(2100n)
    expect(priceDeviationBps(10n * unit, 11n * unit)).toBe(1735n)
  })
  it('refuses a zero reference', () => {
    expect(() => priceDeviationBps(unit, 0n)).toThrow('REFERENCE_PRICE')
  })
})

describe('#worstDeviation', () => {
  it('quotes the farthest reference; strong only above 5 %', () => {
    const near = { protocol: 'v3' as const, fee: 3000, sqrtPriceX96: 400n * unit }
    const far = { protocol: 'v2' as const, fee: 3000, sqrtPriceX96: 409n * unit }
    // Relative to the reference: 1 − (400/409)^2 → 435 bps, not strong; (4099/4000)^2 − 1 → 501 bps, strong.
    expect(worstDeviation(400n * unit, [near, far])).toEqual({
      reference: far,
      deviationBps: 435n,
      strong: false,
    })
    expect(
      worstDeviation(4099n * unit, [{ protocol: 'v3' as const, fee: 3000, sqrtPriceX96: 4000n * unit }]),
    ).toMatchObject({
      deviationBps: 501n,
      strong: true,
    })
    // The same two prices the other way round: 1 − (4000/4099)^2 → 477 bps (relative to the reference).
    expect(
      worstDeviation(4000n * unit, [{ protocol: 'v2' as const, fee: 3000, sqrtPriceX96: 4099n * unit }])
        ?.strong,
    ).toBe(false)
    expect(worstDeviation(400n * unit, [])).toBeUndefined()
  })
})

describe('#v2ReferenceSqrtPriceX96', () => {
  it('is reserve1 / reserve0 as a sqrt price; an empty pair has none', () => {
    expect(v2ReferenceSqrtPriceX96(10n ** 18n, 2000n * 10n ** 6n)).toBe(
      encodeSqrtRatioX96(2000n * 10n ** 6n, 10n ** 18n),
    )
    expect(v2ReferenceSqrtPriceX96(0n, 5n)).toBeUndefined()
  })
})
