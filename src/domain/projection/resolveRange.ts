import { MAX_TICK, MIN_TICK, nearestUsableTick, priceToTick, tickToPrice } from '../../math/index.ts'
import type { Outcome } from './outcome.ts'
import type { RangeSelection, ResolvedRange } from './types.ts'

/** Pool facts a range needs. */
export type RangePool = {
  tick: number
  tickSpacing: number
  decimals0: number
  decimals1: number
  kind: 'v3' | 'v2'
}

const SYMMETRIC_PERCENT: Record<string, number> = { '1': 1, '5': 5, '10': 10, '25': 25, '50': 50 }

/** The outermost usable ticks: what "full range" means for a V3 pool. */
export function fullRangeTicks(tickSpacing: number): { tickLower: number; tickUpper: number } {
  return {
    tickLower: Math.ceil(MIN_TICK / tickSpacing) * tickSpacing,
    tickUpper: Math.floor(MAX_TICK / tickSpacing) * tickSpacing,
  }
}

function requestedPrices(selection: RangeSelection, price: number): Outcome<[number, number]> | 'full' {
  const { preset, lower, upper } = selection
  if (preset === 'full') return 'full'
  const percent = SYMMETRIC_PERCENT[preset]
  if (percent !== undefined)
    return { ok: true, value: [price * (1 - percent / 100), price * (1 + percent / 100)] }
  if (lower === undefined || upper === undefined || !Number.isFinite(lower) || !Number.isFinite(upper))
    return { ok: false, reason: 'Enter both a minimum and a maximum.' }
  if (lower >= upper) return { ok: false, reason: 'The minimum must be below the maximum.' }
  if (preset === 'pct') {
    if (lower <= -100) return { ok: false, reason: 'The lower offset must be above −100 %.' }
    return { ok: true, value: [price * (1 + lower / 100), price * (1 + upper / 100)] }
  }
  if (lower <= 0) return { ok: false, reason: 'Prices must be above 0.' }
  return { ok: true, value: [lower, upper] }
}

/**
 * Turns a preset or custom bounds into ticks snapped to the pool's spacing (nearest usable tick),
 * widening by one spacing when both bounds snap to the same tick. V2 pairs are always full range.
 * @param selection preset, or custom bounds (prices for 'price', % offsets from the current price for 'pct')
 * @param pool current tick, spacing and decimals (prices are token1 per token0 in whole tokens)
 * @returns the snapped range, or a reason the bounds are unusable (e.g. outside the tick limits)
 */
export function resolveRange(selection: RangeSelection, pool: RangePool): Outcome<ResolvedRange> {
  const { tickSpacing, decimals0, decimals1 } = pool
  const full = fullRangeTicks(tickSpacing)
  const fullRange: ResolvedRange = { ...full, priceLower: 0, priceUpper: Infinity, isFullRange: true }
  if (pool.kind === 'v2') return { ok: true, value: fullRange }
  const price = tickToPrice(pool.tick, decimals0, decimals1)
  const prices = requestedPrices(selection, price)
  if (prices === 'full') return { ok: true, value: fullRange }
  if (!prices.ok) return prices
  let tickLower: number
  let tickUpper: number
  try {
    tickLower = nearestUsableTick(priceToTick(prices.value[0], decimals0, decimals1), tickSpacing)
    tickUpper = nearestUsableTick(priceToTick(prices.value[1], decimals0, decimals1), tickSpacing)
  } catch {
    return { ok: false, reason: 'A bound is outside the prices this pool can represent (tick limits).' }
  }
  if (tickUpper <= tickLower) {
    if (tickLower + tickSpacing <= full.tickUpper) tickUpper = tickLower + tickSpacing
    else tickLower = tickUpper - tickSpacing
  }
  if (tickLower <= full.tickLower && tickUpper >= full.tickUpper) return { ok: true, value: fullRange }
  return {
    ok: true,
    value: {
      tickLower,
      tickUpper,
      priceLower: tickToPrice(tickLower, decimals0, decimals1),
      priceUpper: tickToPrice(tickUpper, decimals0, decimals1),
      isFullRange: false,
    },
  }
}
