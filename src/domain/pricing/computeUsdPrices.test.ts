import { describe, expect, it } from 'vitest'
import {
  amountToUsd,
  computeUsdPriceRatios,
  type PricingPoolState,
  ratioToUsdPerToken,
} from './computeUsdPrices.ts'

const USD = '0x00000000000000000000000000000000000000a1'
const WETH = '0x00000000000000000000000000000000000000b2'
const WBTC = '0x00000000000000000000000000000000000000c3'
const LONELY = '0x00000000000000000000000000000000000000d4'

const v2 = (
  address: string,
  token0: string,
  token1: string,
  reserve0: bigint,
  reserve1: bigint,
): PricingPoolState => ({
  kind: 'v2',
  address: address as `0x${string}`,
  token0: token0 as `0x${string}`,
  token1: token1 as `0x${string}`,
  reserve0,
  reserve1,
})

describe('#computeUsdPriceRatios', () => {
  // WETH (18 dec) / USD (6 dec) at 2,000 USD; WBTC (8 dec) / WETH at 20 WETH.
  const wethUsd = v2('0x01', WETH, USD, 10n ** 21n, 2_000_000n * 10n ** 6n)
  const wbtcWeth = v2('0x02', WBTC, WETH, 10n ** 8n * 5n, 100n * 10n ** 18n)

  it('prices one and two hops exactly', () => {
    const ratios = computeUsdPriceRatios(USD, [wethUsd, wbtcWeth])
    const weth = ratios.get(WETH)
    const wbtc = ratios.get(WBTC)
    if (!weth || !wbtc) throw new Error('missing prices')
    expect(ratioToUsdPerToken(weth, 18, 6)).toBe(2000)
    expect(ratioToUsdPerToken(wbtc, 8, 6)).toBe(40000)
    expect(ratios.has(LONELY)).toBe(false)
  })

  it('takes the deepest direct pool', () => {
    const shallow = v2('0x03', WETH, USD, 10n ** 18n, 1_000n * 10n ** 6n) // 1,000 USD, tiny
    const ratios = computeUsdPriceRatios(USD, [shallow, wethUsd])
    const weth = ratios.get(WETH)
    expect(weth && ratioToUsdPerToken(weth, 18, 6)).toBe(2000)
  })

  it('ignores empty pools: no route rather than a zero price', () => {
    const empty = v2('0x04', LONELY, USD, 0n, 0n)
    expect(computeUsdPriceRatios(USD, [empty]).has(LONELY)).toBe(false)
  })

  it('prices from a V3 sqrt price', () => {
    // sqrtPriceX96 for 4 raw token1 per raw token0 is 2·2^96.
    const pool: PricingPoolState = {
      kind: 'v3',
      address: '0x0000000000000000000000000000000000000005',
      token0: LONELY,
      token1: USD,
      sqrtPriceX96: 2n * 2n ** 96n,
      liquidity: 10n ** 12n,
    }
    const ratio = computeUsdPriceRatios(USD, [pool]).get(LONELY)
    expect(ratio && ratioToUsdPerToken(ratio, 6, 6)).toBe(4)
  })
})

describe('#amountToUsd', () => {
  it('returns null without a price and exact zero for zero amounts', () => {
    expect(amountToUsd(10n ** 18n, 18, null)).toBeNull()
    expect(amountToUsd(0n, 18, 5)).toBe(0)
    expect(amountToUsd(1_500_000n, 6, 2)).toBe(3)
  })
})
