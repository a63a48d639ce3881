import type { ScanProgress } from '../chain/history/fetchLogsCached.ts'

// Not a query: the progress of the history scans a query runs, pushed while its queryFn runs and read
// by the page with useSyncExternalStore. Keyed like the queries (chain, account), per scan name.

/** How far the history scans of one load have got. */
export interface HistoryProgressSummary {
  /** Blocks scanned over blocks to scan, all scans together (0–1). */
  fraction: number
  scannedBlocks: bigint
  totalBlocks: bigint
  /** Every scan reached its head. */
  done: boolean
}

const progressByKey = new Map<string, Map<string, ScanProgress>>()
const listeners = new Set<() => void>()
const summaries = new Map<string, HistoryProgressSummary | undefined>()

/** The registry key of a chain + account's history scans. */
export function historyProgressKey(chainId: number | undefined, account: string | undefined): string {
  return `${chainId ?? '?'}:${(account ?? '?').toLowerCase()}`
}

/** Records the progress of scan `scan` under `key` and notifies the page. */
export function reportHistoryProgress(key: string, scan: string, progress: ScanProgress): void {
  const scans = progressByKey.get(key) ?? new Map<string, ScanProgress>()
  progressByKey.set(key, scans)
  scans.set(scan, progress)
  summaries.delete(key)
  for (const listener of listeners) listener()
}

/** Calls `listener` on every progress report; returns the unsubscribe. */
export function subscribeHistoryProgress(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The summary of `key`'s scans (stable between reports, for useSyncExternalStore); undefined before
 * any scan reported.
 */
export function historyProgressOf(key: string): HistoryProgressSummary | undefined {
  if (summaries.has(key)) return summaries.get(key)
  const scans = progressByKey.get(key)
  let summary: HistoryProgressSummary | undefined
  if (scans && scans.size > 0) {
    let scannedBlocks = 0n
    let totalBlocks = 0n
    for (const { fromBlock, toBlock, scannedTo } of scans.values()) {
      const total = toBlock >= fromBlock ? toBlock - fromBlock + 1n : 0n
      const scanned = scannedTo >= fromBlock ? scannedTo - fromBlock + 1n : 0n
      totalBlocks += total
      scannedBlocks += scanned > total ? total : scanned
    }
    summary = {
      fraction: totalBlocks === 0n ? 1 : Number((scannedBlocks * 10_000n) / totalBlocks) / 10_000,
      scannedBlocks,
      totalBlocks,
      done: scannedBlocks === totalBlocks,
    }
  }
  summaries.set(key, summary)
  return summary
}
