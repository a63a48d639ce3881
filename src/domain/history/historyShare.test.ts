import { describe, expect, it } from 'vitest'
import { scaleByShare, splitShares } from './historyShare.ts'

describe('#scaleByShare / #splitShares', () => {
  it('splits a mint between wallet and farm so the parts add up to the wei', () => {
    // 1/3 and 2/3 of 10^18 + 1 wei: a 9-decimal float share would lose ~3×10^8 wei.
    const amount = 1_000_000_000_000_000_001n
    const shares = splitShares([1n, 2n])
    const parts = shares.map((share) => scaleByShare(amount, share))
    expect(parts).toEqual([333_333_333_333_333_333n, 666_666_666_666_666_668n])
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(amount)
  })

  it('keeps a ratio exact where 9 decimals would cut it', () => {
    // 123456789012345 / 1000000000000000 of 10^18: float-to-1e-9 gives 123456789000000000.
    const share = {
      kind: 'ratio',
      ratio: { numerator: 123_456_789_012_345n, denominator: 10n ** 15n },
    } as const
    expect(scaleByShare(10n ** 18n, share)).toBe(123_456_789_012_345_000n)
  })

  it('one holding takes everything; a zero total takes nothing', () => {
    expect(splitShares([5n]).map((share) => scaleByShare(7n, share))).toEqual([7n])
    expect(splitShares([0n, 0n]).map((share) => scaleByShare(7n, share))).toEqual([0n, 0n])
  })

  it('floors negative amounts toward −∞ and still sums exactly', () => {
    const shares = splitShares([1n, 1n, 1n])
    const parts = shares.map((share) => scaleByShare(-10n, share))
    expect(parts).toEqual([-4n, -4n, -2n])
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(-10n)
  })
})
