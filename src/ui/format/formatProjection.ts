import { withMinusSign } from './minusSign.ts'

/** Display helpers for projections: fractions as percents, USD, prices. Never prints NaN/Infinity. */

/** 0.1234 → "12.34 %" (sign kept, "−" for negatives). */
export function formatPercent(fraction: number, digits = 2): string {
  if (!Number.isFinite(fraction)) return 'unavailable'
  const text = `${(Math.abs(fraction) * 100).toFixed(digits)} %`
  return fraction < 0 && Math.abs(fraction) * 100 >= 0.5 * 10 ** -digits ? `−${text}` : text
}

/** 1234.5 → "$1,234.50", −8.1 → "−$8.10"; large values compact ("$1.2M"). */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return 'unavailable'
  // True minus sign; anything that rounds to zero cents is "$0.00", never "−$0.00".
  if (Math.round(Math.abs(value) * 100) === 0) return '$0.00'
  if (Math.abs(value) >= 1e6)
    return withMinusSign(
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        maximumFractionDigits: 2,
      }).format(value),
    )
  return withMinusSign(
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 2,
    }).format(value),
  )
}

/** A price with 6 significant digits (no exponent below 1e-6 … 1e15). */
export function formatPrice(value: number): string {
  if (!Number.isFinite(value)) return value === Infinity ? '∞' : 'unavailable'
  if (value === 0) return '0'
  if (Math.abs(value) < 1e-6 || Math.abs(value) >= 1e15) return value.toPrecision(4)
  return Number(value.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 12 })
}

/** A token amount with up to 6 significant digits. */
export function formatAmount(value: number): string {
  return formatPrice(value)
}
