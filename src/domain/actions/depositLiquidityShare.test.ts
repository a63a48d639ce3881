import { describe, expect, it } from 'vitest'
import { depositLiquidityShare } from './depositLiquidityShare.ts'

describe('#depositLiquidityShare', () => {
  it('is L / (active + L) in range', () => {
    expect(depositLiquidityShare(10n ** 18n, 3n * 10n ** 18n, true)).toBe(0.25)
    expect(depositLiquidityShare(5n, 0n, true)).toBe(1)
  })
  it('is 0 out of range or with no liquidity', () => {
    expect(depositLiquidityShare(10n ** 18n, 3n * 10n ** 18n, false)).toBe(0)
    expect(depositLiquidityShare(0n, 3n * 10n ** 18n, true)).toBe(0)
  })
})
