import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { resolveUsdPrices } from './resolveUsdPrices.ts'

const USDC = '0x00000000000000000000000000000000000000a1' as Address
const WETH = '0x00000000000000000000000000000000000000b2' as Address
const FARM = '0x00000000000000000000000000000000000000c3' as Address
const LONE = '0x00000000000000000000000000000000000000d4' as Address
const pool = (token0: Address, token1: Address, price: number, depth: number) => ({
  token0,
  token1,
  decimals0: 18,
  decimals1: 18,
  price,
  depth,
})

describe('#resolveUsdPrices', () => {
  it('prices through the deepest USD pool, else through WETH; no route is null', () => {
    const prices = resolveUsdPrices({
      tokens: [USDC, WETH, FARM, LONE],
      pools: [
        pool(WETH, USDC, 2000, 10),
        pool(WETH, USDC, 2100, 50), // deeper: wins
        pool(FARM, WETH, 0.001, 5), // FARM = 0.001 WETH = $2.1
        pool(LONE, FARM, 3, 5), // two hops away: not routed
      ],
      usdToken: USDC,
      wrappedNative: WETH,
    })
    expect(prices.get(USDC.toLowerCase())).toBe(1)
    expect(prices.get(WETH.toLowerCase())).toBe(2100)
    expect(prices.get(FARM.toLowerCase())).toBeCloseTo(2.1, 12)
    expect(prices.get(LONE.toLowerCase())).toBeNull()
  })

  it('inverts a pool whose token0 is the USD token and skips empty pools', () => {
    const prices = resolveUsdPrices({
      tokens: [WETH],
      pools: [pool(USDC, WETH, 0.0005, 10), pool(USDC, WETH, 0.1, 0)],
      usdToken: USDC,
      wrappedNative: WETH,
    })
    expect(prices.get(WETH.toLowerCase())).toBeCloseTo(2000, 9)
  })
})
