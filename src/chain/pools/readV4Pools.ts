import {
  type Address,
  type Client,
  decodeEventLog,
  encodeEventTopics,
  type Hex,
  keccak256,
  toHex,
} from 'viem'
import type { RawLog } from '../../domain/history/logTypes.ts'
import type { V4PoolState } from '../../domain/pools/poolState.ts'
import type { V4PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { poolManagerAbi } from '../abi/poolManagerAbi.ts'
import { stateViewAbi } from '../abi/stateViewAbi.ts'
import type { BatchResult } from '../batch/batchCall.ts'
import { call, mapCall } from '../batch/batchCall.ts'
import { readBatch } from '../batch/readBatch.ts'
import { fetchLogsCached } from '../history/fetchLogsCached.ts'
import type { LogStore } from '../history/logStore.ts'

/** topic0 of PoolManager `Swap(bytes32 indexed id, address indexed sender, int128, int128, uint160, uint128, int24, uint24 fee)`. */
export const V4_SWAP_TOPIC: Hex = encodeEventTopics({ abi: poolManagerAbi, eventName: 'Swap' })[0] as Hex
/** topic0 of PoolManager `ModifyLiquidity(bytes32 indexed id, address indexed sender, int24, int24, int256, bytes32)`. */
export const V4_MODIFY_LIQUIDITY_TOPIC: Hex = encodeEventTopics({
  abi: poolManagerAbi,
  eventName: 'ModifyLiquidity',
})[0] as Hex

const lower = (value: string) => value.toLowerCase()

/** A V4 pool's slot0 and active liquidity through StateView (part of the pools-state multicall). */
export function v4PoolStateCalls(stateView: Address, poolId: Hex) {
  return {
    slot0: mapCall(call(stateView, stateViewAbi, 'getSlot0', [poolId]), ([sqrtPriceX96, tick, , lpFee]) => ({
      sqrtPriceX96,
      tick,
      lpFee,
    })),
    liquidity: call(stateView, stateViewAbi, 'getLiquidity', [poolId]),
  }
}

/** The hash of a pool set, for cache keys. */
function poolSetHash(pools: readonly { poolId: Hex }[]): string {
  return keccak256(toHex(pools.map((pool) => lower(pool.poolId)).join(','))).slice(0, 18)
}

/**
 * The ticks every listed V4 pool has ever had liquidity added or removed at: the tickLower/tickUpper of
 * its PoolManager ModifyLiquidity logs (one getLogs filter for all pools, topic1 = the pool ids, from
 * the PoolManager's deployment; cached). A candidate set: which are initialized now is read from StateView.
 * @returns lowercase PoolId → candidate ticks
 */
export async function findV4TickCandidates(
  client: Client,
  parameters: { chainId: number; v4: V4PoolsListConfig; toBlock: bigint; store: LogStore },
): Promise<Map<string, Set<number>>> {
  const { chainId, v4, toBlock, store } = parameters
  const candidates = new Map<string, Set<number>>(v4.pools.map((pool) => [lower(pool.poolId), new Set()]))
  if (v4.pools.length === 0 || toBlock < v4.startBlock) return candidates
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:v4:modifyLiquidity:${lower(v4.poolManager)}:${poolSetHash(v4.pools)}`,
    address: v4.poolManager,
    topics: [V4_MODIFY_LIQUIDITY_TOPIC, v4.pools.map((pool) => pool.poolId)],
    fromBlock: v4.startBlock,
    toBlock,
  })
  for (const log of logs) {
    if (log.blockNumber > toBlock) continue
    const event = decodeV4Log(log)
    if (event?.eventName !== 'ModifyLiquidity') continue
    const ticks = candidates.get(lower(event.args.id))
    ticks?.add(event.args.tickLower)
    ticks?.add(event.args.tickUpper)
  }
  return candidates
}

/** A PoolManager log decoded by the contract's ABI (undefined for another event or bad data). */
export function decodeV4Log(log: RawLog) {
  try {
    return decodeEventLog({ abi: poolManagerAbi, topics: log.topics as [Hex, ...Hex[]], data: log.data })
  } catch {
    return undefined
  }
}

/**
 * Reads each V4 pool's initialized ticks at `blockNumber`: StateView.getTickLiquidity for every candidate
 * tick (one multicall for all pools); ticks whose liquidityGross is 0 are no longer initialized.
 * @returns lowercase PoolId → initialized ticks with liquidityNet (null when a read failed)
 */
export async function readV4InitializedTicks(
  client: Client,
  parameters: {
    multicall3: Address
    v4: V4PoolsListConfig
    candidates: Map<string, Set<number>>
    blockNumber: bigint
    signal?: AbortSignal | undefined
  },
): Promise<Map<string, { tick: number; liquidityNet: bigint }[] | null>> {
  const { v4, candidates } = parameters
  const perPool = v4.pools.map((pool) =>
    [...(candidates.get(lower(pool.poolId)) ?? [])].sort((a, b) => a - b),
  )
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: {
      pools: v4.pools.map((pool, index) =>
        (perPool[index] ?? []).map((tick) =>
          call(v4.stateView, stateViewAbi, 'getTickLiquidity', [pool.poolId, tick]),
        ),
      ),
    },
  })
  const out = new Map<string, { tick: number; liquidityNet: bigint }[] | null>()
  v4.pools.forEach((pool, index) => {
    const ticks = perPool[index] ?? []
    const reads = (results.pools[index] ?? []) as BatchResult<readonly [bigint, bigint]>[]
    if (reads.some((read) => !read.ok)) {
      out.set(lower(pool.poolId), null)
      return
    }
    out.set(
      lower(pool.poolId),
      ticks.flatMap((tick, i) => {
        const read = reads[i]
        if (!read?.ok || read.value[0] === 0n) return []
        return [{ tick, liquidityNet: read.value[1] }]
      }),
    )
  })
  return out
}

/** One V4 pool's state from its slot0/liquidity reads and its ticks; null when a read failed or it is not initialized. */
export function toV4PoolState(
  read: {
    slot0: BatchResult<{ sqrtPriceX96: bigint; tick: number; lpFee: number }>
    liquidity: BatchResult<bigint>
  },
  ticks: readonly { tick: number; liquidityNet: bigint }[] | null | undefined,
): V4PoolState | null {
  if (!read.slot0.ok || !read.liquidity.ok) return null
  if (read.slot0.value.sqrtPriceX96 === 0n) return null
  return { ...read.slot0.value, liquidity: read.liquidity.value, ticks: ticks ?? null }
}
