import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_UINT256, Q128 } from './constants.ts'
import { getFeeGrowthInside, getTokensOwed } from './feeGrowth.ts'

const base = {
  tickLower: -2,
  tickUpper: 2,
  feeGrowthGlobal0X128: 15n,
  feeGrowthGlobal1X128: 15n,
  lowerFeeGrowthOutside0X128: 0n,
  lowerFeeGrowthOutside1X128: 0n,
  upperFeeGrowthOutside0X128: 0n,
  upperFeeGrowthOutside1X128: 0n,
}

describe('#getFeeGrowthInside', () => {
  it('uninitialized ticks: all growth inside when the price is inside', () => {
    expect(getFeeGrowthInside({ ...base, tickCurrent: 0 })).toEqual({
      feeGrowthInside0X128: 15n,
      feeGrowthInside1X128: 15n,
    })
  })
  it('uninitialized ticks: nothing inside when the price is above or below', () => {
    expect(getFeeGrowthInside({ ...base, tickCurrent: 4 })).toEqual({
      feeGrowthInside0X128: 0n,
      feeGrowthInside1X128: 0n,
    })
    expect(getFeeGrowthInside({ ...base, tickCurrent: -4 })).toEqual({
      feeGrowthInside0X128: 0n,
      feeGrowthInside1X128: 0n,
    })
  })
  it('subtracts the growth outside both ticks', () => {
    const result = getFeeGrowthInside({
      ...base,
      tickCurrent: 0,
      lowerFeeGrowthOutside0X128: 2n,
      lowerFeeGrowthOutside1X128: 3n,
      upperFeeGrowthOutside0X128: 4n,
      upperFeeGrowthOutside1X128: 1n,
    })
    expect(result).toEqual({ feeGrowthInside0X128: 9n, feeGrowthInside1X128: 11n })
  })
  it('wraps mod 2^256 like the contract', () => {
    const result = getFeeGrowthInside({
      ...base,
      tickCurrent: 0,
      lowerFeeGrowthOutside0X128: MAX_UINT256 - 3n,
      lowerFeeGrowthOutside1X128: MAX_UINT256 - 2n,
      upperFeeGrowthOutside0X128: 3n,
      upperFeeGrowthOutside1X128: 5n,
    })
    expect(result).toEqual({ feeGrowthInside0X128: 16n, feeGrowthInside1X128: 13n })
  })
  it('the current tick on the lower tick counts as inside, on the upper tick as above', () => {
    expect(getFeeGrowthInside({ ...base, tickCurrent: -2 }).feeGrowthInside0X128).toBe(15n)
    expect(getFeeGrowthInside({ ...base, tickCurrent: 2 }).feeGrowthInside0X128).toBe(0n)
  })
  it('throws TICK_ORDER, TICK and INPUT', () => {
    expect(() => getFeeGrowthInside({ ...base, tickLower: 2, tickCurrent: 0 })).toThrowError(
      expect.objectContaining({ code: 'TICK_ORDER' }),
    )
    expect(() => getFeeGrowthInside({ ...base, tickCurrent: 0.5 })).toThrowError(
      expect.objectContaining({ code: 'TICK' }),
    )
    expect(() => getFeeGrowthInside({ ...base, tickCurrent: 0, feeGrowthGlobal0X128: -1n })).toThrowError(
      expect.objectContaining({ code: 'INPUT' }),
    )
  })
})

describe('#getTokensOwed', () => {
  it('one unit of fee growth per liquidity', () => {
    expect(getTokensOwed(0n, Q128, 1n)).toBe(1n)
    expect(getTokensOwed(0n, Q128 - 1n, 1n)).toBe(0n)
  })
  it('wraps the difference and truncates to uint128', () => {
    expect(getTokensOwed(MAX_UINT256, Q128 - 1n, 5n)).toBe(5n)
    expect(getTokensOwed(0n, MAX_UINT256, (1n << 128n) - 1n)).toBe(
      BigInt.asUintN(128, (MAX_UINT256 * ((1n << 128n) - 1n)) >> 128n),
    )
  })
  it('is additive over consecutive snapshots up to rounding (below the uint128 cast)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1n << 150n }),
        fc.bigInt({ min: 0n, max: 1n << 150n }),
        fc.bigInt({ min: 0n, max: 1n << 100n }),
        (d1, d2, liquidity) => {
          const whole = getTokensOwed(0n, d1 + d2, liquidity)
          const parts = getTokensOwed(0n, d1, liquidity) + getTokensOwed(d1, d1 + d2, liquidity)
          expect(whole - parts === 0n || whole - parts === 1n).toBe(true)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
