const usdFormatter = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
})
const compactUsdFormatter = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 2,
})

/** What a USD figure shows when its token has no price route: never "$0". */
export const NO_PRICE = 'no price'

/**
 * A USD value for display; null (no price route) shows as "no price", never $0.
 * @param valueUsd dollars (float, display only) or null
 * @param options.compact "$1.2M" style for axis ticks and tight spots
 * @example formatUsd(48571.631) // '$48,571.63'
 */
export function formatUsd(valueUsd: number | null, options: { compact?: boolean } = {}): string {
  if (valueUsd === null || !Number.isFinite(valueUsd)) return NO_PRICE
  if (valueUsd !== 0 && Math.abs(valueUsd) < 0.01) return valueUsd < 0 ? '>-$0.01' : '<$0.01'
  return (options.compact ? compactUsdFormatter : usdFormatter).format(valueUsd)
}

/**
 * A signed USD change (PnL, IL): "+$610.93", "−$475.67" (true minus sign), "$0.00" for zero.
 * @example formatSignedUsd(-475.673) // '−$475.67'
 */
export function formatSignedUsd(valueUsd: number | null): string {
  if (valueUsd === null || !Number.isFinite(valueUsd)) return NO_PRICE
  const magnitude = formatUsd(Math.abs(valueUsd))
  if (Math.abs(valueUsd) < 0.005) return '$0.00'
  return `${valueUsd < 0 ? '−' : '+'}${magnitude.replace(/^</, '')}`
}
