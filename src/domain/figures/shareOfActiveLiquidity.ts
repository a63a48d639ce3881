/** Tooltip text: the basis of {@link shareOfActiveLiquidity}. */
export const SHARE_OF_ACTIVE_LIQUIDITY_BASIS =
  'The position’s liquidity over the pool’s liquidity active at the current tick: its share of each swap’s fee at this price. 0 while out of range.'

/**
 * THE share of the active liquidity of a V3 position: L_position / L_active at the current tick, when in
 * range; 0 out of range (it takes no part in swaps) or when the pool has no active liquidity. Exact
 * bigint ratio to 18 digits, then a float for display.
 * @example shareOfActiveLiquidity({ liquidity: 5n, activeLiquidity: 20n, inRange: true }) // 0.25
 */
export function shareOfActiveLiquidity(parameters: {
  liquidity: bigint
  activeLiquidity: bigint
  inRange: boolean
}): number {
  const { liquidity, activeLiquidity, inRange } = parameters
  return inRange && activeLiquidity > 0n ? Number((liquidity * 10n ** 18n) / activeLiquidity) / 1e18 : 0
}
