import { TickMath } from '@uniswap/v3-sdk'
import { describe, expect, it } from 'vitest'
import { inRangeFeeApr } from '../figures/inRangeFeeApr.ts'
import { timeInRange } from './timeInRange.ts'

/** The SDK's sqrt price at a tick (an oracle independent of src/math). */
const sqrtAt = (tick: number) => BigInt(TickMath.getSqrtRatioAtTick(tick).toString())

describe('timeInRange', () => {
  const range = { tickLower: -600, tickUpper: 600 }
  it('sums the time each price holds inside the range, clipped to the window', () => {
    const prices = [
      { blockNumber: 10n, sqrtPriceX96: sqrtAt(0), tick: 0, timestamp: 1_000 },
      { blockNumber: 20n, sqrtPriceX96: sqrtAt(700), tick: 700, timestamp: 1_600 },
      { blockNumber: 30n, sqrtPriceX96: sqrtAt(-100), tick: -100, timestamp: 2_000 },
    ]
    // In range 1,000–1,600 and 2,000–3,000; window 1,200–3,000.
    expect(timeInRange({ prices, anchors: [], ...range, fromTimestamp: 1_200, toTimestamp: 3_000 })).toEqual({
      inRangeSeconds: 400 + 1_000,
      coveredSeconds: 1_800,
      partial: false,
    })
  })
  it('follows the contracts at the bounds: the tick decides, tickUpper is out and tickLower in', () => {
    const at = (tick: number, sqrt = sqrtAt(tick)) => [
      { blockNumber: 1n, sqrtPriceX96: sqrt, tick, timestamp: 0 },
    ]
    const window = { anchors: [], ...range, fromTimestamp: 0, toTimestamp: 100 }
    expect(timeInRange({ prices: at(600), ...window })?.inRangeSeconds).toBe(0)
    expect(timeInRange({ prices: at(-600), ...window })?.inRangeSeconds).toBe(100)
    // A swap down that stops exactly on the lower bound's price leaves tick = tickLower − 1: out.
    expect(timeInRange({ prices: at(-601, sqrtAt(-600)), ...window })?.inRangeSeconds).toBe(0)
    // Without a tick (V2), the sqrt price against the bounds' sqrt ratios decides.
    const noTick = (sqrt: bigint) => [{ blockNumber: 1n, sqrtPriceX96: sqrt, timestamp: 0 }]
    expect(timeInRange({ prices: noTick(sqrtAt(600) - 1n), ...window })?.inRangeSeconds).toBe(100)
    expect(timeInRange({ prices: noTick(sqrtAt(600)), ...window })?.inRangeSeconds).toBe(0)
    expect(timeInRange({ prices: noTick(sqrtAt(-600)), ...window })?.inRangeSeconds).toBe(100)
  })
  it('estimates missing block times from anchors, and says partial when the path starts late', () => {
    const prices = [
      { blockNumber: 110n, sqrtPriceX96: sqrtAt(0), tick: 0 },
      { blockNumber: 120n, sqrtPriceX96: sqrtAt(900), tick: 900 },
    ]
    const anchors = [
      { blockNumber: 100n, timestamp: 10_000 },
      { blockNumber: 200n, timestamp: 11_000 },
    ]
    // Block 110 → 10,100; 120 → 10,200; the window opens at 10,000, before the first point.
    expect(timeInRange({ prices, anchors, ...range, fromTimestamp: 10_000, toTimestamp: 11_000 })).toEqual({
      inRangeSeconds: 100,
      coveredSeconds: 900,
      partial: true,
    })
  })
  it('is null with no window or no point before its end', () => {
    const prices = [{ blockNumber: 1n, sqrtPriceX96: sqrtAt(0), tick: 0, timestamp: 500 }]
    expect(timeInRange({ prices, anchors: [], ...range, fromTimestamp: 0, toTimestamp: 400 })).toBeNull()
    expect(timeInRange({ prices, anchors: [], ...range, fromTimestamp: 600, toTimestamp: 600 })).toBeNull()
    expect(timeInRange({ prices: [], anchors: [], ...range, fromTimestamp: 0, toTimestamp: 400 })).toBeNull()
  })
})

describe('inRangeFeeApr', () => {
  it('spreads the same fees over the time in range, with the 24 h rule', () => {
    // Fees 1 % of the deposit over 10 days: realized 36.5 %/yr; in range 5 of those days → 73 %/yr.
    const realized = 0.01 / (10 / 365)
    const result = inRangeFeeApr({
      realizedFeeApr: realized,
      earningSeconds: 10 * 86_400,
      inRangeSeconds: 5 * 86_400,
    })
    expect(result.kind).toBe('ok')
    if (result.kind === 'ok') expect(result.value).toBeCloseTo(0.01 / (5 / 365), 12)
    expect(
      inRangeFeeApr({ realizedFeeApr: realized, earningSeconds: 864_000, inRangeSeconds: 3_600 }),
    ).toEqual({
      kind: 'too-recent',
      earningSeconds: 3_600,
    })
    expect(inRangeFeeApr({ realizedFeeApr: null, earningSeconds: 1, inRangeSeconds: 1 }).kind).toBe(
      'unavailable',
    )
    expect(inRangeFeeApr({ realizedFeeApr: 0.1, earningSeconds: 0, inRangeSeconds: 0 }).kind).toBe(
      'unavailable',
    )
  })
})
