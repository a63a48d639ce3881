import { describe, expect, it } from 'vitest'
import { poolVolumeUsd, swapPaidInV3 } from './poolVolume.ts'

const totals = {
  count: 2,
  // Swap 1 paid in 1 WETH (out 2,000 USDC); swap 2 paid in 3,000 USDC (out 1.5 WETH).
  amount0InWei: 10n ** 18n,
  amount1InWei: 3_000n * 10n ** 6n,
  amount0MovedWei: 25n * 10n ** 17n,
  amount1MovedWei: 5_000n * 10n ** 6n,
}

describe('#swapPaidInV3', () => {
  it('takes the positive pool delta as the input', () => {
    expect(swapPaidInV3(-5n, 7n)).toEqual([0n, 7n])
    expect(swapPaidInV3(9n, -1n)).toEqual([9n, 0n])
  })
})

describe('#poolVolumeUsd', () => {
  it('counts each swap once, on its input side: 1 WETH × 2,000 + 3,000 USDC = 5,000', () => {
    expect(poolVolumeUsd({ totals, decimals0: 18, decimals1: 6, price0Usd: 2000, price1Usd: 1 })).toBe(5000)
  })
  it('with one token unpriced, values the priced token moved either way', () => {
    // USDC moved: 2,000 out + 3,000 in = 5,000 USDC.
    expect(poolVolumeUsd({ totals, decimals0: 18, decimals1: 6, price0Usd: null, price1Usd: 1 })).toBe(5000)
    // WETH moved: 1 in + 1.5 out = 2.5 WETH × 2,000.
    expect(poolVolumeUsd({ totals, decimals0: 18, decimals1: 6, price0Usd: 2000, price1Usd: null })).toBe(
      5000,
    )
  })
  it('is 0 without swaps when a token is priced, null when neither is', () => {
    const none = { totals: undefined, decimals0: 18, decimals1: 6 }
    expect(poolVolumeUsd({ ...none, price0Usd: 1, price1Usd: null })).toBe(0)
    expect(poolVolumeUsd({ ...none, price0Usd: null, price1Usd: undefined })).toBeNull()
    expect(
      poolVolumeUsd({ totals, decimals0: 18, decimals1: 6, price0Usd: null, price1Usd: null }),
    ).toBeNull()
  })
})
