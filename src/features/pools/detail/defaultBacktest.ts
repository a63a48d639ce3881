import { parseUnits } from 'viem'
import { backtestWindow } from '../../../domain/backtest/backtestWindow.ts'
import type { BacktestParameters } from '../../../domain/backtest/types.ts'
import type { V3PoolEvent } from '../../../domain/pools/poolEvents.ts'
import type { PoolRow } from '../../../domain/pools/poolsListTypes.ts'
import { MAX_TICK, MIN_TICK } from '../../../math/index.ts'

/** The last week of chain time. */
const WINDOW_DAYS = 7
/** ln(1.10)/ln(1.0001): ticks for a 10 % price move. */
const TEN_PERCENT_TICKS = 953
/** Deposit of the default backtest: about this many USD, half in each token. */
export const DEFAULT_DEPOSIT_USD = 1_000

function toWei(amount: number, decimals: number): bigint {
  if (!Number.isFinite(amount) || amount <= 0) return 0n
  return parseUnits(amount.toFixed(Math.min(decimals, 18)), decimals)
}

/**
 * The pool detail's default backtest: a ±10 % range around the price a week ago (snapped to the tick
 * spacing), ≈ $1,000 split evenly between the tokens at today's USD prices, over the last 7 days of
 * chain time (or the pool's whole life if younger).
 * @returns parameters for backtestRange, or null when the pool has no history or no price
 */
export function defaultBacktest(
  row: PoolRow,
  events: readonly V3PoolEvent[],
  tickSpacing: number,
  now: { blockNumber: bigint; timestamp: number },
  pricesUsd: ReadonlyMap<string, number>,
): BacktestParameters | null {
  if (row.kind !== 'v3' || row.price === null) return null
  const window = backtestWindow(events, WINDOW_DAYS, now)
  if (!window) return null
  const tickAtStart = window.startTick
  const snapDown = (tick: number) => Math.floor(tick / tickSpacing) * tickSpacing
  const minUsable = Math.ceil(MIN_TICK / tickSpacing) * tickSpacing
  const maxUsable = Math.floor(MAX_TICK / tickSpacing) * tickSpacing
  const tickLower = Math.max(minUsable, snapDown(tickAtStart - TEN_PERCENT_TICKS))
  const tickUpper = Math.min(maxUsable, snapDown(tickAtStart + TEN_PERCENT_TICKS) + tickSpacing)
  const price0 = pricesUsd.get(row.token0.address.toLowerCase())
  const price1 = pricesUsd.get(row.token1.address.toLowerCase())
  // Without USD prices: half the deposit in token1 units, the other half worth the same in token0.
  const half1 = price1 ? DEFAULT_DEPOSIT_USD / 2 / price1 : DEFAULT_DEPOSIT_USD / 2
  const half0 = price0 ? DEFAULT_DEPOSIT_USD / 2 / price0 : half1 / row.price
  return {
    events,
    feePips: row.feePips,
    tickSpacing,
    fromBlock: window.fromBlock,
    toBlock: window.toBlock,
    startTimestamp: window.startTimestamp,
    endTimestamp: window.endTimestamp,
    tickLower,
    tickUpper,
    deposit: { amount0Wei: toWei(half0, row.token0.decimals), amount1Wei: toWei(half1, row.token1.decimals) },
    decimals0: row.token0.decimals,
    decimals1: row.token1.decimals,
  }
}
