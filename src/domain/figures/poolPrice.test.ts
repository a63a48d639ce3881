import { describe, expect, it } from 'vitest'
import { poolPriceV2, poolPriceV3 } from './poolPrice.ts'

describe('#poolPriceV3', () => {
  it('is (√P/2^96)² with the decimals applied: 2^96 at 18/18 is 1, 2·2^96 at 18/6 is 4e12', () => {
    expect(poolPriceV3(2n ** 96n, 18, 18)).toBe(1)
    // raw price (2)² = 4 token1-wei per token0-wei; × 10^(18−6) = 4e12 whole token1 per token0.
    expect(poolPriceV3(2n ** 97n, 18, 6)).toBe(4e12)
  })
  it('is null for an uninitialized pool', () => {
    expect(poolPriceV3(0n, 18, 6)).toBeNull()
  })
})

describe('#poolPriceV2', () => {
  it('is reserve1/reserve0 in whole tokens: 2 WETH against 4,000 USDC is 2,000 USDC per WETH', () => {
    expect(poolPriceV2(2n * 10n ** 18n, 4_000n * 10n ** 6n, 18, 6)).toBe(2000)
    expect(poolPriceV2(4_000n * 10n ** 6n, 2n * 10n ** 18n, 6, 18)).toBe(0.0005)
  })
  it('is null for an empty pair', () => {
    expect(poolPriceV2(0n, 5n, 18, 18)).toBeNull()
    expect(poolPriceV2(5n, 0n, 18, 18)).toBeNull()
  })
})
