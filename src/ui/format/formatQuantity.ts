import { withMinusSign } from './minusSign.ts'

/**
 * A length of time in days with one decimal: "3.5 d".
 * @example formatDays(3.46) // '3.5 d'
 */
export function formatDays(days: number): string {
  if (!Number.isFinite(days)) return 'unavailable'
  return `${withMinusSign(days.toFixed(1))} d`
}

/**
 * A ratio as a multiple with two decimals: "2.35×".
 * @example formatMultiple(2.345) // '2.35×'
 */
export function formatMultiple(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'unavailable'
  return `${withMinusSign(ratio.toFixed(2))}×`
}

/**
 * A length of time in hours, up to two decimals: "24 h", "1.5 h".
 * @example formatHours(1.5) // '1.5 h'
 */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return 'unavailable'
  return `${withMinusSign(String(Number(hours.toFixed(2))))} h`
}

/**
 * A mean count (an average over simulated paths) with two decimals: "1.95".
 * @example formatMeanCount(1.9466) // '1.95'
 */
export function formatMeanCount(count: number): string {
  if (!Number.isFinite(count)) return 'unavailable'
  return withMinusSign(count.toFixed(2))
}

/**
 * A gas price in gwei with up to three significant decimals: "1.5 gwei", "0.00123 gwei".
 * @example formatGwei(1_500_000_000n) // '1.5 gwei'
 */
export function formatGwei(wei: bigint): string {
  const gwei = Number(wei) / 1e9
  return `${Number(gwei.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 9 })} gwei`
}
