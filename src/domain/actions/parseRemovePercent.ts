/** A typed "Remove %": the share to remove in basis points of the position, or the message to show. */
export type RemovePercentResult = { ok: true; bps: number } | { ok: false; message: string }

/** Basis points in 100 %. */
const FULL_BPS = 10_000

const PLAIN_DECIMAL = /^\d+(\.\d*)?$|^\.\d+$/

/**
 * Strictly parses the share of a position to remove: a plain decimal 0 < x ≤ 100 with at most 2
 * decimals, into basis points (no exponent, hex, signs or separators — `Number()` would read "1e2" as
 * 100 and "0x32" as 50).
 * @example parseRemovePercent('12.5') // { ok: true, bps: 1250 }
 */
export function parseRemovePercent(text: string): RemovePercentResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, message: 'Enter the share to remove in %, e.g. 50.' }
  if (trimmed.startsWith('-')) return { ok: false, message: 'The share to remove cannot be negative.' }
  if (!PLAIN_DECIMAL.test(trimmed))
    return { ok: false, message: 'Write the share as a plain number of %, e.g. 50 or 12.5.' }
  const [whole = '', fraction = ''] = trimmed.split('.')
  if (fraction.length > 2) return { ok: false, message: 'The share takes at most 2 decimals (0.01 % steps).' }
  // Exact: digits to basis points without floats ("12.5" → 1250).
  const bps = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0') || '0')
  if (bps === 0) return { ok: false, message: 'The share to remove must be above 0 %.' }
  if (bps > FULL_BPS) return { ok: false, message: 'You can remove at most 100 %.' }
  return { ok: true, bps }
}

/**
 * Liquidity (or LP tokens) to remove for a share in basis points, exact: floor(liquidity · bps / 10000);
 * 100 % removes all of it.
 * @example liquidityForBps(1001n, 5_000) // 500n
 */
export function liquidityForBps(liquidity: bigint, bps: number): bigint {
  if (!Number.isInteger(bps) || bps < 1 || bps > FULL_BPS)
    throw new Error('The share to remove must be from 0.01 % to 100 %.')
  return (liquidity * BigInt(bps)) / BigInt(FULL_BPS)
}

/** Basis points as the percent the user typed: 1250 → "12.5". */
export function formatBps(bps: number): string {
  const whole = Math.floor(bps / 100)
  const fraction = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction ? `${whole}.${fraction}` : String(whole)
}
