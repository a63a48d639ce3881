import { describe, expect, it } from 'vitest'
import { depositLiquidity } from './depositLiquidity.ts'

const base = {
  sqrtPriceX96: 2n ** 96n,
  tickLower: -887220,
  tickUpper: 887220,
  decimals0: 18,
  decimals1: 18,
  price0Usd: 1,
  price1Usd: 1,
}

describe('#depositLiquidity', () => {
  it('full range at P = 1: value per L = 2 raw units, so $100 buys L = 5e19 split 50/50', () => {
    const result = depositLiquidity({ ...base, depositUsd: 100 })
    expect(result?.liquidity).toBeCloseTo(5e19, -7)
    expect(result?.amount0).toBeCloseTo(50, 6)
    expect(result?.amount1).toBeCloseTo(50, 6)
  })

  it('a range above the price is all token0; token1 priced through the pool when it has no USD price', () => {
    // P = 1 (raw), range [1.0001^600, 1.0001^1200]: x per L = 1/√Pa − 1/√Pb, value = x·P.
    const sqrtA = 1.0001 ** 300
    const sqrtB = 1.0001 ** 600
    const result = depositLiquidity({
      ...base,
      tickLower: 600,
      tickUpper: 1200,
      depositUsd: 30,
      price0Usd: 3,
      price1Usd: null,
    })
    expect(result?.amount1).toBe(0)
    expect(result?.amount0).toBeCloseTo(10, 9)
    expect(result?.liquidity).toBeCloseTo(10e18 / (1 / sqrtA - 1 / sqrtB), -6)
  })

  it('returns null without any USD price', () => {
    expect(depositLiquidity({ ...base, depositUsd: 1, price0Usd: null, price1Usd: null })).toBeNull()
  })
})
