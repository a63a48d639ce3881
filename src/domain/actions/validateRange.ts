import { MAX_TICK, MIN_TICK, nearestUsableTick, priceToTick } from '../../math/index.ts'

export type RangeErrorCode = 'ORDER' | 'OUT_OF_BOUNDS' | 'NOT_A_NUMBER' | 'NOT_ON_SPACING'

export type ValidateRangeResult =
  | { ok: true; tickLower: number; tickUpper: number }
  | { ok: false; code: RangeErrorCode; message: string }

/**
 * Checks a tick range before anything is built from it: integers, on the tick spacing, lower < upper and
 * inside the usable tick limits of this spacing.
 */
export function validateRange(
  tickLower: number,
  tickUpper: number,
  tickSpacing: number,
): ValidateRangeResult {
  if (!Number.isInteger(tickLower) || !Number.isInteger(tickUpper))
    return { ok: false, code: 'NOT_A_NUMBER', message: 'The range bounds must be whole ticks.' }
  const minUsable = Math.ceil(MIN_TICK / tickSpacing) * tickSpacing
  const maxUsable = Math.floor(MAX_TICK / tickSpacing) * tickSpacing
  if (tickLower < minUsable || tickUpper > maxUsable)
    return {
      ok: false,
      code: 'OUT_OF_BOUNDS',
      message: `The range must stay within ticks ${minUsable} … ${maxUsable} (the protocol's price limits).`,
    }
  if (tickLower >= tickUpper)
    return { ok: false, code: 'ORDER', message: 'The lower price must be below the upper price.' }
  if (tickLower % tickSpacing !== 0 || tickUpper % tickSpacing !== 0)
    return {
      ok: false,
      code: 'NOT_ON_SPACING',
      message: `Ticks must be multiples of the tick spacing ${tickSpacing}.`,
    }
  return { ok: true, tickLower, tickUpper }
}

/**
 * A range ±percent around the current tick, snapped to the spacing (at least one spacing wide).
 * @param lowerPercent how far below the price the range starts, in % (e.g. 10 → price × 0.9)
 * @param upperPercent how far above, in %
 */
export function rangeFromPercent(
  currentTick: number,
  tickSpacing: number,
  lowerPercent: number,
  upperPercent: number,
): { tickLower: number; tickUpper: number } {
  // tick = log_1.0001(price): a factor f moves the tick by log(f)/log(1.0001).
  const toTicks = (factor: number) => Math.log(factor) / Math.log(1.0001)
  const lowerFactor = Math.max(1 - lowerPercent / 100, 1e-9)
  let tickLower = nearestUsableTick(
    Math.max(MIN_TICK, Math.round(currentTick + toTicks(lowerFactor))),
    tickSpacing,
  )
  let tickUpper = nearestUsableTick(
    Math.min(MAX_TICK, Math.round(currentTick + toTicks(1 + upperPercent / 100))),
    tickSpacing,
  )
  if (tickLower >= tickUpper) {
    tickLower = nearestUsableTick(currentTick, tickSpacing) - tickSpacing
    tickUpper = tickLower + 2 * tickSpacing
  }
  return { tickLower, tickUpper }
}

/** The full usable range of a spacing. */
export function fullRange(tickSpacing: number): { tickLower: number; tickUpper: number } {
  return {
    tickLower: nearestUsableTick(MIN_TICK, tickSpacing),
    tickUpper: nearestUsableTick(MAX_TICK, tickSpacing),
  }
}

/** A tick from a price typed in whole token1 per token0, snapped to the spacing. */
export function tickFromPrice(
  price: number,
  decimals0: number,
  decimals1: number,
  tickSpacing: number,
): number {
  return nearestUsableTick(priceToTick(price, decimals0, decimals1), tickSpacing)
}
