import { encodeSqrtRatioX96, MAX_SQRT_RATIO, MIN_SQRT_RATIO } from '../../math/index.ts'

export type StartingSqrtPriceResult =
  | { ok: true; sqrtPriceX96: bigint }
  | {
      ok: false
      code: 'EMPTY' | 'NOT_A_NUMBER' | 'ZERO' | 'TOO_PRECISE' | 'IMPLAUSIBLE' | 'OUT_OF_RANGE'
      message: string
    }

/** Which way the typed price is quoted: whole token1 per token0 (the pool's own) or its inverse. */
export type PriceDirection = 'token1PerToken0' | 'token0PerToken1'

const PLAIN_DECIMAL = /^\d+(\.\d*)?$|^\.\d+$/
/** More significant digits than this is a paste accident, not a price. */
const MAX_DIGITS = 40
/** Human prices outside [1e-24, 1e24] are almost surely a unit mistake (a raw-units price, a typo). */
const SANE_EXPONENT = 24n

/**
 * The sqrtPriceX96 a new pool is initialized at, from a typed price in human units, computed exactly:
 * the decimal text is a fraction N / 10^k, scaled by the tokens' decimals (and inverted when the user
 * quotes token0 per token1).
 * @param priceText whole quote tokens per whole base token, plain decimal
 * @param direction default 'token1PerToken0'
 * @example startingSqrtPrice('2000', 18, 6) // { ok: true, sqrtPriceX96: encodeSqrtRatioX96(2000n * 10n ** 6n, 10n ** 18n) }
 */
export function startingSqrtPrice(
  priceText: string,
  decimals0: number,
  decimals1: number,
  direction: PriceDirection = 'token1PerToken0',
): StartingSqrtPriceResult {
  const text = priceText.trim()
  if (text === '') return { ok: false, code: 'EMPTY', message: 'Enter the starting price.' }
  if (!PLAIN_DECIMAL.test(text))
    return {
      ok: false,
      code: 'NOT_A_NUMBER',
      message: 'Write the price as a plain positive decimal number, like 2000.5.',
    }
  const [whole = '', fraction = ''] = text.split('.')
  const digits = `${whole}${fraction}`.replace(/^0+/, '')
  const numerator = BigInt(digits || '0')
  if (numerator === 0n) return { ok: false, code: 'ZERO', message: 'The starting price must be above 0.' }
  if (digits.length > MAX_DIGITS)
    return { ok: false, code: 'TOO_PRECISE', message: `Use at most ${MAX_DIGITS} significant digits.` }
  const denominator = 10n ** BigInt(fraction.length)
  // numerator / denominator must lie within [10^-SANE, 10^SANE].
  const bound = 10n ** SANE_EXPONENT
  if (numerator > bound * denominator || numerator * bound < denominator)
    return {
      ok: false,
      code: 'IMPLAUSIBLE',
      message:
        'This price is implausibly far from 1 (beyond 10^±24): check the unit and the quote direction.',
    }
  // token1 per token0 in raw units: price·10^d1 / 10^d0; the inverse quote swaps the fraction.
  const [priceNum, priceDen] =
    direction === 'token1PerToken0' ? [numerator, denominator] : [denominator, numerator]
  const amount1 = priceNum * 10n ** BigInt(decimals1)
  const amount0 = priceDen * 10n ** BigInt(decimals0)
  const sqrtPriceX96 = encodeSqrtRatioX96(amount1, amount0)
  if (sqrtPriceX96 < MIN_SQRT_RATIO || sqrtPriceX96 >= MAX_SQRT_RATIO)
    return {
      ok: false,
      code: 'OUT_OF_RANGE',
      message: 'This price is outside what a Uniswap V3 pool can represent.',
    }
  return { ok: true, sqrtPriceX96 }
}
