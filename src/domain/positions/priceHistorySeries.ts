import { sqrtPriceX96ToPrice } from '../../math/index.ts'
import { type BlockTimeAnchor, interpolateTimestamp } from '../history/interpolateTimestamp.ts'

/** One point of a pool's price path in one quote direction (display only: a float). */
export type PricePoint = { timestamp: number; price: number }

/** Inputs of priceHistorySeries. */
export type PriceHistorySeriesParameters = {
  /** The pool's sqrt price per block (readPoolPriceHistory), block order. */
  prices: readonly { blockNumber: bigint; sqrtPriceX96: bigint }[]
  decimals0: number
  decimals1: number
  /** true: token0 per token1 instead of token1 per token0. */
  inverted: boolean
  /** Blocks whose time is known (the position's events and the snapshot's block). */
  anchors: readonly BlockTimeAnchor[]
}

/**
 * The price of a pool over a position's life, for the range chart: each block's price (quote per base,
 * human units) at its chain time, interpolated between known block times. Points with no price (a
 * sqrt price of 0, an empty V2 pair) are left out.
 * @returns points in time order
 */
export function priceHistorySeries(parameters: PriceHistorySeriesParameters): PricePoint[] {
  const { prices, decimals0, decimals1, inverted, anchors } = parameters
  if (anchors.length === 0) return []
  return prices
    .filter((point) => point.sqrtPriceX96 > 0n)
    .map((point) => ({
      timestamp: interpolateTimestamp(anchors, point.blockNumber),
      price: sqrtPriceX96ToPrice(point.sqrtPriceX96, decimals0, decimals1, inverted),
    }))
    .sort((a, b) => a.timestamp - b.timestamp)
}
