import type { Address, Hex } from 'viem'
import type { V4PoolPositionState, V4PositionManagerState } from '../../domain/positions/positionsRawState.ts'
import { positionManagerPositionKey } from '../../math/position.ts'
import { positionManagerAbi } from '../abi/positionManagerAbi.ts'
import { stateViewAbi } from '../abi/stateViewAbi.ts'
import { type BatchResult, call, mapCall } from '../batch/batchCall.ts'

/** PositionManager's three calls for one V4 NFT: its pool key and packed info, its liquidity, its subscriber. */
export function v4PositionCalls(positionManager: Address, tokenId: bigint) {
  return {
    poolAndInfo: mapCall(
      call(positionManager, positionManagerAbi, 'getPoolAndPositionInfo', [tokenId]),
      ([poolKey, info]) => ({ poolKey: { ...poolKey }, info }),
    ),
    liquidity: call(positionManager, positionManagerAbi, 'getPositionLiquidity', [tokenId]),
    subscriber: call(positionManager, positionManagerAbi, 'subscriber', [tokenId]),
  }
}

/** The results of `v4PositionCalls` as one read: failed when any of the three failed. */
export function toV4PositionManagerState(read: {
  poolAndInfo: BatchResult<Pick<V4PositionManagerState, 'poolKey' | 'info'>>
  liquidity: BatchResult<bigint>
  subscriber: BatchResult<Address>
}): BatchResult<V4PositionManagerState> {
  const { poolAndInfo, liquidity, subscriber } = read
  if (!poolAndInfo.ok) return { ok: false, error: `getPoolAndPositionInfo: ${poolAndInfo.error}` }
  if (!liquidity.ok) return { ok: false, error: `getPositionLiquidity: ${liquidity.error}` }
  if (!subscriber.ok) return { ok: false, error: `subscriber: ${subscriber.error}` }
  return {
    ok: true,
    value: { ...poolAndInfo.value, liquidity: liquidity.value, subscriber: subscriber.value },
  }
}

/**
 * StateView's four calls for one V4 position: the pool's slot0 and in-range liquidity, the fee growth inside
 * the position's ticks now, and the position's own entry (owner = PositionManager, salt = tokenId).
 */
export function v4PoolPositionCalls(parameters: {
  stateView: Address
  positionManager: Address
  poolId: Hex
  tokenId: bigint
  tickLower: number
  tickUpper: number
}) {
  const { stateView, positionManager, poolId, tokenId, tickLower, tickUpper } = parameters
  const positionId = positionManagerPositionKey(positionManager, tokenId, tickLower, tickUpper)
  return {
    slot0: mapCall(call(stateView, stateViewAbi, 'getSlot0', [poolId]), ([sqrtPriceX96, tick, , lpFee]) => ({
      sqrtPriceX96,
      tick,
      lpFee,
    })),
    liquidity: call(stateView, stateViewAbi, 'getLiquidity', [poolId]),
    feeGrowthInside: mapCall(
      call(stateView, stateViewAbi, 'getFeeGrowthInside', [poolId, tickLower, tickUpper]),
      ([feeGrowthInside0X128, feeGrowthInside1X128]) => ({ feeGrowthInside0X128, feeGrowthInside1X128 }),
    ),
    positionInfo: mapCall(
      call(stateView, stateViewAbi, 'getPositionInfo', [poolId, positionId]),
      ([positionLiquidity, feeGrowthInside0LastX128, feeGrowthInside1LastX128]) => ({
        positionLiquidity,
        feeGrowthInside0LastX128,
        feeGrowthInside1LastX128,
      }),
    ),
  }
}

/** The results of `v4PoolPositionCalls` as one read: failed when any of the four failed. */
export function toV4PoolPositionState(read: {
  slot0: BatchResult<Pick<V4PoolPositionState, 'sqrtPriceX96' | 'tick' | 'lpFee'>>
  liquidity: BatchResult<bigint>
  feeGrowthInside: BatchResult<Pick<V4PoolPositionState, 'feeGrowthInside0X128' | 'feeGrowthInside1X128'>>
  positionInfo: BatchResult<
    Pick<V4PoolPositionState, 'positionLiquidity' | 'feeGrowthInside0LastX128' | 'feeGrowthInside1LastX128'>
  >
}): BatchResult<V4PoolPositionState> {
  for (const [name, result] of Object.entries(read))
    if (!result.ok) return { ok: false, error: `StateView ${name}: ${result.error}` }
  const { slot0, liquidity, feeGrowthInside, positionInfo } = read as {
    [key in keyof typeof read]: Extract<(typeof read)[key], { ok: true }>
  }
  if (slot0.value.sqrtPriceX96 === 0n) return { ok: false, error: 'the pool is not initialized' }
  return {
    ok: true,
    value: {
      ...slot0.value,
      poolLiquidity: liquidity.value,
      ...feeGrowthInside.value,
      ...positionInfo.value,
    },
  }
}
