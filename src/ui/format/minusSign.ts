/** U+2212, the one minus sign every figure uses ("−$8.10", never "-$8.10"). */
export const MINUS = '−'

/**
 * Replaces the ASCII hyphen-minus of a formatted number by U+2212, and drops the sign of anything that
 * shows as zero ("-0", "-0.00", "-$0.00" → "0", "0.00", "$0.00"): never a "−0".
 * @example withMinusSign('-$8.10') // '−$8.10'
 */
export function withMinusSign(text: string): string {
  const unsigned = text.replace(/^[-−]/, '')
  if (unsigned === text) return text
  // Only digits that are all zero (with separators / currency around them) → no sign.
  if (!/[1-9]/.test(unsigned)) return unsigned
  return `${MINUS}${unsigned}`
}

/** How a signed figure is colored: by what it shows, so a value that rounds to zero is never red. */
export type SignTone = 'negative' | 'positive' | 'zero'

/**
 * Below this many dollars a USD figure shows as "$0.00" (or "<$0.001"): formatUsd's floor. Four
 * significant digits below it would need seven decimals or more.
 */
export const USD_DISPLAY_FLOOR = 0.001

/**
 * The tone of a USD change as displayed: −0.0004 shows "$0.00" and is 'zero', not 'negative'.
 * @example usdSignTone(-0.0004) // 'zero'
 */
export function usdSignTone(valueUsd: number): SignTone {
  if (!Number.isFinite(valueUsd) || Math.abs(valueUsd) < USD_DISPLAY_FLOOR) return 'zero'
  return valueUsd < 0 ? 'negative' : 'positive'
}

/** Tailwind classes of a sign tone: red for losses, green for gains, neutral for zero. */
export const SIGN_TONE_CLASS: Record<SignTone, string> = {
  negative: 'text-red-700 dark:text-red-300',
  positive: 'text-emerald-700 dark:text-emerald-300',
  zero: 'text-slate-700 dark:text-slate-300',
}
