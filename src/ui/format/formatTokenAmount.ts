import { formatUnits } from 'viem'
import { MINUS } from './minusSign.ts'

/** Significant digits an amount shows; the exact value is in its title and `data-exact`. */
const SIGNIFICANT_DIGITS = 4
/** At most this many decimals: below 10^-6 an amount shows as "<0.000001". */
const MAX_FRACTION_DIGITS = 6

/** Fraction digits a float amount is read with before rounding (well past what the rule shows). */
const FLOAT_DIGITS = 20

/** A token amount formatted for display, with the exact decimal string beside it. */
export interface FormattedTokenAmount {
  /** Rounded, grouped: "1,235", "4.205", "0.001235", "<0.000001", "0", "−1.5" (true minus sign). */
  display: string
  /** formatUnits of the raw amount: every digit, no grouping (for titles, `data-exact` and copy). */
  exact: string
}

/**
 * Formats a raw on-chain amount exactly (viem formatUnits), then rounds the decimal string half-up to
 * four significant digits and at most six decimals; whole digits are never dropped ("35,626", not
 * "35,630"). No floats: 24-decimal and 10^30-wei amounts keep every digit in `exact`.
 * @param amountWei raw amount (may be negative)
 * @param decimals token decimals, 0..255
 * @example formatTokenAmount(999999999999999225n, 18).display // '1'
 */
export function formatTokenAmount(amountWei: bigint, decimals: number): FormattedTokenAmount {
  const exact = formatUnits(amountWei, decimals)
  const negative = amountWei < 0n
  const magnitude = negative ? exact.slice(1) : exact
  const [integerPart = '0', fractionPart = ''] = magnitude.split('.')
  const fractionDigits = fractionDigitsFor(integerPart, fractionPart)
  if (fractionDigits === null)
    return { display: `${negative ? `>${MINUS}` : '<'}0.${'0'.repeat(MAX_FRACTION_DIGITS - 1)}1`, exact }
  const rounded = roundDecimal(integerPart, fractionPart, fractionDigits)
  const display = rounded === '0' ? '0' : `${negative ? MINUS : ''}${rounded}`
  return { display, exact }
}

/** How many fraction digits keep four significant digits; null when the amount is too small to show. */
function fractionDigitsFor(integerPart: string, fractionPart: string): number | null {
  if (integerPart !== '0')
    return Math.max(0, Math.min(MAX_FRACTION_DIGITS, SIGNIFICANT_DIGITS - integerPart.length))
  const firstSignificant = fractionPart.search(/[1-9]/)
  if (firstSignificant === -1) return 0
  // Rounds up to 0.000001 from 0.0000005: shown; below that it is dust.
  if (firstSignificant >= MAX_FRACTION_DIGITS && !/^0{6}[5-9]/.test(fractionPart)) return null
  return Math.min(MAX_FRACTION_DIGITS, firstSignificant + SIGNIFICANT_DIGITS)
}

/** Rounds integer.fraction half-up to `digits` fraction digits, trims trailing zeros, groups thousands. */
function roundDecimal(integerPart: string, fractionPart: string, digits: number): string {
  const padded = fractionPart.padEnd(digits + 1, '0')
  let scaled = BigInt(integerPart + padded.slice(0, digits))
  if (Number(padded[digits]) >= 5) scaled += 1n
  const text = scaled.toString().padStart(digits + 1, '0')
  const integer = text.slice(0, text.length - digits)
  const fraction = text.slice(text.length - digits).replace(/0+$/, '')
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

/**
 * A projected amount already in whole tokens (a float from a model, not a chain amount) by the same rule:
 * four significant digits, at most six decimals, "<0.000001" below.
 * @example formatWholeTokenAmount(2.4999999) // '2.5'
 */
export function formatWholeTokenAmount(wholeTokens: number): string {
  if (!Number.isFinite(wholeTokens)) return 'unavailable'
  // Via a decimal string with 20 fraction digits (toFixed writes exponent form from 1e21), then the bigint path.
  const magnitude = Math.abs(wholeTokens)
  const scaled =
    magnitude >= 1e21
      ? BigInt(Math.round(magnitude)) * 10n ** BigInt(FLOAT_DIGITS)
      : BigInt(magnitude.toFixed(FLOAT_DIGITS).replace('.', ''))
  return formatTokenAmount(wholeTokens < 0 ? -scaled : scaled, FLOAT_DIGITS).display
}

/**
 * A signed change in whole tokens (a PnL term in token terms) by the same rule, with its symbol:
 * "+0.0123 WETH", "−2.5 WETH"; zero and anything under 0.000001 neutral ("0 WETH").
 * @example formatSignedWholeTokenAmount(-2.5, 'WETH') // '−2.5 WETH'
 */
export function formatSignedWholeTokenAmount(wholeTokens: number | null, symbol: string): string {
  if (wholeTokens === null || !Number.isFinite(wholeTokens)) return 'unavailable'
  if (Math.abs(wholeTokens) < 1e-6) return `0 ${symbol}`
  const magnitude = formatWholeTokenAmount(Math.abs(wholeTokens))
  return `${wholeTokens < 0 ? '\u2212' : '+'}${magnitude} ${symbol}`
}
