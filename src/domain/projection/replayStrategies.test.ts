import { describe, expect, it } from 'vitest'
import type { BacktestPoint, BacktestResult } from '../backtest/types.ts'
import { replayStrategiesOnBacktest } from './replayStrategies.ts'

const HOUR = 3600
const costs = { swapFee: 0.003, swapImpact: 0, gasEntry: 0, gasExit: 0, gasRebalance: 0.001 }

function backtest(prices: number[], overrides: Partial<BacktestResult> = {}): BacktestResult {
  const series: BacktestPoint[] = prices.map((price, i) => ({
    timestamp: 1_000_000 + i * HOUR,
    blockNumber: BigInt(i),
    price,
    positionValue1: 0,
    hodlValue1: 0,
    cumulativeFeesValue1: 0,
    inRange: true,
  }))
  return {
    liquidity: 1n,
    tickLower: 0,
    tickUpper: 0,
    startAmount0Wei: 0n,
    startAmount1Wei: 0n,
    endAmount0Wei: 0n,
    endAmount1Wei: 0n,
    fees0Wei: 0n,
    fees1Wei: 0n,
    startSqrtPriceX96: 1n,
    endSqrtPriceX96: 1n,
    startTimestamp: 1_000_000,
    endTimestamp: 1_000_000 + (prices.length - 1) * HOUR,
    swapCount: prices.length,
    secondsInRange: 0,
    timeInRangeShare: 0,
    impermanentLoss: 0,
    feeApr: 0,
    netReturnVsHodl: 0,
    series,
    ...overrides,
  }
}

describe('#replayStrategiesOnBacktest', () => {
  // A $2000 pool, range [1800, 2200] (±10 %); the price leaves above at hour 2 and stays for 3 h.
  const prices = [2000, 2100, 2300, 2300, 2300, 2300]
  const range = { priceLower: 1800, priceUpper: 2200, isFullRange: false }

  it('re-centres once after τ out of range on the real path and charges swap fee and gas (by hand)', () => {
    const replay = replayStrategiesOnBacktest(backtest(prices), range, { resetHours: 2, costs })
    if (!replay.ok) throw new Error(replay.reason)
    expect(replay.value.static.rebalances).toBe(0)
    // Out from hour 2; 2 h later (hour 4) it re-centres at 2300 into [2070, 2530]; hour 5 is inside.
    expect(replay.value.reset.rebalances).toBe(1)
    // Above the range the position is all token1: V = L(√b − √a) at relative bounds a = 0.9, b = 1.1.
    const a = 0.9
    const b = 1.1
    const L = 1 / (2 - Math.sqrt(a) - 1 / Math.sqrt(b))
    const value = L * (Math.sqrt(b) - Math.sqrt(a))
    const share0 = (1 - 1 / Math.sqrt(b)) / (2 - Math.sqrt(a) - 1 / Math.sqrt(b))
    expect(replay.value.reset.swapCosts).toBeCloseTo(share0 * value * 0.003, 14)
    expect(replay.value.reset.gas).toBeCloseTo(0.001, 14)
    // The static range ends all token1: IL vs holding the entry amounts at 2300/2000.
    const hold = L * (1 - 1 / Math.sqrt(b)) * 1.15 + L * (1 - Math.sqrt(a))
    expect(replay.value.static.impermanentLoss).toBeCloseTo(value / hold - 1, 12)
  })

  it('charges the backtest’s realized fee yield per time in range', () => {
    const replay = replayStrategiesOnBacktest(
      backtest([2000, 2000, 2000], { feeApr: 0.5, timeInRangeShare: 0.5 }),
      range,
      {
        resetHours: 2,
        costs,
      },
    )
    if (!replay.ok) throw new Error(replay.reason)
    expect(replay.value.feeAprInRange).toBe(1)
    // Two hours in range at 100 %/yr on the entry liquidity; the price never moved.
    expect(replay.value.static.feesValue).toBeCloseTo((2 * HOUR) / 31_536_000, 14)
  })

  it('says why a window cannot be replayed', () => {
    const outside = replayStrategiesOnBacktest(backtest([2500, 2500]), range, { resetHours: 2, costs })
    expect(outside).toEqual({
      ok: false,
      reason: 'the range did not contain the price at the window’s start',
    })
    expect(replayStrategiesOnBacktest(backtest([2000]), range, { resetHours: 2, costs }).ok).toBe(false)
    expect(replayStrategiesOnBacktest(backtest(prices), range, { resetHours: 0, costs }).ok).toBe(false)
  })
})
