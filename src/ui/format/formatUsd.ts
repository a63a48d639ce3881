import { MINUS, withMinusSign } from './minusSign.ts'

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
 * A USD value for display; null (no price route) shows as "no price", never $0. Negatives use the true
 * minus sign ("−$8.10"); anything that rounds to zero cents shows "$0.00" (never "−$0.00"), except a
 * positive sub-cent value, which shows "<$0.01".
 * @param valueUsd dollars (float, display only) or null
 * @param options.compact "$1.2M" style for axis ticks and tight spots
 * @example formatUsd(48571.631) // '$48,571.63'
 */
export function formatUsd(valueUsd: number | null, options: { compact?: boolean } = {}): string {
  if (valueUsd === null || !Number.isFinite(valueUsd)) return NO_PRICE
  if (Math.round(Math.abs(valueUsd) * 100) === 0) return valueUsd > 0 ? '<$0.01' : '$0.00'
  return withMinusSign((options.compact ? compactUsdFormatter : usdFormatter).format(valueUsd))
}

/**
 * A signed USD change (PnL, IL): "+$610.93", "−$475.67" (true minus sign), "$0.00" (no sign) for
 * anything that rounds to zero cents.
 * @example formatSignedUsd(-475.673) // '−$475.67'
 */
export function formatSignedUsd(valueUsd: number | null): string {
  if (valueUsd === null || !Number.isFinite(valueUsd)) return NO_PRICE
  if (Math.round(Math.abs(valueUsd) * 100) === 0) return '$0.00'
  return `${valueUsd < 0 ? MINUS : '+'}${formatUsd(Math.abs(valueUsd))}`
}
