// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { judgeFigures } from './figureVerdicts.ts'
import { poolRowExpectations } from './pageProbes.ts'
import type { PoolTruth } from './poolsOracle.ts'

// A pool worked by hand: 1,000 WETH + 3,000,000 USDC at $3,000 = $6M TVL, price 3,000 USDC per WETH.
const pool: PoolTruth = {
  kind: 'v3',
  address: '0x00000000000000000000000000000000000000A1',
  token0: { address: '0x00000000000000000000000000000000000000E1', decimals: 18 },
  token1: { address: '0x00000000000000000000000000000000000000C1', decimals: 6 },
  feePips: 3000,
  sqrtPriceX96: 4339505179874779662909440n,
  tick: -196_257,
  activeLiquidity: 1_234_567_890_123_456n,
  // Virtual reserves: x = L/√P = 22.54 WETH ($67,620), y = L·√P = 67,620 USDC: $135,240.
  activeLiquidityUsd: 135_240.136,
  tvlWei: [1_000n * 10n ** 18n, 3_000_000n * 10n ** 6n],
  price: 3000,
  in24hWei: [10n ** 18n, 0n],
  in7dWei: [7n * 10n ** 18n, 21_000n * 10n ** 6n],
  moved24hWei: [10n ** 18n, 3_000n * 10n ** 6n],
  moved7dWei: [14n * 10n ** 18n, 42_000n * 10n ** 6n],
  swapCount24h: 1,
  swapCount7d: 9,
  tvlUsd: 6_000_000,
  volumeUsd24h: 3_000,
  volumeUsd7d: 42_000,
  feesUsd24h: 9,
  feesUsd7d: 126,
  // 126 / 6,000,000 × 52.142857 weeks = 0.001095 = 0.11 %
  feeApr: (126 / 6_000_000) * (365 / 7),
  farm: { active: true, rewardApr: 0.1234 },
}
const key = (figure: string) => `0x00000000000000000000000000000000000000a1|${figure}`
const rightRow: [string, string][] = [
  [key('price'), '3,000'],
  [key('price:exact'), '4339505179874779662909440'],
  [key('tvl'), '$6M'],
  [key('tvl:exact'), '1000000000000000000000,3000000000000'],
  [key('volume24h'), '$3K'],
  [key('volume24h:exact'), '1000000000000000000,0'],
  [key('volume7d'), '$42K'],
  [key('volume7d:exact'), '7000000000000000000,21000000000'],
  [key('fees24h'), '$9'],
  [key('fees7d'), '$126'],
  [key('fee-apr'), '0.11%'],
  [key('active-liquidity'), '$135.24K'],
  [key('active-liquidity:exact'), '1234567890123456'],
  [key('farm'), 'yes · 12.34%'],
]

describe('poolRowExpectations (the pools table against the oracle)', () => {
  it('passes a row that shows the hand-worked figures', () => {
    expect(judgeFigures({ values: new Map(rightRow) }, [poolRowExpectations(pool)])).toEqual({
      checked: 14,
      unavailable: 0,
      wrong: [],
    })
  })

  it.each([
    ['tvl', '$6.1M'],
    ['volume7d:exact', '7000000000000000001,21000000000'],
    ['fee-apr', '0.12%'],
    ['active-liquidity', '$1.23e15'],
    ['active-liquidity', '$136.24K'],
    ['farm', 'yes · 12.35%'],
    ['farm', 'no'],
    ['farm', 'ended'],
    ['price', '3,001'],
  ])('counts %s shown as "%s" as wrong', (figure, text) => {
    const values = new Map(rightRow)
    values.set(key(figure), text)
    expect(judgeFigures({ values }, [poolRowExpectations(pool)]).wrong).toHaveLength(1)
  })

  it('takes "unavailable" for any figure, and a farm that ended as "ended"', () => {
    const values = new Map(rightRow)
    values.set(key('tvl'), 'unavailable')
    values.set(key('farm'), 'ended')
    const ended = { ...pool, farm: { active: false, rewardApr: null } }
    expect(judgeFigures({ values }, [poolRowExpectations(ended)])).toMatchObject({
      unavailable: 1,
      wrong: [],
    })
  })
})
