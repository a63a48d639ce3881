import { describe, expect, it } from 'vitest'
import { MAX_UINT256, Q128 } from './constants.ts'
import { feeAprFromFeeGrowth, feeAprFromVolume, v2FeeYield } from './feeApr.ts'

describe('#feeAprFromFeeGrowth', () => {
  it('values exact fee wei (with mod 2^256 wrap) and annualises', () => {
    const result = feeAprFromFeeGrowth({
      liquidity: 10n ** 18n,
      feeGrowthInside0StartX128: MAX_UINT256, // end − start wraps to exactly Q128 / 1e12
      feeGrowthInside0EndX128: Q128 / 10n ** 12n - 1n,
      feeGrowthInside1StartX128: 0n,
      feeGrowthInside1EndX128: 2n * (Q128 / 10n ** 12n),
      elapsedSeconds: 86_400,
      decimals0: 6,
      decimals1: 6,
      price0Usd: 1,
      price1Usd: 1,
      positionValueUsd: 365,
    })
    expect(result.fees0Wei).toBe(((Q128 / 10n ** 12n) * 10n ** 18n) / Q128)
    expect(result.fees1Wei).toBe((2n * (Q128 / 10n ** 12n) * 10n ** 18n) / Q128)
    expect(result.feesUsd).toBeCloseTo(3, 5)
    expect(result.apr).toBeCloseTo(3, 5)
  })
  it('throws HORIZON for a zero window', () => {
    expect(() =>
      feeAprFromFeeGrowth({
        liquidity: 1n,
        feeGrowthInside0StartX128: 0n,
        feeGrowthInside0EndX128: 0n,
        feeGrowthInside1StartX128: 0n,
        feeGrowthInside1EndX128: 0n,
        elapsedSeconds: 0,
        decimals0: 18,
        decimals1: 18,
        price0Usd: 1,
        price1Usd: 1,
        positionValueUsd: 1,
      }),
    ).toThrowError(expect.objectContaining({ code: 'HORIZON' }))
  })
})

describe('#feeAprFromVolume', () => {
  it('volume x fee x share x 365 / value', () => {
    const apr = feeAprFromVolume({
      volumeUsdPerDay: 1_000_000,
      feePips: 3000,
      liquidity: 1n,
      activeLiquidity: 99n,
      positionValueUsd: 10_000,
    })
    expect(apr).toBeCloseTo((1_000_000 * 0.003 * 0.01 * 365) / 10_000, 10)
    expect(
      feeAprFromVolume({
        volumeUsdPerDay: 1_000_000,
        feePips: 3000,
        protocolFeeShare: 0.25,
        inRangeFraction: 0.5,
        liquidity: 1n,
        activeLiquidity: 99n,
        positionValueUsd: 10_000,
      }),
    ).toBeCloseTo(apr * 0.75 * 0.5, 10)
  })
  it('throws FEE for a bad fee', () => {
    expect(() =>
      feeAprFromVolume({
        volumeUsdPerDay: 1,
        feePips: -1,
        liquidity: 1n,
        activeLiquidity: 1n,
        positionValueUsd: 1,
      }),
    ).toThrowError(expect.objectContaining({ code: 'FEE' }))
  })
})

describe('#v2FeeYield', () => {
  it('is the growth of sqrt(k) per LP token', () => {
    const start = { reserve0: 1000n, reserve1: 1000n, totalSupply: 1000n }
    const end = { reserve0: 2020n, reserve1: 505n, totalSupply: 1000n }
    expect(v2FeeYield(start, end)).toBeCloseTo(Math.sqrt(2020 * 505) / 1000 - 1, 12)
    expect(() => v2FeeYield(start, { ...end, reserve0: 0n })).toThrowError(
      expect.objectContaining({ code: 'RESERVES' }),
    )
  })
})
