import { MINUS } from './minusSign.ts'

/**
 * A fraction as a percentage for display, with enough decimals for small values. Negatives use the true
 * minus sign; zero (incl. −0) is "0.00%" with no sign.
 * @param fraction 0.0576 = 5.76 %
 * @param options.signed prefix "+" / "−" (true minus sign)
 * @example formatPercent(-0.009793) // '−0.98%'
 */
export function formatPercent(fraction: number | null, options: { signed?: boolean } = {}): string {
  if (fraction === null || !Number.isFinite(fraction)) return 'unavailable'
  const percent = fraction * 100
  const magnitude = Math.abs(percent)
  if (magnitude !== 0 && magnitude < 0.01) return `${percent < 0 ? `>${MINUS}` : '<'}0.01%`
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2
  // Bounds near MIN/MAX_TICK are ~1e38 away: exponent form instead of 39 digits.
  const text = magnitude >= 1e6 ? magnitude.toExponential(1).replace('e+', 'e') : magnitude.toFixed(digits)
  if (Number(text) === 0) return `${text}%`
  const sign = percent < 0 ? MINUS : options.signed ? '+' : ''
  return `${sign}${text}%`
}
