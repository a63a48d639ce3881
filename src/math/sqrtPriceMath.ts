import { TWO_POW_256 } from './constants.ts'
import { MathError } from './errors.ts'
import { assertLiquidity, assertSqrtPrice, assertUint256 } from './validate.ts'

const TWO_POW_160 = 1n << 160n

// Unchecked cores: callers validated the inputs. None of these can exceed 2^256 for uint160
// prices and uint128 liquidity, so the contract's mulDiv overflow reverts cannot trigger here.

/** amount0 between two sorted sqrt prices; floor(floor(x/b)/a) === floor(x/(a·b)) saves a division. */
export function amount0DeltaUnchecked(
  lowerX96: bigint,
  upperX96: bigint,
  liquidity: bigint,
  roundUp: boolean,
): bigint {
  // Multiplying before the shift keeps the multiplication narrow (measurably faster, same value).
  const numerator = (liquidity * (upperX96 - lowerX96)) << 96n
  if (!roundUp) return numerator / (upperX96 * lowerX96)
  // divRoundingUp(mulDivRoundingUp(L<<96, b-a, b), a)
  let inner = numerator / upperX96
  if (numerator % upperX96 !== 0n) inner += 1n
  const outer = inner / lowerX96
  return inner % lowerX96 === 0n ? outer : outer + 1n
}

/** amount1 between two sorted sqrt prices: L·(b−a)/2^96. */
export function amount1DeltaUnchecked(
  lowerX96: bigint,
  upperX96: bigint,
  liquidity: bigint,
  roundUp: boolean,
): bigint {
  const product = liquidity * (upperX96 - lowerX96)
  const result = product >> 96n
  return roundUp && (product & 0xffffffffffffffffffffffffn) !== 0n ? result + 1n : result
}

/**
 * SqrtPriceMath.getAmount0Delta: token0 needed to move between two prices at a liquidity.
 * The prices may come in either order (the contract sorts them).
 * @param sqrtRatioAX96 one sqrt price, Q64.96
 * @param sqrtRatioBX96 the other sqrt price, Q64.96
 * @param liquidity uint128
 * @param roundUp true for amounts owed to the pool (mint, swap input), false for amounts paid out
 * @returns token0 amount in wei: L·2^96·(b−a)/(a·b)
 * @example getAmount0Delta(2n ** 96n, 87150978765690771352898345369n, 10n ** 18n, true) // 90909090909090910n
 */
export function getAmount0Delta(
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  liquidity: bigint,
  roundUp: boolean,
): bigint {
  assertSqrtPrice(sqrtRatioAX96, 'sqrtRatioAX96')
  assertSqrtPrice(sqrtRatioBX96, 'sqrtRatioBX96')
  assertLiquidity(liquidity)
  return sqrtRatioAX96 <= sqrtRatioBX96
    ? amount0DeltaUnchecked(sqrtRatioAX96, sqrtRatioBX96, liquidity, roundUp)
    : amount0DeltaUnchecked(sqrtRatioBX96, sqrtRatioAX96, liquidity, roundUp)
}

/**
 * SqrtPriceMath.getAmount1Delta: token1 needed to move between two prices at a liquidity.
 * @param sqrtRatioAX96 one sqrt price, Q64.96
 * @param sqrtRatioBX96 the other sqrt price, Q64.96
 * @param liquidity uint128
 * @param roundUp true for amounts owed to the pool, false for amounts paid out
 * @returns token1 amount in wei: L·(b−a)/2^96
 * @example getAmount1Delta(2n ** 96n, 87150978765690771352898345369n, 10n ** 18n, false) // 99999999999999999n
 */
export function getAmount1Delta(
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  liquidity: bigint,
  roundUp: boolean,
): bigint {
  assertSqrtPrice(sqrtRatioAX96, 'sqrtRatioAX96')
  assertSqrtPrice(sqrtRatioBX96, 'sqrtRatioBX96')
  assertLiquidity(liquidity)
  return sqrtRatioAX96 <= sqrtRatioBX96
    ? amount1DeltaUnchecked(sqrtRatioAX96, sqrtRatioBX96, liquidity, roundUp)
    : amount1DeltaUnchecked(sqrtRatioBX96, sqrtRatioAX96, liquidity, roundUp)
}

/**
 * Signed variant used by Pool.modifyPosition: liquidityDelta > 0 (mint) rounds up and returns a positive
 * amount owed; < 0 (burn) rounds down and returns a negative amount paid out.
 * @param liquidityDelta int128 liquidity change
 * @returns int256 token0 amount in wei
 */
export function getAmount0DeltaSigned(
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  liquidityDelta: bigint,
): bigint {
  return liquidityDelta < 0n
    ? -getAmount0Delta(sqrtRatioAX96, sqrtRatioBX96, -liquidityDelta, false)
    : getAmount0Delta(sqrtRatioAX96, sqrtRatioBX96, liquidityDelta, true)
}

/**
 * Signed token1 variant; see getAmount0DeltaSigned.
 * @param liquidityDelta int128 liquidity change
 * @returns int256 token1 amount in wei
 */
