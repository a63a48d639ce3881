import { describe, expect, it } from 'vitest'
import {
  PAST_PRICE_LOOKBACK_SECONDS,
  type PastPoolEvent,
  pastPoolStates,
  pastUsdPriceRatios,
} from './pastUsdPrice.ts'
import type { PricingPool } from './pricingTypes.ts'

const USD = '0x00000000000000000000000000000000000000a1'
const WETH = '0x00000000000000000000000000000000000000b2'
const WBTC = '0x00000000000000000000000000000000000000c3'
const wethUsd: PricingPool = {
  kind: 'v2',
  address: '0x0000000000000000000000000000000000000001',
  token0: WETH,
  token1: USD,
}
const wbtcWeth: PricingPool = {
  kind: 'v2',
  address: '0x0000000000000000000000000000000000000002',
  token0: WBTC,
  token1: WETH,
}
const T = 1_700_000_000

/** A Sync: reserves in raw units (WETH 18 dec, USD 6 dec, WBTC 8 dec). */
const sync = (
  pool: PricingPool,
  blockNumber: bigint,
  timestamp: number,
  reserve0: bigint,
  reserve1: bigint,
  logIndex = 0,
): PastPoolEvent => ({
  pool,
  blockNumber,
  logIndex,
  timestamp,
  kind: 'v2',
  reserve0,
  reserve1,
})
/** Raw USD per raw WETH at `usdPerEth` (a 1000-ETH pool). */
const ethAt = (blockNumber: bigint, timestamp: number, usdPerEth: bigint, logIndex = 0) =>
  sync(wethUsd, blockNumber, timestamp, 1000n * 10n ** 18n, 1000n * usdPerEth * 10n ** 6n, logIndex)
const usdPerEth = (ratio: { numerator: bigint; denominator: bigint } | undefined) =>
  ratio === undefined ? undefined : (ratio.numerator * 10n ** 18n) / (ratio.denominator * 10n ** 6n)

describe('#pastUsdPriceRatios', () => {
  it('takes the last event strictly before the block (the price the block started at)', () => {
    const events = [
      ethAt(10n, T, 2000n),
      ethAt(20n, T + 100, 2100n, 3),
      ethAt(20n, T + 100, 2200n, 7),
      ethAt(30n, T + 200, 9999n),
    ]
    expect(usdPerEth(pastUsdPriceRatios(USD, events, 30n, T + 200).get(WETH))).toBe(2200n)
    expect(usdPerEth(pastUsdPriceRatios(USD, events, 21n, T + 110).get(WETH))).toBe(2200n)
    expect(usdPerEth(pastUsdPriceRatios(USD, events, 20n, T + 100).get(WETH))).toBe(2000n)
  })

  it('looks back at most 7 days of chain time: an older event is no price ("unavailable")', () => {
    const events = [ethAt(10n, T, 2000n)]
    expect(usdPerEth(pastUsdPriceRatios(USD, events, 11n, T + PAST_PRICE_LOOKBACK_SECONDS).get(WETH))).toBe(
      2000n,
    )
    expect(pastUsdPriceRatios(USD, events, 11n, T + PAST_PRICE_LOOKBACK_SECONDS + 1).has(WETH)).toBe(false)
  })

  it('no event before the block → no price, never a guess', () => {
    expect(pastUsdPriceRatios(USD, [ethAt(50n, T, 2000n)], 50n, T).has(WETH)).toBe(false)
    expect(pastUsdPriceRatios(USD, [], 50n, T).has(WETH)).toBe(false)
    expect(pastUsdPriceRatios(USD, [], 50n, T).get(USD)).toEqual({ numerator: 1n, denominator: 1n })
  })

  it('routes through the same pricing graph: WBTC via WETH; a stale hop leaves WBTC unpriced', () => {
    const wbtc = (blockNumber: bigint, timestamp: number) =>
      sync(wbtcWeth, blockNumber, timestamp, 5n * 10n ** 8n, 100n * 10n ** 18n)
    const fresh = pastUsdPriceRatios(USD, [ethAt(10n, T, 2000n), wbtc(11n, T)], 12n, T + 10).get(WBTC)
    if (!fresh) throw new Error('no WBTC price')
    // 20 WETH per WBTC at 2,000 USD: 40,000 USD per WBTC = 40,000e6 raw USD per 1e8 raw WBTC.
    expect((fresh.numerator * 10n ** 8n) / (fresh.denominator * 10n ** 6n)).toBe(40_000n)
    const stale = pastUsdPriceRatios(
      USD,
      [ethAt(10n, T - PAST_PRICE_LOOKBACK_SECONDS - 1, 2000n), wbtc(11n, T)],
      12n,
      T,
    )
    expect(stale.has(WBTC)).toBe(false)
    expect(stale.has(WETH)).toBe(false)
  })

  it('pastPoolStates keeps one state per pool, the latest', () => {
    const states = pastPoolStates([ethAt(5n, T, 1000n), ethAt(8n, T, 3000n), ethAt(7n, T, 2000n)], 9n, T)
    expect(states).toHaveLength(1)
    expect(states[0]).toMatchObject({ kind: 'v2', reserve1: 1000n * 3000n * 10n ** 6n })
  })
})
