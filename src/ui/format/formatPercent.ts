import { MINUS, withMinusSign } from './minusSign.ts'

/** Above this many percent a figure is not shown digit by digit: ">1,000%" (an APR of 566,000 % is noise). */
export const PERCENT_DISPLAY_CEILING = 1_000
/** Below this many percent (and not zero) a figure shows as "<0.01%". */
export const PERCENT_DISPLAY_FLOOR = 0.01

const percentFormatter = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

/**
 * A fraction as a percentage with two decimals ("5.76%", "12.92%"). Beyond the bounds a range says so
 * instead of false precision: "<0.01%", ">1,000%" (and ">−0.01%", "<−1,000%" for negatives). Negatives use
 * the true minus sign; zero (incl. −0) is "0.00%" with no sign.
 * @param fraction 0.0576 = 5.76 %
 * @param options.signed prefix "+" / "−" (true minus sign)
 * @example formatPercent(-0.009793) // '−0.98%'
 */
export function formatPercent(fraction: number | null, options: { signed?: boolean } = {}): string {
  if (fraction === null || Number.isNaN(fraction)) return 'unavailable'
  const percent = fraction * 100
  const magnitude = Math.abs(percent)
  const negative = percent < 0
  if (magnitude > PERCENT_DISPLAY_CEILING)
    return `${negative ? `<${MINUS}` : options.signed ? '>+' : '>'}${percentFormatter.format(PERCENT_DISPLAY_CEILING).replace('.00', '')}%`
  if (magnitude === 0) return '0.00%'
  if (magnitude < PERCENT_DISPLAY_FLOOR) return `${negative ? `>${MINUS}` : '<'}0.01%`
  const text = percentFormatter.format(magnitude)
  if (text === '0.00') return '0.00%'
  const sign = negative ? MINUS : options.signed ? '+' : ''
  return `${sign}${text}%`
}

/**
 * A chart axis tick already in percent (20 → "20%"): whole percents by default, the true minus sign,
 * no "−0".
 * @param percent the value in percent units (not a fraction)
 * @param digits decimals (0 on axes; 1 for a tooltip's σ)
 * @example formatPercentTick(-12.6) // '−13%'
 */
export function formatPercentTick(percent: number, digits = 0): string {
  if (!Number.isFinite(percent)) return ''
  return `${withMinusSign(percent.toFixed(digits))}%`
}
