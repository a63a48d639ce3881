import { describe, expect, it } from 'vitest'
import { priceHistorySeries } from './priceHistorySeries.ts'

const Q96 = 2n ** 96n

describe('#priceHistorySeries', () => {
  const anchors = [
    { blockNumber: 100n, timestamp: 1_000 },
    { blockNumber: 200n, timestamp: 2_000 },
  ]

  it('prices in human units at interpolated chain times, in time order', () => {
    // sqrt price 2·Q96 → raw price 4; token0 18 decimals, token1 6: 4 · 10^12 token1 per token0.
    const series = priceHistorySeries({
      prices: [
        { blockNumber: 150n, sqrtPriceX96: 2n * Q96 },
        { blockNumber: 100n, sqrtPriceX96: Q96 },
      ],
      decimals0: 18,
      decimals1: 6,
      inverted: false,
      anchors,
    })
    expect(series).toEqual([
      { timestamp: 1_000, price: 1e12 },
      { timestamp: 1_500, price: 4e12 },
    ])
  })

  it('inverted: the reciprocal; points without a price and no anchors give nothing', () => {
    const [point] = priceHistorySeries({
      prices: [
        { blockNumber: 200n, sqrtPriceX96: 2n * Q96 },
        { blockNumber: 120n, sqrtPriceX96: 0n },
      ],
      decimals0: 6,
      decimals1: 6,
      inverted: true,
      anchors,
    })
    expect(point).toEqual({ timestamp: 2_000, price: 0.25 })
    expect(
      priceHistorySeries({
        prices: [{ blockNumber: 1n, sqrtPriceX96: Q96 }],
        decimals0: 6,
        decimals1: 6,
        inverted: false,
        anchors: [],
      }),
    ).toEqual([])
  })
})
