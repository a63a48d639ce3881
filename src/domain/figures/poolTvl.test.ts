import { describe, expect, it } from 'vitest'
import { poolTvlUsd } from './poolTvl.ts'

describe('#poolTvlUsd', () => {
  it('values both held amounts: 1.5 WETH at 2,000 + 250.5 USDC at 1 = 3,250.5', () => {
    expect(
      poolTvlUsd({
        amount0Wei: 15n * 10n ** 17n,
        amount1Wei: 250_500_000n,
        decimals0: 18,
        decimals1: 6,
        price0Usd: 2000,
        price1Usd: 1,
      }),
    ).toBe(3250.5)
  })
  it('is null when a held token has no price, but a zero amount needs none', () => {
    const base = { amount0Wei: 10n ** 18n, amount1Wei: 0n, decimals0: 18, decimals1: 6, price0Usd: 3 }
    expect(poolTvlUsd({ ...base, price1Usd: null })).toBe(3)
    expect(poolTvlUsd({ ...base, amount1Wei: 1n, price1Usd: undefined })).toBeNull()
  })
})
