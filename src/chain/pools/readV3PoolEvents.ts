import type { Address, Client } from 'viem'
import type { V3PoolEvent } from '../../domain/pools/poolEvents.ts'
import { fetchLogsCached } from '../history/fetchLogsCached.ts'
import type { LogStore } from '../history/logStore.ts'
import { readBlockTimestamps } from '../history/readPositionHistory.ts'
import { decodeV3PoolEvents, V3_REPLAY_TOPICS } from './decodePoolEvents.ts'
import { SWAP_LOGS_CHUNK_BLOCKS } from './readRecentSwaps.ts'

export interface ReadV3PoolEventsParameters {
  chainId: number
  pool: Address
  /** First block to scan: the pool's creation (or the deployments' start block). */
  fromBlock: bigint
  toBlock: bigint
  store: LogStore
}

/**
 * Every Initialize/Mint/Burn/Swap/SetFeeProtocol event of a V3 pool in [fromBlock, toBlock], in chain
 * order, with block timestamps (from the logs when the node sends them, else one cached getBlock per
 * missing block). Logs come in bounded getLogs ranges and are cached in `store`.
 */
export async function readV3PoolEvents(
  client: Client,
  parameters: ReadV3PoolEventsParameters,
): Promise<V3PoolEvent[]> {
  const { chainId, pool, fromBlock, toBlock, store } = parameters
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:v3pool:${pool.toLowerCase()}:replay:v1`,
    address: pool,
    topics: [V3_REPLAY_TOPICS],
    fromBlock,
    toBlock,
    chunkSize: SWAP_LOGS_CHUNK_BLOCKS,
  })
  const inWindow = logs.filter((log) => log.blockNumber >= fromBlock && log.blockNumber <= toBlock)
  const events = decodeV3PoolEvents(inWindow)
  const missing = events.filter((event) => event.timestamp === undefined).map((event) => event.blockNumber)
  if (missing.length > 0) {
    const timestamps = await readBlockTimestamps(client, { chainId, store, blocks: missing })
    for (const event of events) event.timestamp ??= timestamps.get(event.blockNumber)
  }
  return events
}
