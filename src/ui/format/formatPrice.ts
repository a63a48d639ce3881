const priceFormatter = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 })

/**
 * A human price (quote per base) with six significant digits; scientific notation outside
 * 1e-6..1e15 so ticks near MIN/MAX_TICK stay readable ("∞" for the full-range bound).
 * @example formatPrice(2965.505869321946) // '2,965.51'
 */
export function formatPrice(price: number): string {
  if (Number.isNaN(price)) return 'unavailable'
  if (!Number.isFinite(price)) return '∞'
  if (price === 0) return '0'
  if (price < 1e-6 || price >= 1e15) return price.toExponential(3).replace('e+', 'e')
  return priceFormatter.format(price)
}
