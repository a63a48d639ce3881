import { isDevnetChain } from '../../config/devnetChain.ts'

/** A public chain's head older than this (wall clock minus block timestamp) means a stale node. */
export const STALE_AFTER_SECONDS = 180

/**
 * How far the node's head lags the wall clock, when that matters: on a public chain id only (the
 * devnet keeps its seeded chain time and is exempt).
 * @param blockTimestamp the head block's timestamp, unix seconds
 * @param nowMs the wall clock, ms epoch
 * @returns the lag in seconds when above `STALE_AFTER_SECONDS`, else null
 * @example staleLagSeconds(1, 1_700_000_000n, 1_700_000_300_000) // 300
 */
export function staleLagSeconds(chainId: number, blockTimestamp: bigint, nowMs: number): number | null {
  if (isDevnetChain(chainId)) return null
  const lag = Math.floor(nowMs / 1000) - Number(blockTimestamp)
  return lag > STALE_AFTER_SECONDS ? lag : null
}

/** "5 min 12 s", "3 h 4 min", "2 days": how far behind, for the banner and the write gate. */
export function formatLag(seconds: number): string {
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`
  const days = Math.floor(seconds / 86_400)
  return `${days} day${days === 1 ? '' : 's'}`
}

/** The host (and port) of an RPC URL, to name the node without printing an API key in its path. */
export function nodeLabel(url: string | undefined): string {
  if (url === undefined) return 'the RPC'
  try {
    return new URL(url).host
  } catch {
    return 'the RPC'
  }
}
