/** A block as the window search sees it: its number and its chain time (unix seconds). */
export interface ChainBlock {
  number: bigint
  timestamp: number
}

/** Blocks back from the head the first sample is read at (its time gives the average block time). */
export const WINDOW_SAMPLE_BLOCKS = 100_000n

/**
 * Share of the estimated window added before its start, so that block-time jitter rarely puts the
 * estimate after the window's start (1 %: 24 h on Arbitrum is 345,600 blocks + 3,456, still 35 ranges
 * of 10,000).
 */
export const WINDOW_START_MARGIN = 0.01

/** How a swap window's first block was found and how exactly it covers the window. */
export interface SwapWindow {
  /** First block scanned. */
  fromBlock: bigint
  /** Chain time of `fromBlock` (read from the node). */
  fromTimestamp: number
  /** The window asked for, in seconds (86,400 for 24 h). */
  seconds: number
  /**
   * Seconds the scan covers for sure, ≤ `seconds`: shorter when the chain (or its history since the
   * catalogue's first block) is younger than the window, or the search gave up before reaching it.
   */
  coveredSeconds: number
  /** Block headers the search read (JSON-RPC requests). */
  requests: number
}

/**
 * The block where chain time reaches `target`, by a straight line through two blocks (interpolated
 * between them, extrapolated beyond), minus `margin` of the blocks between the result and `newer`.
 * Rounded down (earlier: more likely to cover the window) and clamped to [floor, newer.number].
 * @example blockAtTime(1_000, { number: 0n, timestamp: 0 }, { number: 100n, timestamp: 2_000 }, 0n) === 50n
 */
export function blockAtTime(
  target: number,
  older: ChainBlock,
  newer: ChainBlock,
  floor: bigint,
  margin = 0,
): bigint {
  const blocks = Number(newer.number - older.number)
  const seconds = newer.timestamp - older.timestamp
  if (blocks <= 0 || seconds <= 0) return older.number < floor ? floor : older.number
  const blocksBack = ((newer.timestamp - target) * blocks) / seconds
  const withMargin = Math.ceil(blocksBack * (1 + margin))
  const estimate = newer.number - BigInt(Math.max(0, withMargin))
  if (estimate < floor) return floor
  return estimate > newer.number ? newer.number : estimate
}

/** The first sample of the search: {@link WINDOW_SAMPLE_BLOCKS} before the head, not below `floor`. */
export function sampleBlockNumber(head: bigint, floor: bigint): bigint {
  return head - WINDOW_SAMPLE_BLOCKS > floor ? head - WINDOW_SAMPLE_BLOCKS : floor
}

/** Number of eth_getLogs ranges of `chunkSize` blocks a scan of [fromBlock, toBlock] takes. */
export function logRangeCount(fromBlock: bigint, toBlock: bigint, chunkSize: bigint): number {
  if (toBlock < fromBlock || chunkSize <= 0n) return 0
  return Number((toBlock - fromBlock + chunkSize) / chunkSize)
}
