import { formatUnits } from 'viem'
import { MINUS } from './minusSign.ts'

/** Significant digits shown for amounts; the exact value goes in a title. */
const SIGNIFICANT_DIGITS = 6
/** Below 10^-MAX_FRACTION_DIGITS an amount shows as "<0.00000001". */
const MAX_FRACTION_DIGITS = 8

/** A token amount formatted for display, with the exact decimal string beside it. */
export interface FormattedTokenAmount {
  /** Rounded, grouped: "1,234.57", "0.0012346", "<0.00000001", "0", "−2.5" (true minus sign). */
  display: string
  /** formatUnits of the raw amount: every digit, no grouping (for titles and copy). */
  exact: string
}

/**
 * Formats a raw on-chain amount exactly (viem formatUnits), then rounds the decimal string half-up to
 * about six significant digits. No floats: 24-decimal and 10^30-wei amounts keep every digit.
 * @param amountWei raw amount (may be negative)
 * @param decimals token decimals, 0..255
 * @example formatTokenAmount(1234567890000000000000n, 18).display // '1,234.57'
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

/** How many fraction digits keep ~6 significant digits; null when the amount is too small to show. */
function fractionDigitsFor(integerPart: string, fractionPart: string): number | null {
  if (integerPart !== '0')
    return Math.max(0, Math.min(MAX_FRACTION_DIGITS, SIGNIFICANT_DIGITS - integerPart.length))
  const firstSignificant = fractionPart.search(/[1-9]/)
  if (firstSignificant === -1) return 0
  if (firstSignificant >= MAX_FRACTION_DIGITS) return null
  return Math.min(MAX_FRACTION_DIGITS, firstSignificant + SIGNIFICANT_DIGITS - 1)
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
