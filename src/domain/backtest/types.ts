import type { V3PoolEvent } from '../pools/poolEvents.ts'

/** What is deposited: a liquidity amount, or token amounts turned into liquidity at the start price. */
export type BacktestDeposit = { liquidity: bigint } | { amount0Wei: bigint; amount1Wei: bigint }

/** Inputs of `backtestRange`: a pool's full history, a window and a planned range. */
export interface BacktestParameters {
  /** Every V3 event of the pool since its creation up to at least `toBlock`, chain-ordered. */
  events: readonly V3PoolEvent[]
  feePips: number
  tickSpacing: number
  /** The position opens before the first event of this block. */
  fromBlock: bigint
  /** Last block replayed (inclusive). */
  toBlock: bigint
  /** Chain time of the window's start and end (unix seconds). */
  startTimestamp: number
  endTimestamp: number
  tickLower: number
  tickUpper: number
  deposit: BacktestDeposit
  decimals0: number
  decimals1: number
}

/** One point of the backtest's time series; values in whole token1 at that moment's pool price. */
export interface BacktestPoint {
  timestamp: number
  blockNumber: bigint
  /** Pool price, whole token1 per whole token0. */
  price: number
  /** The position's tokens (without fees) valued in token1. */
  positionValue1: number
  /** The initial amounts, held. */
  hodlValue1: number
  /** Fees earned so far, valued in token1 at this price. */
  cumulativeFeesValue1: number
  inRange: boolean
}

/** Result of a backtest: exact amounts (bigint) and display statistics (floats). */
export interface BacktestResult {
  liquidity: bigint
  tickLower: number
  tickUpper: number
  /** Token amounts the position holds at the start and end of the window (wei, rounded down). */
  startAmount0Wei: bigint
  startAmount1Wei: bigint
  endAmount0Wei: bigint
  endAmount1Wei: bigint
  /** Fees the range earned over the window, exactly as the pool would credit them (wei). */
  fees0Wei: bigint
  fees1Wei: bigint
  startSqrtPriceX96: bigint
  endSqrtPriceX96: bigint
  startTimestamp: number
  endTimestamp: number
  /** Swaps replayed inside the window. */
  swapCount: number
  /** Seconds the price spent in [tickLower, tickUpper) by chain time, and the share of the window. */
  secondsInRange: number
  timeInRangeShare: number
  /** Value of the position (without fees) vs holding the initial amounts at the end price, minus 1. */
  impermanentLoss: number
  /** Fees valued at the end price over the starting value, annualized by chain time. */
  feeApr: number
  /** (position + fees − hold) / hold at the end. */
  netReturnVsHodl: number
  series: BacktestPoint[]
}
