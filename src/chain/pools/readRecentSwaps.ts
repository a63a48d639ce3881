import { type Address, type Client, keccak256, toHex } from 'viem'
import type { RecentSwaps, SwapTotals } from '../../domain/pools/swapTypes.ts'
import { logRangeCount, type SwapWindow } from '../../domain/pools/swapWindow.ts'
import { fetchLogsCached } from '../history/fetchLogsCached.ts'
import type { LogStore } from '../history/logStore.ts'
import {
  decodeV2PairEvents,
  decodeV3PoolEvents,
  V2_SWAP_SYNC_TOPICS,
  V3_SWAP_TOPIC,
} from './decodePoolEvents.ts'
import { findSwapWindow } from './findSwapWindow.ts'

const DAY_SECONDS = 86_400
/** Blocks per eth_getLogs: the 10,000-block limit public RPCs commonly set. */
export const SWAP_LOGS_CHUNK_BLOCKS = 10_000n

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
  /** Also sum the last 7 days (a longer scan: loaded on demand on public chains). Default false. */
  sevenDays?: boolean
  /** Blocks per eth_getLogs (default {@link SWAP_LOGS_CHUNK_BLOCKS}). */
  chunkSize?: bigint
}

/** Totals of one pool over one window, added to in place. */
function add(map: Map<string, SwapTotals>, pool: string, amounts: readonly [bigint, bigint, bigint, bigint]) {
  const totals = map.get(pool) ?? emptyTotals()
  totals.count += 1
  totals.amount0InWei += amounts[0]
  totals.amount1InWei += amounts[1]
  totals.amount0MovedWei += amounts[2]
  totals.amount1MovedWei += amounts[3]
  map.set(pool, totals)
}

/**
 * Swap logs of every listed pool over the last 24 h of chain time (and 7 d when asked): the window's
 * first block from block timestamps (findSwapWindow: 1-3 header reads), then ONE getLogs filter carrying
 * every pool's address and both Swap topics (V3 and V2 topic0 in one array) per block range of
 * `chunkSize`, through the log cache (a reload asks only for new blocks). No pools: no request at all.
 * Swaps are counted by their block's time when the node sends it with the logs (exact windows), else by
 * block number from the window's first block (an estimate, said in `windows`).
 * @returns per-pool swap totals over 24 h (and 7 d), and how the windows were made
 */
export async function readRecentSwaps(
  client: Client,
  parameters: ReadRecentSwapsParameters,
): Promise<RecentSwaps> {
  const { chainId, blockNumber, timestamp, startBlock, store } = parameters
  const chunkSize = parameters.chunkSize ?? SWAP_LOGS_CHUNK_BLOCKS
  const head = { number: blockNumber, timestamp }
  const addresses = [...parameters.v3Pools, ...parameters.v2Pairs]
  const emptyWindow = (seconds: number): SwapWindow => ({
    fromBlock: blockNumber,
    fromTimestamp: timestamp,
    seconds,
    coveredSeconds: seconds,
    requests: 0,
  })
  if (addresses.length === 0)
    return {
      totals24h: new Map(),
      totals7d: new Map(),
      windowSeconds7d: parameters.sevenDays ? 7 * DAY_SECONDS : 0,
      windows: {
        day: emptyWindow(DAY_SECONDS),
        week: parameters.sevenDays ? emptyWindow(7 * DAY_SECONDS) : null,
        timedLogs: true,
        logRanges: 0,
      },
    }
  const week = parameters.sevenDays
    ? await findSwapWindow(client, { head, seconds: 7 * DAY_SECONDS, floor: startBlock })
    : null
  const scanFrom = week?.fromBlock
  const addressesHash = keccak256(toHex(addresses.map((a) => a.toLowerCase()).join(','))).slice(0, 18)
  const readLogs = (fromBlock: bigint) =>
    fetchLogsCached(client, {
      store,
      // One entry per pool set, whatever the window: a later load extends it with new blocks only, and
      // the 24 h figures reuse the 7 d scan.
      cacheKey: `${chainId}:pools:swaps:v2:${addressesHash}`,
      address: addresses,
      topics: [[V3_SWAP_TOPIC, V2_SWAP_SYNC_TOPICS[0] as `0x${string}`]],
      fromBlock,
      toBlock: blockNumber,
      chunkSize,
    })
  let logs = scanFrom === undefined ? undefined : await readLogs(scanFrom)
  const timed = (list: typeof logs) => list?.every((log) => log.blockTimestamp !== undefined) ?? false
  // Within a 7 d scan whose logs carry their times, the 24 h window needs no search of its own.
  const day =
    week && timed(logs)
      ? { ...week, seconds: DAY_SECONDS, coveredSeconds: Math.min(DAY_SECONDS, week.coveredSeconds) }
      : await findSwapWindow(client, { head, seconds: DAY_SECONDS, floor: startBlock })
  logs ??= await readLogs(day.fromBlock)
  const timedLogs = timed(logs)
  const v3 = new Set(parameters.v3Pools.map((a) => a.toLowerCase()))
  const totals24h = new Map<string, SwapTotals>()
  const totals7d = new Map<string, SwapTotals>()
  const since24h = timestamp - DAY_SECONDS
  const since7d = timestamp - 7 * DAY_SECONDS
  for (const log of logs) {
    if (log.blockNumber > blockNumber) continue
    const inWeek =
      week !== null &&
      log.blockNumber >= week.fromBlock &&
      (log.blockTimestamp === undefined || log.blockTimestamp > since7d)
    const inDay =
      log.blockNumber >= day.fromBlock && (log.blockTimestamp === undefined || log.blockTimestamp > since24h)
    if (!inWeek && !inDay) continue
    const pool = log.address.toLowerCase()
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
    if (inWeek) add(totals7d, pool, amounts)
    if (inDay) add(totals24h, pool, amounts)
  }
  return {
    totals24h,
    totals7d,
    windowSeconds7d: week?.coveredSeconds ?? 0,
    windows: {
      day,
      week,
      timedLogs,
      logRanges: logRangeCount(scanFrom ?? day.fromBlock, blockNumber, chunkSize),
    },
  }
}
