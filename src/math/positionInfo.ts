import type { Hex } from 'viem'
import { MathError } from './errors.ts'

/** v4-periphery `PositionInfo`, unpacked. */
export interface PositionInfo {
  /** The high 25 bytes of the PoolId (PositionManager looks the PoolKey up by it). */
  poolIdPrefix: Hex
  tickLower: number
  tickUpper: number
  hasSubscriber: boolean
}

const MASK_UPPER_200_BITS = ((1n << 200n) - 1n) << 56n
const MASK_24_BITS = 0xffffffn
const TICK_LOWER_OFFSET = 8n
const TICK_UPPER_OFFSET = 32n
const UINT256_MAX = (1n << 256n) - 1n

const signExtend24 = (value: bigint): number => Number(value >= 1n << 23n ? value - (1n << 24n) : value)

/**
 * v4-periphery `PositionInfoLibrary` decoding of the packed uint256
 * (200 bits poolId | 24 bits tickUpper | 24 bits tickLower | 8 bits hasSubscriber).
 * @throws MathError('INPUT') when `info` is not a uint256
 */
export function decodePositionInfo(info: bigint): PositionInfo {
  if (info < 0n || info > UINT256_MAX) throw new MathError('INPUT', 'PositionInfo must be a uint256')
  const prefix = (info & MASK_UPPER_200_BITS) >> 56n
  return {
    poolIdPrefix: `0x${prefix.toString(16).padStart(50, '0')}`,
    tickLower: signExtend24((info >> TICK_LOWER_OFFSET) & MASK_24_BITS),
    tickUpper: signExtend24((info >> TICK_UPPER_OFFSET) & MASK_24_BITS),
    hasSubscriber: (info & 0xffn) !== 0n,
  }
}

/**
 * v4-periphery `PositionInfoLibrary.initialize` (plus `setSubscribe` when `hasSubscriber`): packs a position's
 * PoolId prefix and ticks the way PositionManager stores them.
 * @param poolId the full 32-byte PoolId (only its high 25 bytes are kept)
 */
export function encodePositionInfo(
  poolId: Hex,
  tickLower: number,
  tickUpper: number,
  hasSubscriber = false,
): bigint {
  const id = BigInt(poolId)
  return (
    (id & MASK_UPPER_200_BITS) |
    ((BigInt(tickUpper) & MASK_24_BITS) << TICK_UPPER_OFFSET) |
    ((BigInt(tickLower) & MASK_24_BITS) << TICK_LOWER_OFFSET) |
    (hasSubscriber ? 1n : 0n)
  )
}

/** The PoolId prefix a PositionInfo carries, for a full PoolId (`bytes25(poolId)`). */
export function poolIdPrefix(poolId: Hex): Hex {
  return `0x${poolId.slice(2, 52).toLowerCase()}`
}
