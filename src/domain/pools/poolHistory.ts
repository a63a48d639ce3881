import type { V3PoolEvent } from './poolEvents.ts'

/** A price observation: whole token1 per whole token0 after a swap, at chain time. */
export interface PoolPricePoint {
  timestamp: number
  blockNumber: bigint
  price: number
}

/** A pool's on-chain price history; V3 also returns its full event list (for replays and backtests). */
export interface PoolHistory {
  prices: PoolPricePoint[]
  v3Events: V3PoolEvent[] | null
}
