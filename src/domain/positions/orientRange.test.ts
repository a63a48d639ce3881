import { describe, expect, it } from 'vitest'
import { orientRange } from './orientRange.ts'
import { stakedV3, USDC, WETH } from './positionsFixture.ts'

const range = stakedV3.v3?.range
if (!range) throw new Error('fixture has no range')

describe('orientRange', () => {
  it('prices token0 in token1 with the distances to each bound', () => {
    const oriented = orientRange(range, WETH, USDC, false)
    expect(oriented.base.symbol).toBe('WETH')
    expect(oriented.quote.symbol).toBe('USDC')
    expect(oriented.lower).toBe(2359.05017719028)
    expect(oriented.distanceToLowerPct).toBeCloseTo(-20.4503285, 6)
    expect(oriented.distanceToUpperPct).toBeCloseTo(8.0253937, 6)
  })
  it('inverted: token1 in token0, lower ≤ upper, the nearer bound flips side', () => {
    const oriented = orientRange(range, WETH, USDC, true)
    expect(oriented.base.symbol).toBe('USDC')
    expect(oriented.lower).toBeLessThan(oriented.upper)
    // 1/3203.5 relative to 1/2965.5: the upper WETH bound is now the lower one, 7.43 % below.
    expect(oriented.distanceToLowerPct).toBeCloseTo((2965.505869321946 / 3203.4993902347164 - 1) * 100, 6)
    expect(oriented.distanceToUpperPct).toBeCloseTo((2965.505869321946 / 2359.05017719028 - 1) * 100, 6)
  })
  it('full range: 0 – ∞ in both directions', () => {
    for (const inverted of [false, true]) {
      const oriented = orientRange(range, WETH, USDC, inverted, true)
      expect([oriented.lower, oriented.upper]).toEqual([0, Number.POSITIVE_INFINITY])
      expect(oriented.distanceToLowerPct).toBe(-100)
    }
  })
})
