import { encodeSqrtRatioX96, MAX_SQRT_RATIO, MIN_SQRT_RATIO } from '../../../math/index.ts'

export type StartingSqrtPriceResult =
  | { ok: true; sqrtPriceX96: bigint }
  | { ok: false; code: 'EMPTY' | 'NOT_A_NUMBER' | 'ZERO' | 'OUT_OF_RANGE'; message: string }

const PLAIN_DECIMAL = /^\d+(\.\d*)?$|^\.\d+$/

/**
 * The sqrtPriceX96 a new pool is initialized at, from a typed price (whole token1 per whole token0),
 * computed exactly: the decimal text is a fraction N / 10^k, scaled by the tokens' decimals.
 * @example startingSqrtPrice('2000', 18, 6) // { ok: true, sqrtPriceX96: encodeSqrtRatioX96(2000n * 10n ** 6n, 10n ** 18n) }
 */
export function startingSqrtPrice(
  priceText: string,
  decimals0: number,
  decimals1: number,
): StartingSqrtPriceResult {
  const text = priceText.trim()
  if (text === '') return { ok: false, code: 'EMPTY', message: 'Enter the starting price.' }
  if (!PLAIN_DECIMAL.test(text))
    return {
      ok: false,
      code: 'NOT_A_NUMBER',
      message: 'Write the price as a plain decimal number, like 2000.5.',
    }
  const [whole = '', fraction = ''] = text.split('.')
  const numerator = BigInt(`${whole}${fraction}` || '0')
  if (numerator === 0n) return { ok: false, code: 'ZERO', message: 'The starting price must be above 0.' }
  // price·10^d1 / 10^d0 raw units of token1 per raw unit of token0.
  const amount1 = numerator * 10n ** BigInt(decimals1)
  const amount0 = 10n ** BigInt(fraction.length + decimals0)
  const sqrtPriceX96 = encodeSqrtRatioX96(amount1, amount0)
  if (sqrtPriceX96 < MIN_SQRT_RATIO || sqrtPriceX96 >= MAX_SQRT_RATIO)
    return {
      ok: false,
      code: 'OUT_OF_RANGE',
      message: 'This price is outside what a Uniswap V3 pool can represent.',
    }
  return { ok: true, sqrtPriceX96 }
}
