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

export interface RecentSwaps {
  /** lowercase pool address → totals over the last 24 h and 7 d. */
  totals24h: Map<string, SwapTotals>
  totals7d: Map<string, SwapTotals>
  /** Seconds the scan really covers (the chain may be younger than 7 d). */
  windowSeconds7d: number
}