export function getAmount1DeltaSigned(
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  liquidityDelta: bigint,
): bigint {
  return liquidityDelta < 0n
    ? -getAmount1Delta(sqrtRatioAX96, sqrtRatioBX96, -liquidityDelta, false)
    : getAmount1Delta(sqrtRatioAX96, sqrtRatioBX96, liquidityDelta, true)
}

function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator
  return numerator % denominator === 0n ? quotient : quotient + 1n
}

/** getNextSqrtPriceFromAmount0RoundingUp, including the contract's overflow fallback. */
function nextFromAmount0RoundingUp(
  sqrtPX96: bigint,
  liquidity: bigint,
  amount: bigint,
  add: boolean,
): bigint {
  if (amount === 0n) return sqrtPX96
  const numerator1 = liquidity << 96n
  const product = amount * sqrtPX96
  if (add) {
    if (product < TWO_POW_256) {
      const denominator = numerator1 + product
      // Mirrors `denominator >= numerator1`, the contract's uint256 addition overflow check.
      if (denominator < TWO_POW_256) return ceilDiv(numerator1 * sqrtPX96, denominator)
    }
    const fallbackDenominator = numerator1 / sqrtPX96 + amount
    if (fallbackDenominator >= TWO_POW_256) throw new MathError('OVERFLOW', 'amountIn overflows uint256')
    return ceilDiv(numerator1, fallbackDenominator)
  }
  if (product >= TWO_POW_256 || numerator1 <= product)
    throw new MathError(
      'INSUFFICIENT_LIQUIDITY',
      'amountOut of token0 exceeds what the liquidity can provide',
    )
  const result = ceilDiv(numerator1 * sqrtPX96, numerator1 - product)
  if (result >= TWO_POW_160) throw new MathError('OVERFLOW', 'next sqrt price does not fit in uint160')
  return result
}

/** getNextSqrtPriceFromAmount1RoundingDown. */
function nextFromAmount1RoundingDown(
  sqrtPX96: bigint,
  liquidity: bigint,
  amount: bigint,
  add: boolean,
): bigint {
  const scaled = amount << 96n
  if (add) {
    const quotient = scaled / liquidity
    if (quotient >= TWO_POW_256) throw new MathError('OVERFLOW', 'amountIn of token1 is too large')
    const result = sqrtPX96 + quotient
    if (result >= TWO_POW_160) throw new MathError('OVERFLOW', 'next sqrt price does not fit in uint160')
    return result
  }
  const quotient = ceilDiv(scaled, liquidity)
  if (quotient >= TWO_POW_256) throw new MathError('OVERFLOW', 'amountOut of token1 is too large')
  if (sqrtPX96 <= quotient)
    throw new MathError(
      'INSUFFICIENT_LIQUIDITY',
      'amountOut of token1 exceeds what the liquidity can provide',
    )
  return sqrtPX96 - quotient
}

function assertNextPriceInputs(
  sqrtPX96: bigint,
  liquidity: bigint,
  amount: bigint,
  amountName: string,
): void {
  assertSqrtPrice(sqrtPX96, 'sqrtPX96')
  assertLiquidity(liquidity)
  if (liquidity === 0n) throw new MathError('LIQUIDITY', 'liquidity must be > 0')
  assertUint256(amount, amountName)
}

/**
 * SqrtPriceMath.getNextSqrtPriceFromInput: the price after adding amountIn of the input token.
 * Rounds so the pool never gives away more than it should (token0 in: up; token1 in: down).
 * @param sqrtPX96 current sqrt price, Q64.96
 * @param liquidity active liquidity, uint128 > 0
 * @param amountIn input amount in wei (after fee)
 * @param zeroForOne true if token0 is the input
 * @returns the next sqrt price, Q64.96
 * @example getNextSqrtPriceFromInput(2n ** 96n, 10n ** 18n, 10n ** 17n, false) // 87150978765690771352898345369n
 */
export function getNextSqrtPriceFromInput(
  sqrtPX96: bigint,
  liquidity: bigint,
  amountIn: bigint,
  zeroForOne: boolean,
): bigint {
  assertNextPriceInputs(sqrtPX96, liquidity, amountIn, 'amountIn')
  return zeroForOne
    ? nextFromAmount0RoundingUp(sqrtPX96, liquidity, amountIn, true)
    : nextFromAmount1RoundingDown(sqrtPX96, liquidity, amountIn, true)
}

/**
 * SqrtPriceMath.getNextSqrtPriceFromOutput: the price after removing amountOut of the output token.
 * @param sqrtPX96 current sqrt price, Q64.96
 * @param liquidity active liquidity, uint128 > 0
 * @param amountOut output amount in wei
 * @param zeroForOne true if token0 is the input (so token1 is the output)
 * @returns the next sqrt price, Q64.96; throws INSUFFICIENT_LIQUIDITY where the contract reverts
 */
export function getNextSqrtPriceFromOutput(
  sqrtPX96: bigint,
  liquidity: bigint,
  amountOut: bigint,
  zeroForOne: boolean,
): bigint {
  assertNextPriceInputs(sqrtPX96, liquidity, amountOut, 'amountOut')
  return zeroForOne
    ? nextFromAmount1RoundingDown(sqrtPX96, liquidity, amountOut, false)
    : nextFromAmount0RoundingUp(sqrtPX96, liquidity, amountOut, false)
}
