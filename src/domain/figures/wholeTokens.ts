/**
 * A raw token amount in whole tokens, as a float (display and statistics only): the integer part and
 * the remainder are converted apart, so amounts far above 2^53 wei keep their leading digits.
 * @param amountWei raw amount
 * @param decimals the token's decimals
 * @example wholeTokens(1_500_000n, 6) // 1.5
 */
export function wholeTokens(amountWei: bigint, decimals: number): number {
  const scale = 10n ** BigInt(decimals)
  return Number(amountWei / scale) + Number(amountWei % scale) / Number(scale)
}
