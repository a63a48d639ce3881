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

/** How far a scan has got: `scannedTo` is the end of the contiguous prefix of [fromBlock, toBlock] read. */
export interface ScanProgress {
  fromBlock: bigint
  toBlock: bigint
  scannedTo: bigint
}

export interface FetchLogsCachedParameters {
  store: LogStore
  /** Unique per chain/contracts/topics/account: e.g. `31337:npm:0x…:inc-dec-collect:…`. */
  cacheKey: string
  address: Address | readonly Address[]
  topics: readonly (Hex | readonly Hex[] | null)[]
  fromBlock: bigint
  toBlock: bigint
  /**
   * Blocks of the first eth_getLogs range (default 10,000, or what an earlier scan of this client
   * learned). The range grows ×2 while pages come back empty and shrinks on range / result errors.
   */
  chunkSize?: bigint
  /** Largest range the scan grows to (default 1,000,000 blocks). */
  maxChunkSize?: bigint
  /** Ranges in flight once the range size is known (default 4). */
  concurrency?: number
  /** Called whenever the scanned prefix grows (and once at the start, from the cache). */
  onProgress?: ((progress: ScanProgress) => void) | undefined
  /** Checked between ranges: an aborted scan stores its scanned prefix, then throws the abort reason. */
  signal?: AbortSignal | undefined
}

/** First range of a scan with no learned size: what public RPCs commonly accept. */
export const DEFAULT_CHUNK_SIZE = 10_000n
/** The growth cap when nothing smaller was learned. */
export const DEFAULT_MAX_CHUNK_SIZE = 1_000_000n
/** Ranges in flight once the size is known. */
export const DEFAULT_SCAN_CONCURRENCY = 4
/**
 * The scanned prefix is stored every this many ranges (one block-hash request each), so a reload resumes
 * (an abort or an error stores it too). 64 ranges are ~3 s at a public RPC's 20 requests/s: a short scan
 * (24 h of Arbitrum is 35 ranges) costs no checkpoint, a whole history (~1,100 on Ethereum) about 17.
 */
export const CHECKPOINT_EVERY_RANGES = 64

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

/** What a refused eth_getLogs says about the range to use instead. */
export type RangeAdvice =
  /** The range is too wide for this provider; `limit` when it says its maximum. */
  | { kind: 'range'; limit?: bigint }
  /** Too many results in this range; `span` when the provider suggests a range that works. */
  | { kind: 'results'; span?: bigint }

/** The text of an error and its causes (viem wraps the node's message in `details` / `cause`). */
function errorText(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 6 && current; depth++) {
    if (typeof current === 'string') parts.push(current)
    else if (typeof current === 'object') {
      const { message, details, shortMessage } = current as Record<string, unknown>
      for (const part of [message, details, shortMessage]) if (typeof part === 'string') parts.push(part)
      current = (current as { cause?: unknown }).cause
      continue
    }
    break
  }
  return parts.join(' | ')
}

const toBlocks = (digits: string, thousands: string | undefined) =>
  BigInt(digits.replace(/[,_]/g, '')) * (thousands ? 1_000n : 1n)

/**
 * Reads a provider's eth_getLogs refusal: "this block range should work: [0x1, 0x2]" (a span to
 * use), "limited to a 2000 block range" / "exceed maximum block range: 5000" (a limit), "query
 * returned more than 10000 results" (too many results). A rate limit (429) or any other error is
 * not range advice (undefined): it is retried or shown, never answered by shrinking.
 * @example rangeAdviceOf(new Error('eth_getLogs is limited to a 10,000 range')) // { kind: 'range', limit: 10000n }
 */
