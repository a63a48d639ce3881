import { describe, expect, it } from 'vitest'
import { activeLiquidityUsd, activeLiquidityVirtualReserves } from './activeLiquidityUsd.ts'

const Q96 = 2n ** 96n

describe('#activeLiquidityVirtualReserves', () => {
  it('is L/√P of token0 and L·√P of token1', () => {
    expect(activeLiquidityVirtualReserves(10n ** 18n, Q96)).toEqual([10n ** 18n, 10n ** 18n])
    // √P = 2 (P = 4): x = L / 2, y = 2 L.
    expect(activeLiquidityVirtualReserves(10n ** 18n, 2n * Q96)).toEqual([5n * 10n ** 17n, 2n * 10n ** 18n])
  })
  it('gives back a V2 pair’s reserves from L = √(r0·r1) and √P = √(r1/r0)', () => {
    // r0 = 1e18, r1 = 4e18: L = 2e18, √P = 2.
    expect(activeLiquidityVirtualReserves(2n * 10n ** 18n, 2n * Q96)).toEqual([10n ** 18n, 4n * 10n ** 18n])
  })
  it('is empty with no liquidity or no price', () => {
    expect(activeLiquidityVirtualReserves(0n, Q96)).toEqual([0n, 0n])
    expect(activeLiquidityVirtualReserves(10n ** 18n, 0n)).toEqual([0n, 0n])
  })
})

describe('#activeLiquidityUsd', () => {
  it('values the virtual reserves at the route prices', () => {
    // x = 0.5 token0 at $4 + y = 2 token1 at $1 = $4.
    expect(
      activeLiquidityUsd({
        liquidity: 10n ** 18n,
        sqrtPriceX96: 2n * Q96,
        decimals0: 18,
        decimals1: 18,
        price0Usd: 4,
        price1Usd: 1,
      }),
    ).toBe(4)
  })
  it('is null when a token has no price', () => {
    expect(
      activeLiquidityUsd({
        liquidity: 10n ** 18n,
        sqrtPriceX96: Q96,
        decimals0: 18,
        decimals1: 6,
        price0Usd: null,
        price1Usd: 1,
      }),
    ).toBeNull()
  })
})
