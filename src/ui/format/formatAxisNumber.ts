import { withMinusSign } from './minusSign.ts'

const axisFormatter = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3, notation: 'compact' })

/**
 * A short number for chart axes: three significant digits, compact ("2.97K"), scientific below 1e-4.
 * @example formatAxisNumber(2965.5) // '2.97K'
 */
export function formatAxisNumber(value: number): string {
  if (value !== 0 && Math.abs(value) < 1e-4) return withMinusSign(value.toExponential(1))
  return withMinusSign(axisFormatter.format(value))
}
