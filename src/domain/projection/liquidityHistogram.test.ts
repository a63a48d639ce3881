import { describe, expect, it } from 'vitest'
import { liquidityHistogram } from './liquidityHistogram.ts'

describe('#liquidityHistogram', () => {
  it('rebuilds active liquidity from liquidityNet outward from the current tick', () => {
    // Two positions: [−120, 120) with L 100 and [−60, 60) with L 50; at tick 0 the pool has 150.
    const bars = liquidityHistogram({
      ticks: [
        { tick: 60, liquidityNet: -50n },
        { tick: -120, liquidityNet: 100n },
        { tick: 120, liquidityNet: -100n },
        { tick: -60, liquidityNet: 50n },
      ],
      currentTick: 0,
      liquidity: 150n,
      fromTick: -180,
      toTick: 180,
      bars: 6,
      decimals0: 18,
      decimals1: 18,
    })
    expect(bars.map((bar) => bar.liquidity)).toEqual([0, 100, 150, 150, 100, 0])
    // As shares of the 150 active at the current tick: 100 / 150 = 0.666666666666 (12 digits).
    expect(bars.map((bar) => bar.shareOfActive)).toEqual([0, 0.666666666666, 1, 1, 0.666666666666, 0])
    expect(bars[0]?.priceFrom).toBeCloseTo(1.0001 ** -180, 12)
    expect(bars[5]?.priceTo).toBeCloseTo(1.0001 ** 180, 12)
    expect(bars[2]?.price).toBeCloseTo(1.0001 ** -30, 12)
  })
})
