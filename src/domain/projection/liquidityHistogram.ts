import { tickToPrice } from '../../math/index.ts'
import type { PopulatedTick } from './types.ts'

/**
 * One bar of the liquidity histogram: active liquidity over a price interval, and that liquidity as a
 * share of the liquidity active at the current price (1 = as deep as now; null when none is active now).
 * The share is what the charts show: raw L has no unit a reader knows.
 */
export type LiquidityBar = {
  priceFrom: number
  priceTo: number
  price: number
  liquidity: number
  shareOfActive: number | null
}

/** Digits the share of active liquidity keeps (a ratio of two bigints, as a float for charts). */
const SHARE_SCALE = 10n ** 12n

/** Inputs of liquidityHistogram. */
export type LiquidityHistogramParameters = {
  /** Initialized ticks, any order. */
  ticks: readonly PopulatedTick[]
  currentTick: number
  /** Active liquidity at currentTick. */
  liquidity: bigint
  fromTick: number
  toTick: number
  bars: number
  decimals0: number
  decimals1: number
}

/**
 * Active liquidity across prices, rebuilt from initialized ticks: crossing tick t upward adds its
 * liquidityNet, crossing it downward subtracts it (the pool's own rule). Sampled at each bar's middle.
 * @returns `bars` bars from fromTick to toTick (liquidity as a float, for charts only)
 */
export function liquidityHistogram(parameters: LiquidityHistogramParameters): LiquidityBar[] {
  const { currentTick, liquidity, fromTick, toTick, bars, decimals0, decimals1 } = parameters
  const sorted = [...parameters.ticks].sort((a, b) => a.tick - b.tick)
  // Breakpoints: liquidity on [tick_i, tick_{i+1}) computed outward from the current tick.
  const above = sorted.filter((t) => t.tick > currentTick)
  const atOrBelow = sorted.filter((t) => t.tick <= currentTick).reverse()
  const upward: { tick: number; liquidity: bigint }[] = []
  let running = liquidity
  for (const t of above) {
    running += t.liquidityNet
    upward.push({ tick: t.tick, liquidity: running })
  }
  const downward: { tick: number; liquidity: bigint }[] = []
  running = liquidity
  for (const t of atOrBelow) {
    running -= t.liquidityNet
    downward.push({ tick: t.tick, liquidity: running })
  }
  const liquidityAt = (tick: number): bigint => {
    if (tick >= currentTick) {
      let value = liquidity
      for (const point of upward) {
        if (point.tick > tick) break
        value = point.liquidity
      }
      return value
    }
    let value = liquidity
    for (const point of downward) {
      if (point.tick <= tick) break
      value = point.liquidity
    }
    return value
  }
  const width = (toTick - fromTick) / bars
  const result: LiquidityBar[] = []
  for (let i = 0; i < bars; i++) {
    const start = fromTick + i * width
    const middle = Math.round(start + width / 2)
    const active = liquidityAt(middle)
    result.push({
      priceFrom: tickToPrice(Math.round(start), decimals0, decimals1),
      priceTo: tickToPrice(Math.round(start + width), decimals0, decimals1),
      price: tickToPrice(middle, decimals0, decimals1),
      liquidity: active > 0n ? Number(active) : 0,
      shareOfActive:
        liquidity > 0n
          ? Number(((active > 0n ? active : 0n) * SHARE_SCALE) / liquidity) / Number(SHARE_SCALE)
          : null,
    })
  }
  return result
}
