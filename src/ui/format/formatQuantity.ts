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