export function rangeAdviceOf(error: unknown): RangeAdvice | undefined {
  const text = errorText(error)
  if (/\b429\b|rate.?limit|too many requests|requests per second|compute units/i.test(text)) return undefined
  const suggested = /\[\s*(0x[0-9a-f]+)\s*,\s*(0x[0-9a-f]+)\s*\]/i.exec(text)
  const span = suggested ? BigInt(suggested[2] as string) - BigInt(suggested[1] as string) + 1n : undefined
  const tooManyResults =
    /more than \d[\d,]* (?:results|logs)|too many (?:results|logs)|response size|results? (?:limit|cap)|(?:log|result) count|returned more than/i.test(
      text,
    )
  if (tooManyResults) return span !== undefined && span > 0n ? { kind: 'results', span } : { kind: 'results' }
  if (span !== undefined && span > 0n) return { kind: 'range', limit: span }
  const limit =
    /(\d[\d,_]*)\s*(k)?\s*(?:-|\s)?blocks?\s+range/i.exec(text) ??
    /blocks?\s+range\s*(?:of|is|:|=)?\s*(\d[\d,_]*)\s*(k)?\b/i.exec(text) ??
    /(?:block\s+)?range[^0-9[\]]{0,40}?(?:limit(?:ed)?|max(?:imum)?|of|to|is|:)\s*(?:a |an )?(\d[\d,_]*)\s*(k)?\b/i.exec(
      text,
    ) ??
    /limited to (?:a |an )?(\d[\d,_]*)\s*(k)?\b/i.exec(text)
  if (limit) {
    const blocks = toBlocks(limit[1] as string, limit[2])
    if (blocks > 0n) return { kind: 'range', limit: blocks }
  }
  if (
    /block range|range (?:is )?too (?:large|wide|big)|range exceed|exceeds? (?:the )?(?:max|range)|too large/i.test(
      text,
    )
  )
    return { kind: 'range' }
  return undefined
}

/** What scans of one client learned about its eth_getLogs limits, per chain. */
interface LearnedRange {
  /** Size the next scan starts with. */
  size: bigint
  /** The largest size known to be accepted (a provider's stated limit, or below a refused size). */
  ceiling: bigint | undefined
  /** The size is settled (a limit was learned, a page had logs, or the cap was reached): scan in parallel. */
  settled: boolean
  /**
   * The smallest span refused as too wide (a stated limit + 1 when the provider says it). Between the
   * size and this, one range at a time probes the midpoint, so an unstated limit is found to ~6 %.
   */
  refusedAt?: bigint | undefined
}

const learnedRanges = new WeakMap<Client, Map<string, LearnedRange>>()

function learnedRangeOf(client: Client): Map<string, LearnedRange> {
  const perClient = learnedRanges.get(client) ?? new Map<string, LearnedRange>()
  learnedRanges.set(client, perClient)
  return perClient
}

/**
 * Which cached entry can be kept. An entry is trusted only when it carries the hash of the block
 * its scan reached (its anchor) and the chain still has that hash at that height: one
 * eth_getBlockByNumber. An entry without an anchor (older layout, hand-edited), or whose anchor
 * the chain contradicts (a reorg, a restarted devnet behind the same RPC), is discarded and
 * re-fetched from `fromBlock`. An entry that reached past `toBlock` (a late scan of an older
 * head) is kept too: its logs up to `toBlock` are the answer.
 */
async function reusableCache(
  client: Client,
  cached: unknown,
  parameters: { fromBlock: bigint },
): Promise<CachedLogs | undefined> {
  if (!isTrustedEntry(cached)) return undefined
  if (cached.fromBlock > parameters.fromBlock) return undefined
  const hash = await blockHashAt(client, cached.anchor.blockNumber)
  if (hash?.toLowerCase() !== cached.anchor.blockHash.toLowerCase()) return undefined
  return cached
}

function toRawLog(log: RpcLog): RawLog {
  return {
    address: log.address,
    topics: log.topics,
    data: log.data,
    blockNumber: BigInt(log.blockNumber),
    transactionHash: log.transactionHash,
    logIndex: Number(log.logIndex),
    ...(log.blockTimestamp === undefined ? {} : { blockTimestamp: Number(log.blockTimestamp) }),
    ...(log.blockHash === undefined ? {} : { blockHash: log.blockHash }),
  }
}

const minBig = (a: bigint, b: bigint) => (a < b ? a : b)

/**
 * eth_getLogs over [fromBlock, toBlock], cached in `store` so a later call only asks for blocks
 * after the cached head (a reload at the same head costs one block-hash request; a new head
 * extends the cached prefix, never restarts it).
 *
 * The range adapts: it starts at `chunkSize` (or what an earlier scan of this client learned),
 * doubles while pages come back empty (one range in flight while it grows), shrinks to what the
 * provider says on a range or result-count refusal (the refused range is re-asked in smaller
 * pieces), and once settled `concurrency` ranges are in flight; logs are returned in chain order.
 * The contiguous scanned prefix is stored every `CHECKPOINT_EVERY_RANGES` ranges and when the scan
 * stops (abort, error), anchored on the hash of its last block, so a reload resumes there. An entry
 * is never replaced by one that reached an older block (a late scan loses).
 * @returns logs in chain order
 */
