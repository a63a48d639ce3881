import type { V3PoolEvent } from '../pools/poolEvents.ts'

const DAY_SECONDS = 86_400

/** Where a backtest window starts in the pool's history, and the pool price it starts from. */
export type BacktestWindow = {
  /** The position opens before the first event of this block. */
  fromBlock: bigint
  toBlock: bigint
  /** Chain time the window covers (clamped to the pool's first timed event). */
  startTimestamp: number
  endTimestamp: number
  /** Pool price (X96) and tick just before `fromBlock`: what the deposit is converted at. */
  startSqrtPriceX96: bigint
  startTick: number
}

/**
 * The last `windowDays` of chain time before `now`, mapped onto the pool's events: the window opens
 * before the first event after its start time (the price cannot move without an event), or at `now`
 * when nothing happened since. Shorter on a pool younger than the window.
 * @param events the pool's events up to `now.blockNumber`, chain-ordered, with timestamps
 * @returns the window, or null when the pool was not initialized before it opens
 * @example backtestWindow(events, 7, { blockNumber: 120n, timestamp: 1_700_000_000 })
 */
export function backtestWindow(
  events: readonly V3PoolEvent[],
  windowDays: number,
  now: { blockNumber: bigint; timestamp: number },
): BacktestWindow | null {
  const firstTimed = events.find((event) => event.timestamp !== undefined)
  if (firstTimed?.timestamp === undefined || !(windowDays > 0)) return null
  const startTimestamp = Math.max(now.timestamp - windowDays * DAY_SECONDS, firstTimed.timestamp)
  const firstInWindow = events.find(
    (event) => (event.timestamp ?? 0) > startTimestamp && event.kind !== 'initialize',
  )
  const fromBlock = firstInWindow ? firstInWindow.blockNumber : now.blockNumber
  let start: { sqrtPriceX96: bigint; tick: number } | null = null
  for (const event of events) {
    if (event.blockNumber >= fromBlock) break
    if (event.kind === 'swap' || event.kind === 'initialize') start = event
  }
  if (start === null) return null
  return {
    fromBlock,
    toBlock: now.blockNumber,
    startTimestamp,
    endTimestamp: now.timestamp,
    startSqrtPriceX96: start.sqrtPriceX96,
    startTick: start.tick,
  }
}
