import { type Address, type Client, keccak256, toHex } from 'viem'
import { getBlock } from 'viem/actions'
import type { RecentSwaps, SwapTotals } from '../../domain/pools/swapTypes.ts'
import { fetchLogsCached } from '../history/fetchLogsCached.ts'
import type { LogStore } from '../history/logStore.ts'
import { readBlockTimestamps } from '../history/readPositionHistory.ts'
import {
  decodeV2PairEvents,
  decodeV3PoolEvents,
  V2_SWAP_SYNC_TOPICS,
  V3_SWAP_TOPIC,
} from './decodePoolEvents.ts'

const DAY_SECONDS = 86_400
/** Extra blocks scanned before the estimated 7-days-ago block (block times vary). */
const BLOCK_ESTIMATE_MARGIN = 1.25

const emptyTotals = (): SwapTotals => ({
  count: 0,
  amount0InWei: 0n,
  amount1InWei: 0n,
  amount0MovedWei: 0n,
  amount1MovedWei: 0n,
})
const abs = (value: bigint) => (value < 0n ? -value : value)

export interface ReadRecentSwapsParameters {
  chainId: number
  v3Pools: readonly Address[]
  v2Pairs: readonly Address[]
  /** Latest block and its timestamp (from the state read). */
  blockNumber: bigint
  timestamp: number
  /** No pool is older than this block. */
  startBlock: bigint
  store: LogStore
}

/**
 * Swap logs of every listed pool over the last 7 days of chain time: ONE getLogs filter for all pools
 * (bounded block ranges, cached), preceded by one getBlock to turn "7 days ago" into a block number.
 * @returns per-pool swap totals over 24 h and 7 d
 */
export async function readRecentSwaps(
  client: Client,
  parameters: ReadRecentSwapsParameters,
): Promise<RecentSwaps> {
  const { chainId, blockNumber, timestamp, startBlock, store } = parameters
  const since7d = timestamp - 7 * DAY_SECONDS
  const since24h = timestamp - DAY_SECONDS
  // Average block time from a sample block, to find a block at least 7 days old without a search.
  const sampleBlock = blockNumber - 100_000n > startBlock ? blockNumber - 100_000n : startBlock
  const sample = await getBlock(client, { blockNumber: sampleBlock })
  const secondsPerBlock =
    blockNumber > sampleBlock
      ? (timestamp - Number(sample.timestamp)) / Number(blockNumber - sampleBlock)
      : 12
  const blocksBack =
    Number(sample.timestamp) >= since7d
      ? blockNumber - sampleBlock
      : BigInt(Math.ceil(((7 * DAY_SECONDS) / Math.max(secondsPerBlock, 0.05)) * BLOCK_ESTIMATE_MARGIN))
  const fromBlock = blockNumber - blocksBack > startBlock ? blockNumber - blocksBack : startBlock
  const addresses = [...parameters.v3Pools, ...parameters.v2Pairs]
  const addressesHash = keccak256(toHex(addresses.map((a) => a.toLowerCase()).join(','))).slice(0, 18)
  const logs = await fetchLogsCached(client, {
    store,
    cacheKey: `${chainId}:pools:swaps:v1:${addressesHash}:${fromBlock}`,
    address: addresses,
    topics: [[V3_SWAP_TOPIC, V2_SWAP_SYNC_TOPICS[0] as `0x${string}`]],
    fromBlock,
    toBlock: blockNumber,
  })
  const v3 = new Set(parameters.v3Pools.map((a) => a.toLowerCase()))
  const totals24h = new Map<string, SwapTotals>()
  const totals7d = new Map<string, SwapTotals>()
  const add = (
    map: Map<string, SwapTotals>,
    pool: string,
    in0: bigint,
    in1: bigint,
    moved0: bigint,
    moved1: bigint,
  ) => {
    const totals = map.get(pool) ?? emptyTotals()
    totals.count += 1
    totals.amount0InWei += in0
    totals.amount1InWei += in1
    totals.amount0MovedWei += moved0
    totals.amount1MovedWei += moved1
    map.set(pool, totals)
  }
  // Nodes that do not send blockTimestamp with logs: one cached getBlock per block with swaps.
  const untimed = logs.filter((log) => log.blockTimestamp === undefined).map((log) => log.blockNumber)
  const timestamps =
    untimed.length > 0 ? await readBlockTimestamps(client, { chainId, store, blocks: untimed }) : undefined
  for (const log of logs) {
    const pool = log.address.toLowerCase()
    const time = log.blockTimestamp ?? timestamps?.get(log.blockNumber)
    if (time === undefined || time <= since7d) continue
    let amounts: [bigint, bigint, bigint, bigint] | undefined
    if (v3.has(pool)) {
      const event = decodeV3PoolEvents([log])[0]
      if (event?.kind === 'swap')
        amounts = [
          event.amount0Wei > 0n ? event.amount0Wei : 0n,
          event.amount1Wei > 0n ? event.amount1Wei : 0n,
          abs(event.amount0Wei),
          abs(event.amount1Wei),
        ]
    } else {
      const event = decodeV2PairEvents([log])[0]
      if (event?.kind === 'swap')
        amounts = [
          event.amount0InWei,
          event.amount1InWei,
          event.amount0InWei + event.amount0OutWei,
          event.amount1InWei + event.amount1OutWei,
        ]
    }
    if (!amounts) continue
    add(totals7d, pool, ...amounts)
    if (time > since24h) add(totals24h, pool, ...amounts)
  }
  // A chain (or pool list) younger than 7 days: the figures cover only its lifetime.
  const coveredFrom = sampleBlock === startBlock ? Math.max(since7d, Number(sample.timestamp)) : since7d
  return { totals24h, totals7d, windowSeconds7d: Math.max(0, timestamp - coveredFrom) }
}
