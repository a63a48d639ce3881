import { type Address, type Client, decodeAbiParameters, toEventSelector } from 'viem'
import { readContract } from 'viem/actions'
import type { PoolPricePoint } from '../../domain/history/logTypes.ts'
import { encodeSqrtRatioX96 } from '../../math/index.ts'
import { uniswapV2PairAbi } from '../abi/uniswapV2PairAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { fetchLogsCached } from './fetchLogsCached.ts'
import type { LogStore } from './logStore.ts'

export interface ReadPoolPriceHistoryParameters {
  pool: Address
  protocol: 'v2' | 'v3'
  chainId: number
  /** First block of interest (the position's first deposit); the price just before it is read too. */
  fromBlock: bigint
  toBlock: bigint
  store: LogStore
}

const SWAP_V3 = toEventSelector('Swap(address,address,int256,int256,uint160,uint128,int24)')
const SYNC_V2 = toEventSelector('Sync(uint112,uint112)')

/**
 * The price path of a pool over [fromBlock, toBlock]: its state at fromBlock − 1, then one point per
 * block with a swap (V3 Swap logs / V2 Sync logs, fetched in bounded ranges and cached).
 * @returns points in block order, at most one per block
 */
export async function readPoolPriceHistory(
  client: Client,
  parameters: ReadPoolPriceHistoryParameters,
): Promise<PoolPricePoint[]> {
  const { pool, protocol, chainId, fromBlock, toBlock, store } = parameters
  const startBlock = fromBlock > 0n ? fromBlock - 1n : 0n
  const points: PoolPricePoint[] = []
  const topics = [protocol === 'v3' ? SWAP_V3 : SYNC_V2]
  // State older than a full node keeps is not asked for: a public RPC without archive state refuses it
  // ('missing trie node'), so such a start comes from the logs, never from an expected failure.
  const recent = toBlock - startBlock < RECENT_STATE_BLOCKS
  const start =
    (recent ? await readPriceAt(client, pool, protocol, startBlock) : null) ??
    (await lastPriceBefore(client, parameters, topics, startBlock))
  if (start !== null) points.push({ blockNumber: startBlock, ...start })
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:pool-price:${pool.toLowerCase()}:${protocol}:${fromBlock}:v1`,
    address: pool,
    topics,
    fromBlock,
    toBlock,
  })
  for (const log of logs) {
    const price = protocol === 'v3' ? decodeSwapPrice(log.data) : decodeSyncPrice(log.data)
    if (price === null) continue
    const last = points[points.length - 1]
    if (last && last.blockNumber === log.blockNumber) Object.assign(last, price)
    else
      points.push({
        blockNumber: log.blockNumber,
        ...price,
        ...(log.blockTimestamp === undefined ? {} : { timestamp: log.blockTimestamp }),
      })
  }
  return points
}

/**
 * Blocks of state a full (non-archive) node keeps behind its head: 128 (geth's default). A start older than
 * this, relative to the range's end (the page's pinned head), is read from the logs.
 */
export const RECENT_STATE_BLOCKS = 128n

/** Blocks searched backwards for the last swap when the node has no state at the start block. */
const LOOKBACK_BLOCKS = 5_000n

/**
 * The price after the last swap before `startBlock`: the fallback when historical state is missing
 * (a non-archive node, or a devnet restored from a state dump). One bounded getLogs, cached.
 */
async function lastPriceBefore(
  client: Client,
  { pool, protocol, chainId, store }: ReadPoolPriceHistoryParameters,
  topics: `0x${string}`[],
  startBlock: bigint,
): Promise<PriceAt | null> {
  const fromBlock = startBlock > LOOKBACK_BLOCKS ? startBlock - LOOKBACK_BLOCKS : 0n
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:pool-price-before:${pool.toLowerCase()}:${protocol}:${startBlock}:v1`,
    address: pool,
    topics,
    fromBlock,
    toBlock: startBlock,
  })
  const last = logs[logs.length - 1]
  if (!last) return null
  return protocol === 'v3' ? decodeSwapPrice(last.data) : decodeSyncPrice(last.data)
}

/** A price point's price: the sqrt price, and for V3 the pool's tick (which decides in range at a bound). */
type PriceAt = { sqrtPriceX96: bigint; tick?: number }

async function readPriceAt(
  client: Client,
  pool: Address,
  protocol: 'v2' | 'v3',
  blockNumber: bigint,
): Promise<PriceAt | null> {
  try {
    if (protocol === 'v3') {
      const slot0 = await readContract(client, {
        address: pool,
        abi: uniswapV3PoolAbi,
        functionName: 'slot0',
        blockNumber,
      })
      return slot0[0] > 0n ? { sqrtPriceX96: slot0[0], tick: slot0[1] } : null
    }
    const [reserve0, reserve1] = await readContract(client, {
      address: pool,
      abi: uniswapV2PairAbi,
      functionName: 'getReserves',
      blockNumber,
    })
    return reserve0 > 0n && reserve1 > 0n ? { sqrtPriceX96: encodeSqrtRatioX96(reserve1, reserve0) } : null
  } catch {
    // Before the pool existed (or a node without archive state): the history starts at its first swap.
    return null
  }
}

function decodeSwapPrice(data: `0x${string}`): PriceAt | null {
  const [, , sqrtPriceX96, , tick] = decodeAbiParameters(
    [{ type: 'int256' }, { type: 'int256' }, { type: 'uint160' }, { type: 'uint128' }, { type: 'int24' }],
    data,
  )
  return sqrtPriceX96 > 0n ? { sqrtPriceX96, tick } : null
}

function decodeSyncPrice(data: `0x${string}`): PriceAt | null {
  const [reserve0, reserve1] = decodeAbiParameters([{ type: 'uint112' }, { type: 'uint112' }], data)
  return reserve0 > 0n && reserve1 > 0n ? { sqrtPriceX96: encodeSqrtRatioX96(reserve1, reserve0) } : null
}
