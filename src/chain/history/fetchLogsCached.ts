import { type Address, type Client, type Hex, numberToHex } from 'viem'
import type { RawLog } from '../../domain/history/logTypes.ts'
import type { LogStore } from './logStore.ts'

/** A block the cache vouches for: its hash proves the cache belongs to the chain it is read from. */
interface CacheAnchor {
  blockNumber: bigint
  blockHash: Hex
}

interface CachedLogs {
  /** Layout version: older entries (version 2 anchored only on the newest log, or none) are discarded. */
  version: 3
  fromBlock: bigint
  headBlock: bigint
  /** The block the scan reached (`headBlock`) and its hash: an entry without it is never trusted. */
  anchor: CacheAnchor
  logs: RawLog[]
}

const HASH = /^0x[0-9a-fA-F]{64}$/

/** Whether `value` is a cache entry this version wrote: a hand-edited or old-format entry is not. */
function isTrustedEntry(value: unknown): value is CachedLogs {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Partial<CachedLogs>
  return (
    entry.version === 3 &&
    typeof entry.fromBlock === 'bigint' &&
    typeof entry.headBlock === 'bigint' &&
    Array.isArray(entry.logs) &&
    typeof entry.anchor === 'object' &&
    entry.anchor !== null &&
    entry.anchor.blockNumber === entry.headBlock &&
    typeof entry.anchor.blockHash === 'string' &&
    HASH.test(entry.anchor.blockHash)
  )
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

/** How long a block hash read from the node is reused for other entries of the same load. */
export const BLOCK_HASH_REUSE_MS = 2_000

/** Block hashes per client and block: in flight, or answered less than `BLOCK_HASH_REUSE_MS` ago. */
const recentHashes = new WeakMap<Client, Map<bigint, { hash: Promise<Hex | undefined>; atMs: number }>>()

/**
 * The hash of block `blockNumber` on the chain behind `client` (undefined when the node has no such
 * block). One page load reads several entries at the same heads, one after another: they share one
 * request per block for `BLOCK_HASH_REUSE_MS` (a restarted chain or a reorg is seen on the next
 * load; an anchor written from a hash that changed meanwhile is contradicted then, so re-fetched).
 */
function blockHashAt(client: Client, blockNumber: bigint): Promise<Hex | undefined> {
  const perClient =
    recentHashes.get(client) ?? new Map<bigint, { hash: Promise<Hex | undefined>; atMs: number }>()
  recentHashes.set(client, perClient)
  const now = Date.now()
  const recent = perClient.get(blockNumber)
  if (recent && now - recent.atMs < BLOCK_HASH_REUSE_MS) return recent.hash
  const hash = (
    client.request({
      method: 'eth_getBlockByNumber',
      params: [numberToHex(blockNumber), false],
    }) as Promise<{ hash?: Hex } | null>
  ).then((block) => block?.hash ?? undefined)
  // A failed or empty answer is not reused.
  hash.then(
    (value) => {
      if (value === undefined) perClient.delete(blockNumber)
    },
    () => perClient.delete(blockNumber),
  )
  perClient.set(blockNumber, { hash, atMs: now })
  for (const [block, entry] of perClient) if (now - entry.atMs >= BLOCK_HASH_REUSE_MS) perClient.delete(block)
  return hash
}

/**
 * Which cached entry can be kept. An entry is trusted only when it carries the hash of the block
 * its scan reached (its anchor) and the chain still has that hash at that height: one
 * eth_getBlockByNumber. An entry without an anchor (older layout, hand-edited), or whose anchor
 * the chain contradicts (a reorg, a restarted devnet behind the same RPC), is discarded and
 * re-fetched from `fromBlock`.
 */
async function reusableCache(
  client: Client,
  cached: unknown,
  parameters: { fromBlock: bigint; toBlock: bigint },
): Promise<CachedLogs | undefined> {
  if (!isTrustedEntry(cached)) return undefined
  if (cached.fromBlock > parameters.fromBlock || cached.headBlock > parameters.toBlock) return undefined
  const hash = await blockHashAt(client, cached.anchor.blockNumber)
  if (hash?.toLowerCase() !== cached.anchor.blockHash.toLowerCase()) return undefined
  return cached
}

/**
 * eth_getLogs over [fromBlock, toBlock] in bounded ranges, cached in `store` so a later call only
 * asks for blocks after the cached head (a reload at the same head costs one block-hash request).
 * Every entry is anchored on the hash of `toBlock`, read when it is written.
 * @returns logs in chain order
 */
export async function fetchLogsCached(
  client: Client,
  parameters: FetchLogsCachedParameters,
): Promise<RawLog[]> {
  const { store, cacheKey, address, topics, fromBlock, toBlock } = parameters
  let chunkSize = parameters.chunkSize ?? 5_000n
  const cached = await store.get<unknown>(cacheKey)
  const verified = verifiedHeads.get(store) ?? new Map<string, bigint>()
  verifiedHeads.set(store, verified)
  if (
    isTrustedEntry(cached) &&
    cached.headBlock === toBlock &&
    verified.get(cacheKey) === toBlock &&
    cached.fromBlock <= fromBlock
  )
    return cached.logs
  const reuse = await reusableCache(client, cached, { fromBlock, toBlock })
  if (reuse && reuse.headBlock === toBlock) {
    verified.set(cacheKey, toBlock)
    return reuse.logs
  }
  const logs = reuse ? [...reuse.logs] : []
  let start = reuse ? reuse.headBlock + 1n : fromBlock
  // Asked before the scan: a reorg during the scan then leaves an anchor the chain contradicts,
  // so the entry is re-fetched next time instead of trusted.
  const headHash = blockHashAt(client, toBlock).catch(() => undefined)
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
  const anchorHash = await headHash
  // Without the head's hash the entry could not be checked later: return the logs, cache nothing.
  if (anchorHash === undefined) return logs
  const entry: CachedLogs = {
    version: 3,
    fromBlock: reuse ? reuse.fromBlock : fromBlock,
    headBlock: toBlock,
    anchor: { blockNumber: toBlock, blockHash: anchorHash },
    logs,
  }
  await store.set(cacheKey, entry)
  verified.set(cacheKey, toBlock)
  return logs
}
