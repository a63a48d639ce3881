import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_UINT256, Q128 } from './constants.ts'
import { divRoundingUp, mulDiv, mulDivRoundingUp } from './fullMath.ts'

const uint256 = fc.bigInt({ min: 0n, max: MAX_UINT256 })

describe('#mulDiv', () => {
  it('computes full-width products', () => {
    expect(mulDiv(Q128, 50n * Q128, 150n * Q128)).toBe(Q128 / 3n)
    expect(mulDiv(MAX_UINT256, MAX_UINT256, MAX_UINT256)).toBe(MAX_UINT256)
    expect(mulDiv(Q128, 35n * Q128, 8n * Q128)).toBe((4375n * Q128) / 1000n)
  })
  it('throws OVERFLOW when the result does not fit in uint256', () => {
    expect(() => mulDiv(Q128, Q128, 1n)).toThrowError(expect.objectContaining({ code: 'OVERFLOW' }))
    expect(() => mulDiv(MAX_UINT256, MAX_UINT256, MAX_UINT256 - 1n)).toThrowError(
      expect.objectContaining({ code: 'OVERFLOW' }),
    )
  })
  it('throws DIVISION_BY_ZERO and AMOUNT for bad input', () => {
    expect(() => mulDiv(1n, 1n, 0n)).toThrowError(expect.objectContaining({ code: 'DIVISION_BY_ZERO' }))
    expect(() => mulDiv(-1n, 1n, 1n)).toThrowError(expect.objectContaining({ code: 'AMOUNT' }))
    expect(() => mulDiv(MAX_UINT256 + 1n, 1n, 1n)).toThrowError(expect.objectContaining({ code: 'AMOUNT' }))
  })
})

describe('#mulDivRoundingUp', () => {
  it('rounds up only with a remainder', () => {
    expect(mulDivRoundingUp(Q128, 50n * Q128, 150n * Q128)).toBe(Q128 / 3n + 1n)
    expect(mulDivRoundingUp(Q128, 1000n * Q128, 3000n * Q128)).toBe(Q128 / 3n + 1n)
    expect(mulDivRoundingUp(6n, 2n, 4n)).toBe(3n)
  })
  it('throws OVERFLOW when rounding up would overflow', () => {
    // From the FullMath spec: mulDiv fits exactly at MAX_UINT256 but rounding up does not.
    const a = 535006138814359n
    const b = 432862656469423142931042426214547535783388063929571229938474969n
    expect(() => mulDivRoundingUp(a, b, 2n)).toThrowError(expect.objectContaining({ code: 'OVERFLOW' }))
    expect(() =>
      mulDivRoundingUp(
        115792089237316195423570985008687907853269984659341747863450311749907997002549n,
        115792089237316195423570985008687907853269984659341747863450311749907997002550n,
        115792089237316195423570985008687907853269984653042931687443039491902864365164n,
      ),
    ).toThrowError(expect.objectContaining({ code: 'OVERFLOW' }))
  })
  it('is floor or floor + 1, exactly matching the remainder', () => {
    fc.assert(
      fc.property(uint256, uint256, fc.bigInt({ min: 1n, max: MAX_UINT256 }), (a, b, d) => {
        const exact = (a * b) / d
        if (exact + 1n > MAX_UINT256) return
        const down = mulDiv(a, b, d)
        const up = mulDivRoundingUp(a, b, d)
        expect(down).toBe(exact)
        expect(up - down).toBe((a * b) % d === 0n ? 0n : 1n)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('#divRoundingUp', () => {
  it('rounds up', () => {
    expect(divRoundingUp(7n, 2n)).toBe(4n)
    expect(divRoundingUp(8n, 2n)).toBe(4n)
    expect(() => divRoundingUp(1n, 0n)).toThrowError(expect.objectContaining({ code: 'DIVISION_BY_ZERO' }))
  })
})
