import {
  getTickAtSqrtRatio,
  MAX_TICK,
  MIN_TICK,
  nearestUsableTick,
  priceToTick,
  tickToPrice,
} from '../../math/index.ts'
import { isFullRangeAtSpacing } from '../positions/isFullRange.ts'
import { tickFromTypedPrice, validateRangePrices } from './validateRangePrices.ts'

/** A V3 range as ticks (tickLower < tickUpper, both multiples of the spacing). */
export type TickRange = { tickLower: number; tickUpper: number }

/** One end of a range as shown: 'min' is the lower displayed price, 'max' the upper (after any flip). */
export type DisplayBound = 'min' | 'max'

/** The symmetric ± percent presets both range pickers offer (± this % of the current price). */
export const RANGE_PRESET_PERCENTS = [1, 5, 10, 25] as const

/** How many tick spacings PageUp/PageDown move a handle (Arrow keys move one). */
export const PAGE_STEP_SPACINGS = 10

/**
 * The lowest and highest usable ticks of a spacing (multiples of it inside MIN_TICK … MAX_TICK).
 * @example usableTickLimits(60) // { minTick: -887220, maxTick: 887220 }
 */
export function usableTickLimits(tickSpacing: number): { minTick: number; maxTick: number } {
  return {
    minTick: Math.ceil(MIN_TICK / tickSpacing) * tickSpacing,
    maxTick: Math.floor(MAX_TICK / tickSpacing) * tickSpacing,
  }
}

/**
 * A tick snapped to the nearest multiple of the spacing, clamped into the usable limits (a non-integer
 * tick, e.g. from a dragged handle, is rounded first).
 * @example snapTick(-887272, 60) // -887220
 * @example snapTick(89, 60) // 60
 */
export function snapTick(tick: number, tickSpacing: number): number {
  const { minTick, maxTick } = usableTickLimits(tickSpacing)
  const clamped = Math.min(MAX_TICK, Math.max(MIN_TICK, Math.round(tick)))
  return Math.min(maxTick, Math.max(minTick, nearestUsableTick(clamped, tickSpacing)))
}

/**
 * The range ±percent around the current tick: bounds at price × (1 − p) and price × (1 + p), each
 * snapped to the nearest usable tick; at least one spacing wide (when both snap together, one spacing
 * each side of the current tick's nearest usable tick).
 * @example presetRange(0, 60, 10) // { tickLower: -1080, tickUpper: 960 }
 */
export function presetRange(currentTick: number, tickSpacing: number, percent: number): TickRange {
  const lower = snapTick(
    currentTick + Math.log(Math.max(1 - percent / 100, 1e-9)) / Math.log(1.0001),
    tickSpacing,
  )
  const upper = snapTick(currentTick + Math.log(1 + percent / 100) / Math.log(1.0001), tickSpacing)
  if (lower < upper) return { tickLower: lower, tickUpper: upper }
  const centre = snapTick(currentTick, tickSpacing)
  return orderedRange(centre - tickSpacing, centre + tickSpacing, tickSpacing)
}

/** Keeps a range inside the usable limits and at least one spacing wide. */
function orderedRange(tickLower: number, tickUpper: number, tickSpacing: number): TickRange {
  const { minTick, maxTick } = usableTickLimits(tickSpacing)
  const lower = Math.min(maxTick - tickSpacing, Math.max(minTick, tickLower))
  const upper = Math.max(lower + tickSpacing, Math.min(maxTick, tickUpper))
  return { tickLower: lower, tickUpper: upper }
}

/** Which tick a displayed bound is: when flipped, the displayed min is 1/price(tickUpper). */
export function tickOfBound(bound: DisplayBound, inverted: boolean): 'tickLower' | 'tickUpper' {
  return (bound === 'min') !== inverted ? 'tickLower' : 'tickUpper'
}

/**
 * Moves one displayed bound by whole tick spacings: +1 raises the displayed price by one spacing (when
 * flipped that lowers the tick). The bound stops one spacing short of the other and at the usable limits.
 * @param steps spacings to move (±1 for the Arrow keys and steppers, ±PAGE_STEP_SPACINGS for PageUp/Down)
 * @example stepBound({ tickLower: -600, tickUpper: 600 }, 'min', 1, 60, false) // { tickLower: -540, tickUpper: 600 }
 */
export function stepBound(
  range: TickRange,
  bound: DisplayBound,
  steps: number,
  tickSpacing: number,
  inverted: boolean,
): TickRange {
  const key = tickOfBound(bound, inverted)
  const from = snapTick(range[key], tickSpacing)
  return moveTickTo(range, key, from + (inverted ? -steps : steps) * tickSpacing, tickSpacing)
}

