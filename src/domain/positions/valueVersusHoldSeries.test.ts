import { describe, expect, it } from 'vitest'
import { encodeSqrtRatioX96 } from '../../math/index.ts'
import type { PositionHistoryEvent } from './model.ts'
import { USDC, WETH } from './positionsFixture.ts'
import { valueVersusHoldSeries } from './valueVersusHoldSeries.ts'

const T18 = { ...WETH, decimals: 18 }
const U18 = { ...USDC, decimals: 18 }
const deposit: PositionHistoryEvent = {
  kind: 'deposit',
  blockNumber: 10n,
  timestamp: 1000,
  transactionHash: '0x01',
  amount0Wei: 10n ** 18n,
  amount1Wei: 10n ** 18n,
}
const sqrt1 = encodeSqrtRatioX96(1n, 1n)
const sqrt4 = encodeSqrtRatioX96(4n, 1n)
const anchors = [
  { blockNumber: 10n, timestamp: 1000 },
  { blockNumber: 30n, timestamp: 3000 },
]

describe('valueVersusHoldSeries', () => {
  it('V2: equal to holding at deposit, −20 % IL after the price ×4', () => {
    const series = valueVersusHoldSeries({
      ticks: null,
      events: [deposit],
      prices: [
        { blockNumber: 9n, sqrtPriceX96: sqrt1 },
        { blockNumber: 20n, sqrtPriceX96: sqrt4 },
      ],
      token0: T18,
      token1: U18,
      inverted: false,
      anchors,
    })
    expect(series.map((p) => p.blockNumber)).toEqual([10, 20])
    expect(series[0]?.positionValue).toBeCloseTo(2, 12)
    expect(series[0]?.holdValue).toBeCloseTo(2, 12)
    expect(series[1]?.holdValue).toBeCloseTo(5, 12)
    // 2√4 = 4 versus 5 held: impermanentLossV2(4) = −0.2
    expect(series[1]?.positionValue).toBeCloseTo(4, 12)
    expect(series[1]?.timestamp).toBe(2000)
  })
  it('V3: a range [−6932, 6932] (×/÷ 2) holds the deposit, then all token1 above the range', () => {
    const series = valueVersusHoldSeries({
      ticks: { tickLower: -6932, tickUpper: 6932 },
      events: [deposit, { ...deposit, kind: 'withdraw', blockNumber: 25n, amount0Wei: 0n, amount1Wei: 0n }],
      prices: [
        { blockNumber: 9n, sqrtPriceX96: sqrt1 },
        { blockNumber: 20n, sqrtPriceX96: sqrt4 },
      ],
      token0: T18,
      token1: U18,
      inverted: true,
      anchors,
    })
    expect(series[0]?.positionValue).toBeCloseTo(2, 9)
    // Above the range the position is all token1; in token0 units at price 4 it is worth less than holding.
    const last = series[series.length - 1]
    expect(last?.holdValue).toBeCloseTo(1 + 1 / 4, 9)
    expect(last?.positionValue).toBeLessThan(last?.holdValue as number)
    expect(last?.positionValue).toBeGreaterThan(0)
  })
})

describe('valueVersusHoldSeries without a price before the first deposit', () => {
  it('prices the deposit at the next known price instead of dropping it', () => {
    const series = valueVersusHoldSeries({
      ticks: null,
      events: [deposit],
      prices: [{ blockNumber: 20n, sqrtPriceX96: sqrt1 }],
      token0: T18,
      token1: U18,
      inverted: false,
      anchors,
    })
    expect(series[0]?.holdValue).toBeCloseTo(2, 12)
    expect(series[0]?.positionValue).toBeCloseTo(2, 12)
  })
})
