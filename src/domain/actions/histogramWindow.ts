/** Default half-width of the histogram, in ticks (≈ ±60 % in price). */
export const HISTOGRAM_HALF_TICKS = 4_700
/** The snapshot reads initialized ticks this far from the price; beyond it the bars would be guesses. */
export const HISTOGRAM_MAX_HALF_TICKS = 11_000

/**
 * The tick window of the liquidity histogram: centred on the current tick, widened (by 10 %) so both
 * range bounds show, but never past what the snapshot read.
 * @example histogramWindow(0, -6000, 2000) // { fromTick: -6600, toTick: 6600 }
 */
export function histogramWindow(
  currentTick: number,
  tickLower: number,
  tickUpper: number,
): { fromTick: number; toTick: number } {
  const reach = Math.max(Math.abs(tickLower - currentTick), Math.abs(tickUpper - currentTick)) * 1.1
  const half = Math.round(Math.min(HISTOGRAM_MAX_HALF_TICKS, Math.max(HISTOGRAM_HALF_TICKS, reach)))
  return { fromTick: currentTick - half, toTick: currentTick + half }
}
