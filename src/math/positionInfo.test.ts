import { describe, expect, it } from 'vitest'
import { MAX_TICK, MIN_TICK } from './constants.ts'
import { decodePositionInfo, encodePositionInfo, poolIdPrefix } from './positionInfo.ts'

const POOL_ID = '0xab2c4bf0fa91c3515efb3e45a1efa735353b24719c592d674af1dc4c43dccc96'

describe('PositionInfo packing (v4-periphery PositionInfoLibrary)', () => {
  it('places poolId prefix | tickUpper | tickLower | hasSubscriber at bits 56, 32, 8 and 0', () => {
    // Layout from PositionInfoLibrary's doc comment, built field by field with two's-complement 24-bit ticks.
    const expected =
      ((BigInt(POOL_ID) >> 56n) << 56n) | (BigInt(-60 + 2 ** 24) << 32n) | (BigInt(120) << 8n) | 1n
    expect(encodePositionInfo(POOL_ID, 120, -60, true)).toBe(expected)
  })

  it('round-trips the extreme and negative ticks', () => {
    for (const [lower, upper] of [
      [MIN_TICK, MAX_TICK],
      [-1, 0],
      [-887_220, -887_210],
    ] as const) {
      const info = encodePositionInfo(POOL_ID, lower, upper)
      expect(decodePositionInfo(info)).toEqual({
        poolIdPrefix: poolIdPrefix(POOL_ID),
        tickLower: lower,
        tickUpper: upper,
        hasSubscriber: false,
      })
    }
  })

  it('keeps the high 25 bytes of the PoolId', () => {
    expect(poolIdPrefix(POOL_ID)).toBe('0xab2c4bf0fa91c3515efb3e45a1efa735353b24719c592d674a')
  })

  it('rejects a value that is not a uint256', () => {
    expect(() => decodePositionInfo(-1n)).toThrow('uint256')
    expect(() => decodePositionInfo(1n << 256n)).toThrow('uint256')
  })
})
