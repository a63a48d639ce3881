import { encodeSqrtRatioX96 } from '../../math/index.ts'

/** A deviation of the typed starting price from a reference price above this is warned strongly. */
export const STRONG_DEVIATION_BPS = 500n

/** A price to compare a new pool's starting price with: another pool of the same pair. */
/** The spot price of one listed pool of the same pair, with the pool's identity (the page labels it). */
export type ReferencePrice = { protocol: 'v2' | 'v3'; fee: number; sqrtPriceX96: bigint }

/**
 * |p / ref − 1| in basis points (floored), where p and ref are the squares of two Q64.96 sqrt prices.
 * Exact bigint: no float in the comparison that decides the strong warning.
 * @example priceDeviationBps(2n ** 96n, 2n ** 96n) // 0n
 */
export function priceDeviationBps(sqrtPriceX96: bigint, referenceSqrtPriceX96: bigint): bigint {
  if (referenceSqrtPriceX96 <= 0n) throw new Error('REFERENCE_PRICE')
  const price = sqrtPriceX96 * sqrtPriceX96
  const reference = referenceSqrtPriceX96 * referenceSqrtPriceX96
  const difference = price > reference ? price - reference : reference - price
  return (difference * 10_000n) / reference
}

/** The V2 spot price (reserve1 / reserve0) as a sqrt price, to compare with V3 ones; undefined if empty. */
export function v2ReferenceSqrtPriceX96(reserve0Wei: bigint, reserve1Wei: bigint): bigint | undefined {
  if (reserve0Wei === 0n || reserve1Wei === 0n) return undefined
  return encodeSqrtRatioX96(reserve1Wei, reserve0Wei)
}

/** The largest deviation from any reference (the one the warning quotes), or undefined without references. */
export function worstDeviation(
  sqrtPriceX96: bigint,
  references: readonly ReferencePrice[],
): { reference: ReferencePrice; deviationBps: bigint; strong: boolean } | undefined {
  let worst: { reference: ReferencePrice; deviationBps: bigint; strong: boolean } | undefined
  for (const reference of references) {
    const deviationBps = priceDeviationBps(sqrtPriceX96, reference.sqrtPriceX96)
    if (!worst || deviationBps > worst.deviationBps)
      worst = { reference, deviationBps, strong: deviationBps > STRONG_DEVIATION_BPS }
  }
  return worst
}
