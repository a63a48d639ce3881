import type { SwapWindow } from './swapWindow.ts'

/** Token amounts swapped through one pool over a window (wei, exact sums). */
export interface SwapTotals {
  count: number
  /** Input amounts (what traders paid in, fee included). */
  amount0InWei: bigint
  amount1InWei: bigint
  /** |amount| of each token moved, in or out. */
  amount0MovedWei: bigint
  amount1MovedWei: bigint
}

/** One price observation from a V3 Swap (or a V2 Sync). */
export interface PricePoint {
  timestamp: number
  blockNumber: bigint
  sqrtPriceX96: bigint
}

/** The block windows the swap figures were summed over, and how they were found. */
export interface SwapWindows {
  /** The 24 h window. */
  day: SwapWindow
  /** The 7 d window; null until the 7-day figures are loaded (on demand). */
  week: SwapWindow | null
  /** Whether every log carried its block's time (swaps then filtered by time: exact windows). */
  timedLogs: boolean
  /** eth_getLogs ranges the scan asked for (cache hits excluded: an estimate from the block span). */
  logRanges: number
}

export interface RecentSwaps {
  /** lowercase pool address → totals over the last 24 h and 7 d. */
  totals24h: Map<string, SwapTotals>
  totals7d: Map<string, SwapTotals>
  /** Seconds the scan really covers (the chain may be younger than 7 d; 0 while 7 d is not loaded). */
  windowSeconds7d: number
  windows: SwapWindows
}
