import { formatUnits } from 'viem'
import {
  getAmountsForLiquidity,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  isqrt,
  sqrtPriceX96ToPrice,
} from '../../math/index.ts'
import { type BlockTimeAnchor, interpolateTimestamp } from '../history/interpolateTimestamp.ts'
import type { PoolPricePoint } from '../history/logTypes.ts'
import type { PositionHistoryEvent, TokenMeta } from './model.ts'

/** One point of the value-versus-HODL chart, in units of the quote token. */
export interface ValueVersusHoldPoint {
  blockNumber: number
  /** Unix seconds (chain time; interpolated between known blocks). */
  timestamp: number
  /** Principal of the position (fees excluded) at the pool price of that block. */
  positionValue: number
  /** The net deposited tokens, held, valued at the same price. */
  holdValue: number
}

export interface ValueVersusHoldParameters {
  /** V3: the range ticks (liquidity is recovered from each event's amounts); null for a V2 pair. */
  ticks: { tickLower: number; tickUpper: number } | null
  events: readonly PositionHistoryEvent[]
  prices: readonly PoolPricePoint[]
  token0: TokenMeta
  token1: TokenMeta
  /** false: values in token1; true: values in token0 (follows the page's quote direction). */
  inverted: boolean
  /** Known block times (events, snapshot) to date the price points. */
  anchors: readonly BlockTimeAnchor[]
  /** Points kept at most (the last price of each bucket); default 240. */
  maxPoints?: number
}

const Q96 = 2n ** 96n

/**
 * Replays a position's deposits/withdrawals over the pool's price path. At each price the position's
 * amounts come from src/math (V3: getAmountsForLiquidity at that sqrt price; V2: x = L/√P, y = L·√P
 * with L = √(amount0·amount1) per event), exact in wei; floats only for the plotted values.
 */
export function valueVersusHoldSeries(parameters: ValueVersusHoldParameters): ValueVersusHoldPoint[] {
  const { ticks, events, prices, token0, token1, inverted, anchors } = parameters
  const sqrtLower = ticks ? getSqrtRatioAtTick(ticks.tickLower) : 0n
  const sqrtUpper = ticks ? getSqrtRatioAtTick(ticks.tickUpper) : 0n
  const principal = (liquidity: bigint, sqrtPriceX96: bigint) => {
    if (liquidity === 0n) return { amount0: 0n, amount1: 0n }
    if (ticks) return getAmountsForLiquidity(sqrtPriceX96, sqrtLower, sqrtUpper, liquidity)
    return { amount0: (liquidity * Q96) / sqrtPriceX96, amount1: (liquidity * sqrtPriceX96) / Q96 }
  }
  const liquidityOf = (event: PositionHistoryEvent, sqrtPriceX96: bigint) =>
    ticks
      ? getLiquidityForAmounts(sqrtPriceX96, sqrtLower, sqrtUpper, event.amount0Wei, event.amount1Wei)
      : isqrt(event.amount0Wei * event.amount1Wei)

  const flows = events.filter((event) => event.kind !== 'collect')
  const valueAt = (amount0: bigint, amount1: bigint, sqrtPriceX96: bigint) => {
    const price0In1 = sqrtPriceX96ToPrice(sqrtPriceX96, token0.decimals, token1.decimals)
    const human0 = Number(formatUnits(amount0, token0.decimals))
    const human1 = Number(formatUnits(amount1, token1.decimals))
    return inverted ? human0 + human1 / price0In1 : human0 * price0In1 + human1
  }

  const points: ValueVersusHoldPoint[] = []
  let liquidity = 0n
  let held0 = 0n
  let held1 = 0n
  let flowIndex = 0
  let lastSqrtPrice: bigint | undefined
  const push = (blockNumber: bigint, sqrtPriceX96: bigint) => {
    const { amount0, amount1 } = principal(liquidity, sqrtPriceX96)
    points.push({
      blockNumber: Number(blockNumber),
      timestamp: interpolateTimestamp(anchors, blockNumber),
      positionValue: valueAt(amount0, amount1, sqrtPriceX96),
      holdValue: valueAt(held0, held1, sqrtPriceX96),
    })
  }
  const applyFlowsUpTo = (blockNumber: bigint, nextSqrtPrice: bigint | undefined) => {
    for (let flow = flows[flowIndex]; flow && flow.blockNumber <= blockNumber; flow = flows[++flowIndex]) {
      // No price before the first flow (history starts later): the next known price stands in.
      lastSqrtPrice ??= nextSqrtPrice
      if (lastSqrtPrice === undefined) continue
      const delta = liquidityOf(flow, lastSqrtPrice)
      if (flow.kind === 'deposit') {
        liquidity += delta
        held0 += flow.amount0Wei
        held1 += flow.amount1Wei
      } else {
        liquidity = liquidity > delta ? liquidity - delta : 0n
        held0 = held0 > flow.amount0Wei ? held0 - flow.amount0Wei : 0n
        held1 = held1 > flow.amount1Wei ? held1 - flow.amount1Wei : 0n
      }
      push(flow.blockNumber, lastSqrtPrice)
    }
  }
  for (const price of prices) {
    // A flow in block N is priced at the state before that block's later swaps (the previous point).
    applyFlowsUpTo(price.blockNumber, price.sqrtPriceX96)
    lastSqrtPrice = price.sqrtPriceX96
    if (flowIndex > 0) push(price.blockNumber, price.sqrtPriceX96)
  }
  applyFlowsUpTo(BigInt(Number.MAX_SAFE_INTEGER), lastSqrtPrice)
  return downsample(points, parameters.maxPoints ?? 240)
}

/** Keeps at most `maxPoints`, always the first and the last. */
function downsample(points: ValueVersusHoldPoint[], maxPoints: number): ValueVersusHoldPoint[] {
  if (points.length <= maxPoints) return points
  const step = (points.length - 1) / (maxPoints - 1)
  return Array.from({ length: maxPoints }, (_, i) => points[Math.round(i * step)] as ValueVersusHoldPoint)
}
