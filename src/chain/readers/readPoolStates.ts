import { type Address, type Client, zeroAddress } from 'viem'
import type {
  V2PairChainState,
  V3PoolChainState,
  V3PoolImmutables,
} from '../../domain/pools/poolChainState.ts'
import { uniswapV2FactoryAbi } from '../abi/uniswapV2FactoryAbi.ts'
import { uniswapV2PairAbi } from '../abi/uniswapV2PairAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { type BatchResult, call, mapCall } from '../batch/batchCall.ts'
import { allOk, mapResult, zipResults } from '../batch/batchResult.ts'
import { multicall3Of, readBatch } from '../batch/readBatch.ts'
import { blockCalls, toBlock } from './readBlock.ts'

/** The calls of a V3 pool's mutable state: slot0, liquidity and both fee growth globals. */
export function v3PoolStateCalls(pool: Address) {
  return {
    slot0: mapCall(call(pool, uniswapV3PoolAbi, 'slot0', []), (slot0) => {
      const [sqrtPriceX96, tick, , , , feeProtocol] = slot0
      return { sqrtPriceX96, tick, feeProtocol }
    }),
    liquidity: call(pool, uniswapV3PoolAbi, 'liquidity', []),
    feeGrowthGlobal0X128: call(pool, uniswapV3PoolAbi, 'feeGrowthGlobal0X128', []),
    feeGrowthGlobal1X128: call(pool, uniswapV3PoolAbi, 'feeGrowthGlobal1X128', []),
  }
}

/** The results of `v3PoolStateCalls`. */
export type V3PoolStateResults = {
  slot0: BatchResult<{ sqrtPriceX96: bigint; tick: number; feeProtocol: number }>
  liquidity: BatchResult<bigint>
  feeGrowthGlobal0X128: BatchResult<bigint>
  feeGrowthGlobal1X128: BatchResult<bigint>
}

/** A V3 pool's state from `v3PoolStateCalls` results: every part, or the first that failed. */
export function toV3PoolState(results: V3PoolStateResults): BatchResult<V3PoolChainState> {
  return mapResult(allOk(results), ({ slot0, ...rest }) => ({ ...slot0, ...rest }))
}

/** The calls of what a V3 pool fixes at creation: its tokens, fee and tick spacing. */
export function v3PoolImmutablesCalls(pool: Address) {
  return {
    token0: call(pool, uniswapV3PoolAbi, 'token0', []),
    token1: call(pool, uniswapV3PoolAbi, 'token1', []),
    fee: call(pool, uniswapV3PoolAbi, 'fee', []),
    tickSpacing: call(pool, uniswapV3PoolAbi, 'tickSpacing', []),
  }
}

/** What a V3 pool fixes at creation from `v3PoolImmutablesCalls` results, or the first that failed. */
export function toV3PoolImmutables(results: {
  token0: BatchResult<Address>
  token1: BatchResult<Address>
  fee: BatchResult<number>
  tickSpacing: BatchResult<number>
}): BatchResult<V3PoolImmutables> {
  return allOk(results)
}

/** The calls of a V2 pair's state: reserves, LP supply and kLast. */
export function v2PairStateCalls(pair: Address) {
  return {
    reserves: mapCall(call(pair, uniswapV2PairAbi, 'getReserves', []), ([reserve0, reserve1]) => ({
      reserve0,
      reserve1,
    })),
    totalSupply: call(pair, uniswapV2PairAbi, 'totalSupply', []),
    kLast: call(pair, uniswapV2PairAbi, 'kLast', []),
  }
}

/** The results of `v2PairStateCalls`. */
export type V2PairStateResults = {
  reserves: BatchResult<{ reserve0: bigint; reserve1: bigint }>
  totalSupply: BatchResult<bigint>
  kLast: BatchResult<bigint>
}

/** A V2 pair's state from `v2PairStateCalls` results: every part, or the first that failed. */
export function toV2PairState(results: V2PairStateResults): BatchResult<V2PairChainState> {
  return mapResult(allOk(results), ({ reserves, ...rest }) => ({ ...reserves, ...rest }))
}

/** The call telling whether a V2 factory's protocol fee is on (feeTo is set). */
export function v2FeeOnCall(factory: Address) {
  return mapCall(
    call(factory, uniswapV2FactoryAbi, 'feeTo', []),
    (feeTo) => feeTo.toLowerCase() !== zeroAddress,
  )
}

/** The call of the factory a V2 pair was created by (so feeTo is read from the right one). */
export function v2PairFactoryCall(pair: Address) {
  return call(pair, uniswapV2PairAbi, 'factory', [])
}

export interface ReadPoolStatesParameters {
  v3Pools?: readonly Address[]
  v2Pairs?: readonly Address[]
  multicall3?: Address | undefined
  blockNumber?: bigint | undefined
  signal?: AbortSignal | undefined
}

export interface ReadPoolStatesReturnType {
  blockNumber: bigint
  timestamp: bigint
  /** By lower-cased pool address; a failed read is `{ ok: false }`, never zeros. */
  v3: Map<string, BatchResult<V3PoolChainState>>
  v2: Map<string, BatchResult<V2PairChainState>>
}

/**
 * The state of V3 pools and V2 pairs in ONE eth_call, with the block and chain time it was read at.
 * @example const { v3 } = await readPoolStates(client, { v3Pools: [pool] }) // v3.get(pool) → { ok, value }
 */
export async function readPoolStates(
  client: Client,
  parameters: ReadPoolStatesParameters,
): Promise<ReadPoolStatesReturnType> {
  const { v3Pools = [], v2Pairs = [] } = parameters
  const multicall3 = multicall3Of(client, parameters.multicall3)
  const results = await readBatch(client, {
    multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: {
      block: blockCalls(multicall3),
      v3: v3Pools.map((pool) => v3PoolStateCalls(pool)),
      v2: v2Pairs.map((pair) => v2PairStateCalls(pair)),
    },
  })
  const { blockNumber, timestamp } = toBlock(results.block)
  const v3 = new Map<string, BatchResult<V3PoolChainState>>()
  for (const [pool, entry] of zipResults(v3Pools, results.v3))
    v3.set(pool.toLowerCase(), toV3PoolState(entry))
  const v2 = new Map<string, BatchResult<V2PairChainState>>()
  for (const [pair, entry] of zipResults(v2Pairs, results.v2))
    v2.set(pair.toLowerCase(), toV2PairState(entry))
  return { blockNumber, timestamp, v3, v2 }
}
