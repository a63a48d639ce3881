import { MAX_TICK, MIN_TICK, TICK_SPACINGS } from '../../math/index.ts'

/**
 * Whether a V3 range spans every usable tick of its fee tier: tickLower is the lowest multiple of the
 * tick spacing at or above MIN_TICK, tickUpper the highest at or below MAX_TICK. Its bounds are then 0 and
 * ∞ for display (their prices, ~1e-38 and ~1e38, are artefacts of the tick limits, not prices).
 * An unknown fee tier is taken at spacing 1 (only exactly MIN/MAX_TICK count).
 * @example isFullRange({ tickLower: -887220, tickUpper: 887220, fee: 3000 }) // true
 */
export function isFullRange(range: { tickLower: number; tickUpper: number; fee: number }): boolean {
  return isFullRangeAtSpacing(range.tickLower, range.tickUpper, TICK_SPACINGS[range.fee] ?? 1)
}

/**
 * The same test for a pool whose tick spacing is known (the add form, the simulator).
 * @example isFullRangeAtSpacing(-887220, 887220, 60) // true
 */
export function isFullRangeAtSpacing(tickLower: number, tickUpper: number, tickSpacing: number): boolean {
  return tickLower < MIN_TICK + tickSpacing && tickUpper > MAX_TICK - tickSpacing
}
