import { describe, expect, it } from 'vitest'
import { compositionByPool } from './compositionByPool.ts'
import { farmV2, positionsFixture, stakedV3 } from './positionsFixture.ts'

describe('compositionByPool', () => {
  it('sums priced positions per pool, largest first, leaving out unpriced and empty ones', () => {
    const slices = compositionByPool(positionsFixture.positions)
    expect(slices.map((s) => s.label)).toEqual([
      'WETH/USDC V2',
      'WETH/USDC 0.3% V3',
      'WETH/<img src=x o… 0.3% V3',
    ])
    expect(slices[0]?.valueUsd).toBe(63639.87173494989)
    expect(slices.reduce((sum, s) => sum + s.fraction, 0)).toBeCloseTo(1, 12)
  })
  it('adds two positions of the same pool together', () => {
    const slices = compositionByPool([stakedV3, { ...stakedV3, id: 'v3:41' }, farmV2])
    expect(slices[0]?.valueUsd).toBeCloseTo(2 * 49182.55864147083, 9)
  })
})