/**
 * Sets one displayed bound to a tick (e.g. where a handle was dropped), snapped to the spacing, kept
 * inside the usable limits and at least one spacing from the other bound (it stops there; never swaps).
 * @example moveBoundTo({ tickLower: -600, tickUpper: 600 }, 'max', 1234, 60, false) // { tickLower: -600, tickUpper: 1200 }
 */
export function moveBoundTo(
  range: TickRange,
  bound: DisplayBound,
  tick: number,
  tickSpacing: number,
  inverted: boolean,
): TickRange {
  return moveTickTo(range, tickOfBound(bound, inverted), tick, tickSpacing)
}

function moveTickTo(
  range: TickRange,
  key: 'tickLower' | 'tickUpper',
  tick: number,
  spacing: number,
): TickRange {
  const snapped = snapTick(tick, spacing)
  if (key === 'tickLower')
    return {
      tickLower: Math.min(snapped, snapTick(range.tickUpper, spacing) - spacing),
      tickUpper: range.tickUpper,
    }
  return {
    tickLower: range.tickLower,
    tickUpper: Math.max(snapped, snapTick(range.tickLower, spacing) + spacing),
  }
}

/** A range as read in one direction: prices of the displayed min and max (0 and ∞ for full range). */
export type DisplayedRange = {
  min: number
  max: number
  minTick: number
  maxTick: number
  isFullRange: boolean
}

/**
 * The range's min and max prices in the displayed direction. Not flipped: token1 per token0, min at
 * tickLower. Flipped: token0 per token1, min = 1/price(tickUpper), max = 1/price(tickLower); the ticks
 * never change. A full range reads 0 and ∞ (the prices at the usable tick limits are artefacts).
 * An invalid range as typed (a tick off the grid or past the limits; the caller shows validateRange's
 * message instead of these prices) is read with its ticks clamped to whole ticks in [MIN_TICK, MAX_TICK],
 * so a render never throws on it.
 * @example displayedRange({ tickLower: -600, tickUpper: 600 }, 18, 18, 60, true).min // 1.0001 ** -600
 */
export function displayedRange(
  range: TickRange,
  decimals0: number,
  decimals1: number,
  tickSpacing: number,
  inverted: boolean,
): DisplayedRange {
  const minTick = range[tickOfBound('min', inverted)]
  const maxTick = range[tickOfBound('max', inverted)]
  const priceAt = (tick: number) =>
    tickToPrice(
      Number.isFinite(tick) ? Math.min(MAX_TICK, Math.max(MIN_TICK, Math.round(tick))) : 0,
      decimals0,
      decimals1,
      inverted,
    )
  if (isFullRangeAtSpacing(range.tickLower, range.tickUpper, tickSpacing))
    return { min: 0, max: Number.POSITIVE_INFINITY, minTick, maxTick, isFullRange: true }
  return {
    min: priceAt(minTick),
    max: priceAt(maxTick),
    minTick,
    maxTick,
    isFullRange: false,
  }
}

/**
 * A tick's price as plain decimal text for a price box (no exponent, no grouping) that snaps back to
 * the same tick: the fewest significant digits from 6 up that round-trip through validateRangePrices'
 * snapping. The usable tick limits read "0" (min) and "∞" (max) instead.
 */
export function boundPriceText(
  tick: number,
  decimals0: number,
  decimals1: number,
  tickSpacing: number,
  inverted: boolean,
): string {
  const { minTick, maxTick } = usableTickLimits(tickSpacing)
  if (tick <= minTick) return inverted ? '∞' : '0'
  if (tick >= maxTick) return inverted ? '0' : '∞'
  const price = tickToPrice(tick, decimals0, decimals1, inverted)
  let text = plainDecimal(price, 6)
  for (let digits = 6; digits <= 15; digits++) {
    text = plainDecimal(price, digits)
    const value = Number(text)
    if (value > 0 && tickFromTypedPrice(value, decimals0, decimals1, tickSpacing, inverted) === tick)
      return text
  }
  return text
}

/** `digits` significant digits as a plain decimal string ("0.0000166987", "2966.12"). */
function plainDecimal(value: number, digits: number): string {
  if (value >= 1) {
    const whole = Math.floor(Math.log10(value)) + 1
    return trimZeros(value.toFixed(Math.max(0, digits - whole)))
  }
  const leadingZeros = -Math.floor(Math.log10(value)) - 1
  return trimZeros(value.toFixed(Math.min(100, leadingZeros + digits)))
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text
}

/**
 * Min/max prices typed in the displayed direction as ticks snapped to the spacing (validateRangePrices'
 * rules and messages). Flipped: the typed min (token0 per token1) sets tickUpper and the max tickLower.
 */
export function typedPricesToRange(
  lowerText: string,
  upperText: string,
  pool: { decimals0: number; decimals1: number; tickSpacing: number },
  inverted: boolean,
) {
  return validateRangePrices(lowerText, upperText, { ...pool, inverted })
}

