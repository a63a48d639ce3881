import { describe, expect, it } from 'vitest'
import { poolFeeApr24h, poolFeeAprOver, poolFeesUsd } from './poolFeeApr.ts'

describe('#poolFeesUsd', () => {
  it('is volume × fee tier: 1M at 0.3 % is 3,000, at 0.05 % is 500', () => {
    expect(poolFeesUsd(1_000_000, 3000)).toBe(3000)
    expect(poolFeesUsd(1_000_000, 500)).toBe(500)
    expect(poolFeesUsd(null, 3000)).toBeNull()
  })
})

describe('#poolFeeApr24h', () => {
  it('is simple, not compounded: 100 USD a day on 365,000 is 10 %/yr (compounded it would be 10.5 %)', () => {
    expect(poolFeeApr24h(100, 365_000)).toBeCloseTo(0.1, 15)
  })
  it('is null without fees or TVL, or with TVL 0', () => {
    expect(poolFeeApr24h(null, 1)).toBeNull()
    expect(poolFeeApr24h(1, null)).toBeNull()
    expect(poolFeeApr24h(1, 0)).toBeNull()
    expect(poolFeeApr24h(0, 10)).toBe(0)
  })
})

describe('#poolFeeAprOver', () => {
  it('annualises over the window it is given: 70 USD over 7 days on 365,000 is 1 %/yr', () => {
    expect(poolFeeAprOver(70, 365_000, 7 * 86_400)).toBeCloseTo(0.01, 15)
    expect(poolFeeAprOver(70, 365_000, 0)).toBeNull()
  })
})
