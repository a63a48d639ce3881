// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { routeUsdPrices, wholeTokens } from './poolsOracle.ts'

describe('routeUsdPrices (the oracle’s own USD routing)', () => {
  // Worked by hand, raw units: U is the USD token; W trades at 3,000 U in a deep pool and 3,100 U in a
  // shallow one; B trades at 50,000 U directly (shallow) and at 20 W through a deep B/W pool.
  const pools = [
    { token0: 'W', token1: 'U', price1Per0: 3_000, reserve0: 10, reserve1: 30_000 },
    { token0: 'W', token1: 'U', price1Per0: 3_100, reserve0: 1, reserve1: 3_100 },
    { token0: 'B', token1: 'W', price1Per0: 20, reserve0: 5, reserve1: 100 },
    { token0: 'B', token1: 'U', price1Per0: 50_000, reserve0: 0.01, reserve1: 500 },
    { token0: 'X', token1: 'Y', price1Per0: 2, reserve0: 1, reserve1: 2 },
  ]

  it('prices each token through the deepest pool on its USD side', () => {
    expect(routeUsdPrices('U', pools).get('w')).toBe(3_000)
  })

  it('takes the fewest hops first, even over a deeper longer route', () => {
    // B is one hop from U: the direct pool, not 20 W × 3,000.
    expect(routeUsdPrices('U', pools).get('b')).toBe(50_000)
    const withoutDirect = pools.filter((p) => !(p.token0 === 'B' && p.token1 === 'U'))
    expect(routeUsdPrices('U', withoutDirect).get('b')).toBe(60_000)
  })

  it('leaves unreachable tokens unpriced and prices the USD token at 1', () => {
    const prices = routeUsdPrices('U', pools)
    expect(prices.get('u')).toBe(1)
    expect(prices.has('x')).toBe(false)
    expect(prices.has('y')).toBe(false)
  })

  it('prices token1 through token0 with the inverse price', () => {
    const prices = routeUsdPrices('U', [
      { token0: 'U', token1: 'D', price1Per0: 4, reserve0: 8, reserve1: 32 },
    ])
    expect(prices.get('d')).toBe(0.25)
  })
})

describe('wholeTokens', () => {
  it('converts wei to whole tokens without losing the fraction', () => {
    expect(wholeTokens(1_500_000_000_000_000_000n, 18)).toBe(1.5)
    expect(wholeTokens(123_456n, 6)).toBe(0.123456)
    expect(wholeTokens(7n, 0)).toBe(7)
  })
})
