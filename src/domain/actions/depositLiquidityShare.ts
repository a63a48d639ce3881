/** Digits kept by the share (a ratio of two bigints, as a float for display). */
const SCALE = 10n ** 18n

/**
 * THE share of the pool's active liquidity a new V3 deposit would hold: L / (active + L) while the price
 * is inside its range, 0 outside it (then it earns no fees). What the review shows instead of raw L.
 * @param liquidity the deposit's L (the plan's)
 * @param activeLiquidity the pool's in-range liquidity now
 * @param inRange whether the current tick is inside [tickLower, tickUpper)
 * @example depositLiquidityShare(10n ** 18n, 3n * 10n ** 18n, true) // 0.25
 */
export function depositLiquidityShare(liquidity: bigint, activeLiquidity: bigint, inRange: boolean): number {
  if (!inRange || liquidity <= 0n || activeLiquidity < 0n) return 0
  return Number((liquidity * SCALE) / (activeLiquidity + liquidity)) / Number(SCALE)
}
