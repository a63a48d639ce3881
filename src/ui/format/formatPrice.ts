import { withMinusSign } from './minusSign.ts'

/** Four significant digits, but never fewer whole digits than the price has ("2,966", "123,457"). */
const priceFormatter = new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 4,
  maximumFractionDigits: 0,
  roundingPriority: 'morePrecision',
} as Intl.NumberFormatOptions)

/** Outside [1e-8, 1e15) a price is shown in exponent form, still with four significant digits. */
const EXPONENT_BELOW = 1e-8
const EXPONENT_FROM = 1e15
/** Below this, four significant digits would need seven or more decimals: the zeros are counted instead. */
const SUBSCRIPT_BELOW = 1e-3
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉'

/**
 * "0.0₄167" for 0.0000167 (the subscript counts the zeros after the point, as the Uniswap app writes it):
 * four significant digits without a seven-decimal tail to count by eye.
 */
function zeroCountNotation(magnitude: number): string {
  const [mantissa = '0', exponent = '0'] = magnitude.toExponential(3).split('e')
  const zeros = -Number(exponent) - 1
  const digits = mantissa.replace('.', '').replace(/0+$/, '')
  const count = String(zeros)
    .split('')
    .map((digit) => SUBSCRIPT_DIGITS[Number(digit)])
    .join('')
  return `0.0${count}${digits}`
}
/**
 * A human price (quote per base) with four significant digits ("2,966", "0.1235"); below 0.001 the zeros
 * after the point are counted in a subscript ("0.0₄167" = 0.0000167); exponent form outside 1e-8..1e15
 * ("2.954e-29"). The full-range bounds are 0 and ∞ (domain's orientRange makes the
 * prices at the usable MIN/MAX tick exactly 0 and Infinity).
 * @example formatPrice(0.0000166987) // '0.0₄167'
 */
export function formatPrice(price: number): string {
  if (Number.isNaN(price)) return 'unavailable'
  if (!Number.isFinite(price)) return price > 0 ? '∞' : 'unavailable'
  if (price === 0) return '0'
  const magnitude = Math.abs(price)
  if (magnitude < EXPONENT_BELOW || magnitude >= EXPONENT_FROM)
    return withMinusSign(price.toExponential(3).replace('e+', 'e'))
  if (magnitude < SUBSCRIPT_BELOW) {
    const text = zeroCountNotation(magnitude)
    // 0.00099996 rounds up to 0.001: the plain form.
    if (!text.startsWith('0.0₂')) return price < 0 ? `−${text}` : text
  }
  return withMinusSign(priceFormatter.format(price))
}

/**
 * A price range "lower – upper"; a full-range position reads "0 – ∞".
 * @example formatPriceRange(0, Number.POSITIVE_INFINITY) // '0 – ∞'
 */
export function formatPriceRange(lower: number, upper: number): string {
  return `${formatPrice(lower)} – ${formatPrice(upper)}`
}
