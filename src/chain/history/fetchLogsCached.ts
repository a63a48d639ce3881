import { type Address, type Client, type Hex, numberToHex } from 'viem'
import type { LogStore } from './logStore.ts'

/** The fields of a log the history needs (plain data: cacheable in IndexedDB). */
export interface RawLog {
  address: Address
  topics: readonly Hex[]
  data: Hex
  blockNumber: bigint
  transactionHash: Hex
  logIndex: number
  /** Unix seconds of the log's block, when the node sends it (anvil, reth, geth ≥ 1.14 do). */
  blockTimestamp?: number
  /** Hash of the log's block (every node sends it for mined logs). */
  blockHash?: Hex
}

/** A block the cache vouches for: its hash proves the cache belongs to the chain it is read from. */
interface CacheAnchor {
  blockNumber: bigint
  blockHash: Hex
}

interface CachedLogs {
  /** Layout version: older entries (without anchors) are discarded. */
  version: 2
  fromBlock: bigint
  headBlock: bigint
  /** The newest cached log's block (its hash comes free with the log); undefined while no logs. */
  anchor: CacheAnchor | undefined
  logs: RawLog[]
}

export interface FetchLogsCachedParameters {
  store: LogStore
  /** Unique per chain/contracts/topics/account: e.g. `31337:npm:0x…:inc-dec-collect:…`. */
  cacheKey: string
  address: Address | readonly Address[]
  topics: readonly (Hex | readonly Hex[] | null)[]
  fromBlock: bigint
  toBlock: bigint
  /** Blocks per eth_getLogs (halved on "range too large" errors). Default 5,000. */
  chunkSize?: bigint
}

const RANGE_ERROR = /range|too many|limit|exceed|too large|10000|response size/i

type RpcLog = {
  address: Address
  topics: Hex[]
  data: Hex
  blockNumber: Hex
  blockHash?: Hex
  transactionHash: Hex
  logIndex: Hex
  blockTimestamp?: Hex
}

/**
 * Heads this process wrote or verified, per store and key: re-reading such an entry at the same
 * head needs no request (the page reads the shared staker log twice per load).
 */
const verifiedHeads = new WeakMap<LogStore, Map<string, bigint>>()

/**
 * Which part of a cached entry can be kept, and where the scan restarts. The cache is checked
 * against the chain through its anchor (newest log's block hash): a reorg or another chain behind
 * the same RPC (a restarted devnet with other state) discards it.
 * - anchor within one chunk of `toBlock`: re-scan from the anchor block; the first page must
 *   return a log with the anchor's hash (checked by the caller), no extra request;
 * - anchor older: one eth_getBlockByNumber compares its hash;
 * - no logs cached: re-scan from `fromBlock` when that costs one page anyway, else trust the head
 *   (nothing cached could be wrong but the absence of logs).
 */
async function reusableCache(
  client: Client,
  cached: CachedLogs | undefined,
  parameters: { fromBlock: bigint; toBlock: bigint; chunkSize: bigint },
): Promise<
  { logs: RawLog[]; start: bigint; fromBlock: bigint; expectAnchor: CacheAnchor | undefined } | undefined
> {
  const { fromBlock, toBlock, chunkSize } = parameters
  if (cached?.version !== 2 || cached.fromBlock > fromBlock || cached.headBlock > toBlock) return undefined
  const { anchor } = cached
  if (!anchor) {
    if (toBlock - cached.fromBlock < chunkSize) return undefined
    return {
      logs: [...cached.logs],
      start: cached.headBlock + 1n,
      fromBlock: cached.fromBlock,
      expectAnchor: undefined,
    }
  }
  if (toBlock - anchor.blockNumber < chunkSize)
    return {
      logs: cached.logs.filter((log) => log.blockNumber < anchor.blockNumber),
      start: anchor.blockNumber,
      fromBlock: cached.fromBlock,
      expectAnchor: anchor,
    }
  const block = (await client.request({
    method: 'eth_getBlockByNumber',
    params: [numberToHex(anchor.blockNumber), false],
  })) as { hash: Hex } | null
  if (block?.hash?.toLowerCase() !== anchor.blockHash.toLowerCase()) return undefined
  return {
    logs: [...cached.logs],
    start: cached.headBlock + 1n,
    fromBlock: cached.fromBlock,
    expectAnchor: undefined,
  }
}

/**
 * eth_getLogs over [fromBlock, toBlock] in bounded ranges, cached in `store` so a later call only
 * asks for blocks after the cached head (a reload within one range costs one request).
 * @returns logs in chain order
 */
export async function fetchLogsCached(
  client: Client,
  parameters: FetchLogsCachedParameters,
): Promise<RawLog[]> {
  const { store, cacheKey, address, topics, fromBlock, toBlock } = parameters
  let chunkSize = parameters.chunkSize ?? 5_000n
  const cached = await store.get<CachedLogs>(cacheKey)
  const verified = verifiedHeads.get(store) ?? new Map<string, bigint>()
  verifiedHeads.set(store, verified)
  if (
    cached?.version === 2 &&
    cached.headBlock === toBlock &&
    verified.get(cacheKey) === toBlock &&
    cached.fromBlock <= fromBlock
  )
    return cached.logs
  let reuse = await reusableCache(client, cached, { fromBlock, toBlock, chunkSize })
  let logs = reuse ? reuse.logs : []
  let start = reuse ? reuse.start : fromBlock
  let expectAnchor = reuse?.expectAnchor
  while (start <= toBlock) {
    const end = start + chunkSize - 1n < toBlock ? start + chunkSize - 1n : toBlock
    let page: RpcLog[]
    try {
      page = (await client.request({
        method: 'eth_getLogs',
        params: [
          {
            address: address as Address | Address[],
            topics: topics as (Hex | Hex[] | null)[],
            fromBlock: numberToHex(start),
            toBlock: numberToHex(end),
          },
        ],
      })) as RpcLog[]
    } catch (error) {
      if (chunkSize > 1n && RANGE_ERROR.test(String((error as Error).message))) {
        chunkSize /= 2n
        continue
      }
      throw error
    }
    if (expectAnchor) {
      const anchor = expectAnchor
      expectAnchor = undefined
      const confirmed = page.some(
        (log) =>
          BigInt(log.blockNumber) === anchor.blockNumber &&
          log.blockHash?.toLowerCase() === anchor.blockHash.toLowerCase(),
      )
      if (!confirmed) {
        // Another chain (or a reorg) since the cache was written: start over from `fromBlock`.
        reuse = undefined
        logs = []
        start = fromBlock
        continue
      }
    }
    for (const log of page)
      logs.push({
        address: log.address,
        topics: log.topics,
        data: log.data,
        blockNumber: BigInt(log.blockNumber),
        transactionHash: log.transactionHash,
        logIndex: Number(log.logIndex),
        ...(log.blockTimestamp === undefined ? {} : { blockTimestamp: Number(log.blockTimestamp) }),
        ...(log.blockHash === undefined ? {} : { blockHash: log.blockHash }),
      })
    start = end + 1n
  }
  let newest: RawLog | undefined
  for (const log of logs) if (log.blockHash !== undefined) newest = log
  const entry: CachedLogs = {
    version: 2,
    fromBlock: reuse ? reuse.fromBlock : fromBlock,
    headBlock: toBlock,
    anchor: newest?.blockHash ? { blockNumber: newest.blockNumber, blockHash: newest.blockHash } : undefined,
    logs,
  }
  await store.set(cacheKey, entry)
  verified.set(cacheKey, toBlock)
  return logs
}
