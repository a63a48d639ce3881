import { getSqrtRatioAtTick } from '../../math/index.ts'
import { type BlockTimeAnchor, interpolateTimestamp } from '../history/interpolateTimestamp.ts'
import type { PoolPricePoint } from '../history/logTypes.ts'

/** Tooltip text: the basis of {@link timeInRange}. */
export const TIME_IN_RANGE_BASIS =
  'Share of the chain time since the position opened (a closed one: until its last withdrawal) that the pool’s price spent inside its range, from every Swap of the pool. Between swaps the price holds. Block times come with the logs where the node sends them, and are estimated between known blocks otherwise.'

/** Inputs of {@link timeInRange}. */
export interface TimeInRangeParameters {
  /** The pool's price after each block's last swap, in block order, starting at or before `fromTimestamp`. */
  prices: readonly PoolPricePoint[]
  /** Blocks of known time (the position's events, the snapshot), for points without a timestamp. */
  anchors: readonly BlockTimeAnchor[]
  tickLower: number
  tickUpper: number
  /** Start and end of the window, unix seconds (chain time). */
  fromTimestamp: number
  toTimestamp: number
}

/** Seconds in range over the seconds the price path covers (from its first point or the window's start). */
export interface TimeInRange {
  inRangeSeconds: number
  coveredSeconds: number
  /** coveredSeconds < the whole window: the path starts after the window does. */
  partial: boolean
}

/**
 * How long the pool's price spent inside [tickLower, tickUpper) over a window. A V3 point is in range by
 * the contracts' rule, tickLower ≤ tick < tickUpper (its tick decides at a bound: a swap down that stops
 * exactly on tickLower leaves tick = tickLower − 1). A point without a tick (V2 Sync, or a V2-style
 * caller) is in range when sqrtRatio(tickLower) ≤ sqrtPriceX96 < sqrtRatio(tickUpper), exact in bigint.
 * Each point's price holds until the next point.
 * @returns null when the path has no point before the window's end
 */
export function timeInRange(parameters: TimeInRangeParameters): TimeInRange | null {
  const { prices, anchors, tickLower, tickUpper, fromTimestamp, toTimestamp } = parameters
  if (!(toTimestamp > fromTimestamp)) return null
  const sqrtLower = getSqrtRatioAtTick(tickLower)
  const sqrtUpper = getSqrtRatioAtTick(tickUpper)
  const timed = prices
    .filter((point) => point.sqrtPriceX96 > 0n)
    .map((point) => ({
      at: point.timestamp ?? (anchors.length > 0 ? interpolateTimestamp(anchors, point.blockNumber) : null),
      inRange:
        point.tick === undefined
          ? point.sqrtPriceX96 >= sqrtLower && point.sqrtPriceX96 < sqrtUpper
          : point.tick >= tickLower && point.tick < tickUpper,
    }))
    .filter((point): point is { at: number; inRange: boolean } => point.at !== null)
  let inRangeSeconds = 0
  let coveredSeconds = 0
  for (let i = 0; i < timed.length; i++) {
    const point = timed[i] as { at: number; inRange: boolean }
    const start = Math.max(point.at, fromTimestamp)
    const end = Math.min(timed[i + 1]?.at ?? toTimestamp, toTimestamp)
    if (end <= start) continue
    coveredSeconds += end - start
    if (point.inRange) inRangeSeconds += end - start
  }
  if (coveredSeconds === 0) return null
  return { inRangeSeconds, coveredSeconds, partial: coveredSeconds < toTimestamp - fromTimestamp }
}
