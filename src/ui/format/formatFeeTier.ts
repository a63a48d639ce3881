/**
 * A V3 fee tier in pips as a percentage.
 * @param feePips hundredths of a basis point: 500 = 0.05 %
 * @example formatFeeTier(3000) // '0.3%'
 */
export function formatFeeTier(feePips: number): string {
  return `${Number((feePips / 10_000).toFixed(4))}%`
}