export async function fetchLogsCached(
  client: Client,
  parameters: FetchLogsCachedParameters,
): Promise<RawLog[]> {
  const { store, cacheKey, address, topics, fromBlock, toBlock, signal, onProgress } = parameters
  signal?.throwIfAborted()
  const cached = await store.get<unknown>(cacheKey)
  const verified = verifiedHeads.get(store) ?? new Map<string, bigint>()
  verifiedHeads.set(store, verified)
  const report = (scannedTo: bigint) => onProgress?.({ fromBlock, toBlock, scannedTo })
  if (
    isTrustedEntry(cached) &&
    cached.headBlock === toBlock &&
    verified.get(cacheKey) === toBlock &&
    cached.fromBlock <= fromBlock
  ) {
    report(toBlock)
    return cached.logs
  }
  const reuse = await reusableCache(client, cached, { fromBlock })
  if (reuse && reuse.headBlock >= toBlock) {
    if (reuse.headBlock === toBlock) verified.set(cacheKey, toBlock)
    report(toBlock)
    return reuse.headBlock === toBlock ? reuse.logs : reuse.logs.filter((log) => log.blockNumber <= toBlock)
  }
  /** The entry found at the start and not trusted: a later write may replace it whatever its head. */
  const distrusted = reuse ? undefined : isTrustedEntry(cached) ? cached.anchor : undefined
  const entryFrom = reuse ? reuse.fromBlock : fromBlock
  const prefix: RawLog[] = reuse ? [...reuse.logs] : []
  let scannedTo = reuse ? reuse.headBlock : fromBlock - 1n
  report(scannedTo < fromBlock ? fromBlock - 1n : scannedTo)

  const chainKey = String(client.chain?.id ?? 'unknown')
  const learned = learnedRangeOf(client)
  const known = learned.get(chainKey)
  const cap = parameters.maxChunkSize ?? DEFAULT_MAX_CHUNK_SIZE
  const range: LearnedRange = {
    size: parameters.chunkSize ?? known?.size ?? DEFAULT_CHUNK_SIZE,
    ceiling: known?.ceiling,
    settled: parameters.chunkSize === undefined && (known?.settled ?? false),
    refusedAt: known?.refusedAt,
  }
  if (range.ceiling !== undefined) range.size = minBig(range.size, range.ceiling)
  const concurrency = Math.max(1, parameters.concurrency ?? DEFAULT_SCAN_CONCURRENCY)

  // Asked before the scan: a reorg during the scan then leaves an anchor the chain contradicts,
  // so the entry is re-fetched next time instead of trusted.
  const headHash = blockHashAt(client, toBlock).catch(() => undefined)

  let writes: Promise<void> = Promise.resolve()
  /** Stores [entryFrom, head] unless the store meanwhile holds an entry that reached further. */
  const write = (head: bigint, logs: RawLog[], hash: Promise<Hex | undefined>) => {
    writes = writes.then(async () => {
      const anchorHash = await hash
      if (anchorHash === undefined) return
      const current = await store.get<unknown>(cacheKey)
      const isDistrusted =
        distrusted !== undefined &&
        isTrustedEntry(current) &&
        current.anchor.blockNumber === distrusted.blockNumber &&
        current.anchor.blockHash.toLowerCase() === distrusted.blockHash.toLowerCase()
      if (
        isTrustedEntry(current) &&
        !isDistrusted &&
        current.fromBlock <= entryFrom &&
        current.headBlock >= head
      )
        return
      const entry: CachedLogs = {
        version: 3,
        fromBlock: entryFrom,
        headBlock: head,
        anchor: { blockNumber: head, blockHash: anchorHash },
        logs,
      }
      await store.set(cacheKey, entry)
      if (head === toBlock) verified.set(cacheKey, toBlock)
    })
    // A cache that cannot be written costs a rescan later, never the logs just read.
    writes = writes.catch(() => {})
    return writes
  }

  const done = new Map<bigint, { end: bigint; logs: RawLog[] }>()
  const retry: [bigint, bigint][] = []
  let cursor = scannedTo + 1n
  let sinceCheckpoint = 0
  let failure: { error: unknown } | undefined
  const inFlight = new Set<Promise<void>>()

  let probing = false
  const nextRange = (): [bigint, bigint] | undefined => {
    const redo = retry.shift()
    if (redo) return redo
    if (cursor > toBlock) return undefined
    let size = range.size
    const { refusedAt } = range
    if (
      range.settled &&
      !probing &&
      refusedAt !== undefined &&
      refusedAt - range.size > range.size / 16n + 1n
    ) {
      // An unstated limit lies in [size, refusedAt): try the midpoint (at most one probe in flight).
      size = (range.size + refusedAt) / 2n
      probing = true
    }
    const end = minBig(cursor + size - 1n, toBlock)
    const next: [bigint, bigint] = [cursor, end]
    cursor = end + 1n
    return next
  }

  const advance = () => {
    let moved = false
    for (let next = done.get(scannedTo + 1n); next; next = done.get(scannedTo + 1n)) {
      done.delete(scannedTo + 1n)
      for (const log of next.logs) prefix.push(log)
      scannedTo = next.end
      moved = true
    }
    if (moved) report(scannedTo)
  }

  const scan = async ([start, end]: [bigint, bigint]) => {
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
      const advice = rangeAdviceOf(error)
      const span = end - start + 1n
      if (!advice || span <= 1n) {
        failure ??= { error }
        return
      }
      if (span > range.size) probing = false
      let size: bigint
      if (advice.kind === 'range' && advice.limit !== undefined && advice.limit < span) {
        size = advice.limit
        range.ceiling = minBig(range.ceiling ?? size, size)
        range.refusedAt = size + 1n
        range.settled = true
      } else if (advice.kind === 'range') {
        range.refusedAt = minBig(range.refusedAt ?? span, span)
        // A probe (or a range sent before the last shrink) wider than the size: re-ask at the size.
        size = span > range.size ? range.size : span / 2n
        range.ceiling = minBig(range.ceiling ?? size, size)
      } else size = advice.span !== undefined && advice.span < span ? advice.span : span / 2n
      if (size < 1n) size = 1n
      range.size = minBig(range.size, size)
      // The refused range again, in pieces of the new size, before any new range.
      const pieces: [bigint, bigint][] = []
      for (let from = start; from <= end; from += size) pieces.push([from, minBig(from + size - 1n, end)])
      retry.unshift(...pieces)
      return
    }
    done.set(start, { end, logs: page.map(toRawLog) })
    sinceCheckpoint++
    const span = end - start + 1n
    if (range.settled && span > range.size) {
      // A probe answered: the limit is at least its span.
      probing = false
      if (range.refusedAt === undefined || span < range.refusedAt) {
        range.size = span
        range.ceiling = range.ceiling === undefined || span > range.ceiling ? span : range.ceiling
      }
    }
    if (page.length > 0) range.settled = true
    else if (!range.settled && span >= range.size) {
      const grown = minBig(minBig(range.size * 2n, range.ceiling ?? cap), cap)
      if (grown <= range.size) range.settled = true
      range.size = minBig(grown, cap)
      if (range.size >= cap) range.settled = true
    }
  }

  while (!failure && !signal?.aborted) {
    const slots = range.settled ? concurrency : 1
    while (inFlight.size < slots) {
      const next = nextRange()
      if (!next) break
      const task: Promise<void> = scan(next).finally(() => inFlight.delete(task))
      inFlight.add(task)
    }
    if (inFlight.size === 0) break
    await Promise.race(inFlight)
    advance()
    if (sinceCheckpoint >= CHECKPOINT_EVERY_RANGES && scannedTo < toBlock) {
      sinceCheckpoint = 0
      void write(
        scannedTo,
        [...prefix],
        blockHashAt(client, scannedTo).catch(() => undefined),
      )
    }
  }
  await Promise.allSettled([...inFlight])
  advance()
  learned.set(chainKey, { ...range })

  if (scannedTo < toBlock) {
    // Stopped early (aborted or failed): keep the scanned prefix so the next scan resumes there.
    if (scannedTo >= fromBlock && scannedTo > (reuse?.headBlock ?? fromBlock - 1n))
      await write(
        scannedTo,
        prefix,
        blockHashAt(client, scannedTo).catch(() => undefined),
      ).catch(() => {})
    if (failure) throw failure.error
    signal?.throwIfAborted()
    throw new Error('log scan stopped before its end')
  }
  // Without the head's hash the entry could not be checked later: return the logs, cache nothing.
  await write(toBlock, prefix, headHash)
  return prefix
}
