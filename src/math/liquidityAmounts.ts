import { MathError } from './errors.ts'
import { minBigint } from './sqrt.ts'
import { amount0DeltaUnchecked, amount1DeltaUnchecked } from './sqrtPriceMath.ts'
import { assertLiquidity, assertSqrtPrice, assertUint256 } from './validate.ts'

const TWO_POW_128 = 1n << 128n
const Q96 = 1n << 96n

function sortedRange(sqrtRatioAX96: bigint, sqrtRatioBX96: bigint): [bigint, bigint] {
  assertSqrtPrice(sqrtRatioAX96, 'sqrtRatioAX96')
  assertSqrtPrice(sqrtRatioBX96, 'sqrtRatioBX96')
  if (sqrtRatioAX96 === sqrtRatioBX96) throw new MathError('TICK_ORDER', 'the range bounds must differ')
  return sqrtRatioAX96 < sqrtRatioBX96 ? [sqrtRatioAX96, sqrtRatioBX96] : [sqrtRatioBX96, sqrtRatioAX96]
}

function toUint128(liquidity: bigint): bigint {
  if (liquidity >= TWO_POW_128) throw new MathError('OVERFLOW', 'liquidity does not fit in uint128')
  return liquidity
}

// L0 floors the intermediate a·b to Q96 on purpose: NonfungiblePositionManager.mint does the same
// (the v3-sdk calls this useFullPrecision = false), and we must predict what the contract mints.
function liquidityForAmount0(lower: bigint, upper: bigint, amount0: bigint): bigint {
  return (amount0 * ((lower * upper) >> 96n)) / (upper - lower)
}

function liquidityForAmount1(lower: bigint, upper: bigint, amount1: bigint): bigint {
  return (amount1 * Q96) / (upper - lower)
}

/**
 * LiquidityAmounts.getLiquidityForAmount0 (periphery rounding: floors).
 * @returns uint128 liquidity for amount0 wei of token0 across the range
 */
export function getLiquidityForAmount0(
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  amount0: bigint,
): bigint {
  const [lower, upper] = sortedRange(sqrtRatioAX96, sqrtRatioBX96)
  assertUint256(amount0, 'amount0')
  return toUint128(liquidityForAmount0(lower, upper, amount0))
}

/**
 * LiquidityAmounts.getLiquidityForAmount1 (floors).
 * @returns uint128 liquidity for amount1 wei of token1 across the range
 */
export function getLiquidityForAmount1(
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  amount1: bigint,
): bigint {
  const [lower, upper] = sortedRange(sqrtRatioAX96, sqrtRatioBX96)
  assertUint256(amount1, 'amount1')
  return toUint128(liquidityForAmount1(lower, upper, amount1))
}

/**
 * LiquidityAmounts.getLiquidityForAmounts: the most liquidity amount0/amount1 can buy at the current
 * price, rounded exactly as NonfungiblePositionManager.mint rounds it.
 * @param sqrtRatioX96 current pool sqrt price, Q64.96
 * @param sqrtRatioAX96 one range bound (getSqrtRatioAtTick(tickLower)), Q64.96
 * @param sqrtRatioBX96 the other range bound, Q64.96 (bounds may come in either order, must differ)
 * @param amount0 token0 wei available
 * @param amount1 token1 wei available
 * @returns uint128 liquidity
 * @example getLiquidityForAmounts(2n ** 96n, encodedLower, encodedUpper, 100n, 200n) // 2148n
 */
export function getLiquidityForAmounts(
  sqrtRatioX96: bigint,
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  amount0: bigint,
  amount1: bigint,
): bigint {
  assertSqrtPrice(sqrtRatioX96, 'sqrtRatioX96')
  const [lower, upper] = sortedRange(sqrtRatioAX96, sqrtRatioBX96)
  assertUint256(amount0, 'amount0')
  assertUint256(amount1, 'amount1')
  if (sqrtRatioX96 <= lower) return toUint128(liquidityForAmount0(lower, upper, amount0))
  if (sqrtRatioX96 < upper) {
    const liquidity0 = toUint128(liquidityForAmount0(sqrtRatioX96, upper, amount0))
    const liquidity1 = toUint128(liquidityForAmount1(lower, sqrtRatioX96, amount1))
    return minBigint(liquidity0, liquidity1)
  }
  return toUint128(liquidityForAmount1(lower, upper, amount1))
}

/** Token amounts of a position, in wei. */
export type PositionAmounts = { amount0: bigint; amount1: bigint }

/**
 * LiquidityAmounts.getAmountsForLiquidity: the tokens a position holds at a price (rounded down,
 * equal to what burning it returns).
 * @param sqrtRatioX96 current pool sqrt price, Q64.96
 * @param sqrtRatioAX96 one range bound, Q64.96
 * @param sqrtRatioBX96 the other range bound, Q64.96
 * @param liquidity uint128
 * @returns { amount0, amount1 } in wei
 * @example getAmountsForLiquidity(2n ** 96n, encodedLower, encodedUpper, 2148n) // { amount0: 99n, amount1: 99n }
 */
export function getAmountsForLiquidity(
  sqrtRatioX96: bigint,
  sqrtRatioAX96: bigint,
  sqrtRatioBX96: bigint,
  liquidity: bigint,
): PositionAmounts {
  assertSqrtPrice(sqrtRatioX96, 'sqrtRatioX96')
  assertSqrtPrice(sqrtRatioAX96, 'sqrtRatioAX96')
  assertSqrtPrice(sqrtRatioBX96, 'sqrtRatioBX96')
  assertLiquidity(liquidity)
  // Hot path (charts, portfolio tables): sorted with locals instead of sortedRange's tuple.
  let lower = sqrtRatioAX96
  let upper = sqrtRatioBX96
  if (lower > upper) {
    lower = sqrtRatioBX96
    upper = sqrtRatioAX96
  } else if (lower === upper) throw new MathError('TICK_ORDER', 'the range bounds must differ')
  if (sqrtRatioX96 <= lower)
    return { amount0: amount0DeltaUnchecked(lower, upper, liquidity, false), amount1: 0n }
  if (sqrtRatioX96 < upper)
    return {
      amount0: amount0DeltaUnchecked(sqrtRatioX96, upper, liquidity, false),
      amount1: amount1DeltaUnchecked(lower, sqrtRatioX96, liquidity, false),
    }
  return { amount0: 0n, amount1: amount1DeltaUnchecked(lower, upper, liquidity, false) }
}
