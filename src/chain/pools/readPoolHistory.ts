import type { Address, Client } from 'viem'
import type { PoolHistory, PoolPricePoint } from '../../domain/pools/poolHistory.ts'
import { sqrtPriceX96ToPrice } from '../../math/index.ts'
import { fetchLogsCached } from '../history/fetchLogsCached.ts'
import type { LogStore } from '../history/logStore.ts'
import { readBlockTimestamps } from '../history/readPositionHistory.ts'
import { decodeV2PairEvents, V2_SWAP_SYNC_TOPICS } from './decodePoolEvents.ts'
import { SWAP_LOGS_CHUNK_BLOCKS } from './readRecentSwaps.ts'
import { readV3PoolEvents } from './readV3PoolEvents.ts'

export interface ReadPoolHistoryParameters {
  chainId: number
  pool: { kind: 'v2' | 'v3'; address: Address; decimals0: number; decimals1: number }
  fromBlock: bigint
  toBlock: bigint
  store: LogStore
}

/**
 * Price history from events only (V3 Swap's sqrtPriceX96, V2 Sync's reserves), in bounded cached
 * getLogs ranges, with chain timestamps.
 */
export async function readPoolHistory(
  client: Client,
  parameters: ReadPoolHistoryParameters,
): Promise<PoolHistory> {
  const { chainId, pool, fromBlock, toBlock, store } = parameters
  if (pool.kind === 'v3') {
    const events = await readV3PoolEvents(client, { chainId, pool: pool.address, fromBlock, toBlock, store })
    const prices: PoolPricePoint[] = []
    for (const event of events)
      if ((event.kind === 'swap' || event.kind === 'initialize') && event.timestamp !== undefined)
        prices.push({
          timestamp: event.timestamp,
          blockNumber: event.blockNumber,
          price: sqrtPriceX96ToPrice(event.sqrtPriceX96, pool.decimals0, pool.decimals1),
        })
    return { prices, v3Events: events }
  }
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:v2pair:${pool.address.toLowerCase()}:sync:v1`,
    address: pool.address,
    topics: [V2_SWAP_SYNC_TOPICS[1] as `0x${string}`],
    fromBlock,
    toBlock,
    chunkSize: SWAP_LOGS_CHUNK_BLOCKS,
  })
  const events = decodeV2PairEvents(logs)
  const untimed = events.filter((e) => e.timestamp === undefined).map((e) => e.blockNumber)
  const timestamps =
    untimed.length > 0 ? await readBlockTimestamps(client, { chainId, store, blocks: untimed }) : undefined
  const scale0 = 10 ** pool.decimals0
  const scale1 = 10 ** pool.decimals1
  const prices: PoolPricePoint[] = []
  for (const event of events) {
    const timestamp = event.timestamp ?? timestamps?.get(event.blockNumber)
    if (event.kind !== 'sync' || event.reserve0Wei === 0n || timestamp === undefined) continue
    prices.push({
      timestamp,
      blockNumber: event.blockNumber,
      price: Number(event.reserve1Wei) / scale1 / (Number(event.reserve0Wei) / scale0),
    })
  }
  return { prices, v3Events: null }
}
