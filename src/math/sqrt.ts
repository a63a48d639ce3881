import { MathError } from './errors.ts'

/**
 * Integer square root: floor(sqrt(value)), equal to the Babylonian Math.sqrt in UniswapV2.
 * @param value bigint >= 0
 * @example isqrt(10n) // 3n
 */
export function isqrt(value: bigint): bigint {
  if (value < 0n) throw new MathError('INPUT', 'isqrt of a negative number')
  if (value < 2n) return value
  // A float seed makes Newton converge in a few steps; start above the root so it descends.
  let x = BigInt(Math.ceil(Math.sqrt(Number(value)))) + 1n
  if (x * x <= value) x = value
  for (;;) {
    const next = (x + value / x) >> 1n
    if (next >= x) return x
    x = next
  }
}

/** Smaller of two bigints (Math.min does not accept bigint). */
export function minBigint(a: bigint, b: bigint): bigint {
  if (a < b) return a
  return b
}

/** Larger of two bigints. */
export function maxBigint(a: bigint, b: bigint): bigint {
  if (a > b) return a
  return b
}
