import { formatAxisNumber } from './formatAxisNumber.ts'
import { MINUS, USD_DISPLAY_FLOOR, withMinusSign } from './minusSign.ts'

export { USD_DISPLAY_FLOOR }

const usdFormatter = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})
/** Below $1: four significant digits ("$0.004321"), never fewer than two decimals ("$0.50"). */
const subDollarFormatter = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumSignificantDigits: 4,
})
/** From $1,000 in tight spots: "$48.57K", "$4.00M" (two decimals of the unit, as every engine prints them). */
const compactUsdFormatter = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

/** What a USD figure shows when its token has no price route: never "$0". */
export const NO_PRICE = 'no price'

/** |value| as text: 2 decimals from $1, 4 significant digits below; null when it is under the floor. */
function magnitudeText(magnitude: number, compact: boolean): string | null {
  if (magnitude < USD_DISPLAY_FLOOR) return null
  if (magnitude >= 1)
    return (compact && magnitude >= 1_000 ? compactUsdFormatter : usdFormatter).format(magnitude)
  const text = subDollarFormatter.format(magnitude)
  // "$0.5" → "$0.50" (cents always show); 0.99996 rounds to "$1.00", not "$1".
  return /^\$0\.\d\d/.test(text) ? text : usdFormatter.format(magnitude)
}

/**
 * A USD value for display; null (no price route) shows as "no price", never $0. From $1: two decimals
 * ("$48,571.63"); below $1: four significant digits ("$0.004321"). Negatives use the true minus sign
 * ("−$8.10"); zero and anything under $0.001 of either sign shows "$0.00" with no sign, except a
 * positive dust value, which shows "<$0.001".
 * @param valueUsd dollars (float, display only) or null
 * @param options.compact "$1.2M" style for tables, axis ticks and tight spots
 * @example formatUsd(48571.631) // '$48,571.63'
 */
export function formatUsd(valueUsd: number | null, options: { compact?: boolean } = {}): string {
  if (valueUsd === null || !Number.isFinite(valueUsd)) return NO_PRICE
  const text = magnitudeText(Math.abs(valueUsd), options.compact === true)
  if (text === null) return valueUsd > 0 ? '<$0.001' : '$0.00'
  return withMinusSign(valueUsd < 0 ? `-${text}` : text)
}

/**
 * A signed USD change (PnL, IL): "+$610.93", "−$475.67" (true minus sign), "+$0.004321"; "$0.00" (no
 * sign, neutral) for zero and anything under $0.001.
 * @example formatSignedUsd(-475.673) // '−$475.67'
 */
export function formatSignedUsd(valueUsd: number | null): string {
  if (valueUsd === null || !Number.isFinite(valueUsd)) return NO_PRICE
  const text = magnitudeText(Math.abs(valueUsd), false)
  if (text === null) return '$0.00'
  return `${valueUsd < 0 ? MINUS : '+'}${text}`
}

/**
 * A USD chart-axis tick: three significant digits, compact, no decimals to crowd the axis ("$40K", "$0").
 * @example formatUsdTick(40_000) // '$40K'
 */
export function formatUsdTick(valueUsd: number): string {
  if (!Number.isFinite(valueUsd)) return ''
  const text = formatAxisNumber(Math.abs(valueUsd))
  return text === '0' || valueUsd >= 0 ? `$${text}` : `${MINUS}$${text}`
}
