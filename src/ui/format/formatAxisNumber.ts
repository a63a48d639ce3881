import { withMinusSign } from './minusSign.ts'

const axisFormatter = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3, notation: 'compact' })

/** From here on "T" would need more digits than are significant ("496,000T"): exponent form instead. */
const EXPONENT_FROM = 1e15

/**
 * A short number for chart axes and tight cells: three significant digits, compact ("2.97K"),
 * scientific below 1e-4 and from 1e15 ("4.96e17"), so no figure shows more digits than it has.
 * @example formatAxisNumber(2965.5) // '2.97K'
 */
export function formatAxisNumber(value: number): string {
  if (!Number.isFinite(value)) return 'unavailable'
  if (Math.abs(value) >= EXPONENT_FROM) return withMinusSign(value.toExponential(2).replace('e+', 'e'))
  if (value !== 0 && Math.abs(value) < 1e-4) return withMinusSign(value.toExponential(1))
  return withMinusSign(axisFormatter.format(value))
}