/**
 * THE default direction of a pair's price (the Uniswap app's rule): quote in a stablecoin when exactly
 * one side is one ("USDC per WBTC"), else in the wrapped native token when one side is it ("WETH per
 * UNI"), else the direction whose price is at least 1. Returns whether to flip from token1 per token0.
 * @param price token1 per token0 (whole tokens); undefined or not positive = keep token1 per token0
 * @example defaultInverted({ stable: true }, { stable: false }, 60000) // true: USDC quotes WBTC
 */
export function defaultInverted(
  token0: { stable: boolean; wrappedNative?: boolean },
  token1: { stable: boolean; wrappedNative?: boolean },
  price: number | undefined,
): boolean {
  if (token0.stable !== token1.stable) return token0.stable
  if (!token0.stable && Boolean(token0.wrappedNative) !== Boolean(token1.wrappedNative))
    return Boolean(token0.wrappedNative)
  return price !== undefined && price > 0 && Number.isFinite(price) && price < 1
}

/**
 * "Around the 30-day range": from the lowest to the highest price of the window, the lower bound
 * snapped down and the upper snapped up to the spacing, so every price seen lies inside. null without
 * at least two positive prices.
 * @param prices token1 per token0, whole tokens (e.g. the 30-day backtest's series)
 */
export function rangeAroundPrices(
  prices: readonly number[],
  decimals0: number,
  decimals1: number,
  tickSpacing: number,
): TickRange | null {
  const valid = prices.filter((price) => Number.isFinite(price) && price > 0)
  if (valid.length < 2) return null
  try {
    const low = priceToTick(Math.min(...valid), decimals0, decimals1)
    const high = priceToTick(Math.max(...valid), decimals0, decimals1) + 1
    const down = Math.floor(low / tickSpacing) * tickSpacing
    const up = Math.ceil(high / tickSpacing) * tickSpacing
    return orderedRange(down, up, tickSpacing)
  } catch {
    return null
  }
}

/** One point of a pool's price path, as the price history reads it (V3: tick, or the sqrt price to derive it). */
export interface WindowPricePoint {
  blockNumber: bigint
  sqrtPriceX96: bigint
  tick?: number
  /** Chain time of the point's block, when known. */
  timestamp?: number
}

/**
 * The ticks a V3 pool traded at over the last `days` of chain time before `nowTimestamp`: the tick in
 * effect when the window opened (the last point at or before its start) and every point inside it.
 * The first point is the state where the scan opened, which the caller starts at or before the window.
 * A point without a known time after that could fall either side of the window's start, so the answer
 * is then null ("unavailable"), never a guess; null too when there is no point at all.
 * @param points the price path in block order (readPoolPriceHistory)
 * @example ticksInWindow([{ blockNumber: 1n, sqrtPriceX96: Q96, tick: 0, timestamp: 0 }], 86_400 * 40, 30) // [0]
 */
export function ticksInWindow(
  points: readonly WindowPricePoint[],
  nowTimestamp: number,
  days: number,
): number[] | null {
  const start = nowTimestamp - days * 86_400
  let first = 0
  points.forEach((point, index) => {
    if (point.timestamp !== undefined && point.timestamp <= start) first = index
  })
  const window = points.slice(first)
  if (window.length === 0) return null
  if (window.slice(1).some((point) => point.timestamp === undefined)) return null
  return window.map((point) => point.tick ?? getTickAtSqrtRatio(point.sqrtPriceX96))
}

/**
 * "Around the 30-day range" from ticks: from the lowest to the highest tick seen, the lower bound
 * snapped down and the upper snapped up to the spacing (a price at tick t lies in [t, t + 1)), so every
 * price of the window lies inside (kept within the usable limits). null without a tick.
 */
export function rangeAroundTicks(ticks: readonly number[], tickSpacing: number): TickRange | null {
  if (ticks.length === 0) return null
  // `+ 0` turns a -0 (ceil of a small negative) into 0.
  const down = Math.floor(Math.min(...ticks) / tickSpacing) * tickSpacing + 0
  const up = Math.ceil((Math.max(...ticks) + 1) / tickSpacing) * tickSpacing + 0
  return orderedRange(down, up, tickSpacing)
}

/**
 * defaultInverted for catalogue tokens, read from their tags ('stablecoin', 'wrapped-native').
 * @example defaultInvertedForTokens({ tags: ['stablecoin'] }, { tags: [] }, 0.0000167) // true
 */
export function defaultInvertedForTokens(
  token0: { tags?: readonly string[] | undefined },
  token1: { tags?: readonly string[] | undefined },
  price: number | undefined,
): boolean {
  const hints = (token: { tags?: readonly string[] | undefined }) => ({
    stable: token.tags?.includes('stablecoin') === true,
    wrappedNative: token.tags?.includes('wrapped-native') === true,
  })
  return defaultInverted(hints(token0), hints(token1), price)
}
