/** Float-to-bigint helpers for seeding. Floats only size the seeded trades; chain amounts stay bigint. */

export const MIN_TICK = -887_272
export const MAX_TICK = 887_272
const Q96 = 2 ** 96

/**
 * Converts a whole-token amount to raw units, keeping 6 significant decimals of the float.
 * @example toRawAmount(1.5, 6) // 1500000n
 */
export function toRawAmount(amount: number, decimals: number): bigint {
  const micro = BigInt(Math.round(amount * 1e6))
  return decimals >= 6 ? micro * 10n ** BigInt(decimals - 6) : micro / 10n ** BigInt(6 - decimals)
}

/**
 * Pool price (raw token1 per raw token0) from USD prices of whole tokens.
 * @example rawPrice(3000, 1, 18, 6) // 3e-9 (USDC-wei per WETH-wei)
 */
export function rawPrice(price0Usd: number, price1Usd: number, decimals0: number, decimals1: number): number {
  return (price0Usd / price1Usd) * 10 ** (decimals1 - decimals0)
}

/** sqrt(price) in Q64.96, as Uniswap V3 stores it. */
export function sqrtPriceX96FromRawPrice(price: number): bigint {
  return BigInt(Math.floor(Math.sqrt(price) * Q96))
}

/** Raw price from a Q64.96 square-root price (float; for sizing only). */
export function rawPriceFromSqrtPriceX96(sqrtPriceX96: bigint): number {
  const sqrt = Number(sqrtPriceX96) / Q96
  return sqrt * sqrt
}

/** Rounds `tick` down (or up) to a multiple of `tickSpacing`, clamped to the usable tick range. */
export function alignTick(tick: number, tickSpacing: number, direction: 'down' | 'up'): number {
  const aligned =
    direction === 'down'
      ? Math.floor(tick / tickSpacing) * tickSpacing
      : Math.ceil(tick / tickSpacing) * tickSpacing
  const minUsable = Math.ceil(MIN_TICK / tickSpacing) * tickSpacing
  const maxUsable = Math.floor(MAX_TICK / tickSpacing) * tickSpacing
  return Math.min(maxUsable, Math.max(minUsable, aligned))
}

/** Full-range ticks for a tick spacing. */
export function fullRangeTicks(tickSpacing: number): { tickLower: number; tickUpper: number } {
  return {
    tickLower: alignTick(MIN_TICK, tickSpacing, 'up'),
    tickUpper: alignTick(MAX_TICK, tickSpacing, 'down'),
  }
}
