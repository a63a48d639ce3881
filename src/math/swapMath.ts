import { MAX_INT256, MIN_INT256 } from './constants.ts'
import { MathError } from './errors.ts'
import { mulDivRoundingUp } from './fullMath.ts'
import {
  amount0DeltaUnchecked,
  amount1DeltaUnchecked,
  getNextSqrtPriceFromInput,
  getNextSqrtPriceFromOutput,
} from './sqrtPriceMath.ts'
import { assertLiquidity, assertSqrtPrice } from './validate.ts'

/** Result of one V3 swap step (SwapMath.computeSwapStep). All amounts in wei. */
export type SwapStepResult = {
  /** Price after the step, Q64.96. */
  sqrtRatioNextX96: bigint
  /** Input taken by the step, excluding the fee. */
  amountIn: bigint
  /** Output paid by the step. */
  amountOut: bigint
  /** Fee taken on the input. */
  feeAmount: bigint
}

const MILLION = 1_000_000n

/**
 * SwapMath.computeSwapStep: swap within one tick range, toward a target price.
 * @param sqrtRatioCurrentX96 current sqrt price, Q64.96
 * @param sqrtRatioTargetX96 price the step must not pass (next initialized tick or the limit), Q64.96
 * @param liquidity active liquidity, uint128
 * @param amountRemaining int256: >= 0 exact input remaining, < 0 exact output remaining
 * @param feePips fee in hundredths of a bip (3000 = 0.3%), 0 <= feePips < 1e6
 * @returns next price, amountIn, amountOut, feeAmount — exactly what the pool uses
 */
export function computeSwapStep(
  sqrtRatioCurrentX96: bigint,
  sqrtRatioTargetX96: bigint,
  liquidity: bigint,
  amountRemaining: bigint,
  feePips: number,
): SwapStepResult {
  assertSqrtPrice(sqrtRatioCurrentX96, 'sqrtRatioCurrentX96')
  assertSqrtPrice(sqrtRatioTargetX96, 'sqrtRatioTargetX96')
  assertLiquidity(liquidity)
  if (typeof amountRemaining !== 'bigint' || amountRemaining < MIN_INT256 || amountRemaining > MAX_INT256)
    throw new MathError('AMOUNT', 'amountRemaining must be an int256 bigint')
  if (!Number.isInteger(feePips) || feePips < 0 || feePips >= 1_000_000)
    throw new MathError('FEE', `feePips must be an integer in [0, 1e6), got ${feePips}`)
  const fee = BigInt(feePips)
  const zeroForOne = sqrtRatioCurrentX96 >= sqrtRatioTargetX96
  const exactIn = amountRemaining >= 0n
  const [lower, upper] = zeroForOne
    ? [sqrtRatioTargetX96, sqrtRatioCurrentX96]
    : [sqrtRatioCurrentX96, sqrtRatioTargetX96]

  let sqrtRatioNextX96: bigint
  let amountIn = 0n
  let amountOut = 0n
  if (exactIn) {
    const amountRemainingLessFee = (amountRemaining * (MILLION - fee)) / MILLION
    amountIn = zeroForOne
      ? amount0DeltaUnchecked(lower, upper, liquidity, true)
      : amount1DeltaUnchecked(lower, upper, liquidity, true)
    sqrtRatioNextX96 =
      amountRemainingLessFee >= amountIn
        ? sqrtRatioTargetX96
        : getNextSqrtPriceFromInput(sqrtRatioCurrentX96, liquidity, amountRemainingLessFee, zeroForOne)
  } else {
    amountOut = zeroForOne
      ? amount1DeltaUnchecked(lower, upper, liquidity, false)
      : amount0DeltaUnchecked(lower, upper, liquidity, false)
    sqrtRatioNextX96 =
      -amountRemaining >= amountOut
        ? sqrtRatioTargetX96
        : getNextSqrtPriceFromOutput(sqrtRatioCurrentX96, liquidity, -amountRemaining, zeroForOne)
  }

  const reachedTarget = sqrtRatioTargetX96 === sqrtRatioNextX96
  if (zeroForOne) {
    if (!(reachedTarget && exactIn))
      amountIn = amount0DeltaUnchecked(sqrtRatioNextX96, sqrtRatioCurrentX96, liquidity, true)
    if (!(reachedTarget && !exactIn))
      amountOut = amount1DeltaUnchecked(sqrtRatioNextX96, sqrtRatioCurrentX96, liquidity, false)
  } else {
    if (!(reachedTarget && exactIn))
      amountIn = amount1DeltaUnchecked(sqrtRatioCurrentX96, sqrtRatioNextX96, liquidity, true)
    if (!(reachedTarget && !exactIn))
      amountOut = amount0DeltaUnchecked(sqrtRatioCurrentX96, sqrtRatioNextX96, liquidity, false)
  }

  // Exact output: never pay out more than was asked for.
  if (!exactIn && amountOut > -amountRemaining) amountOut = -amountRemaining
  // An exact-input step that stops short of the target keeps the whole remainder as fee.
  const feeAmount =
    exactIn && sqrtRatioNextX96 !== sqrtRatioTargetX96
      ? amountRemaining - amountIn
      : mulDivRoundingUp(amountIn, fee, MILLION - fee)
  return { sqrtRatioNextX96, amountIn, amountOut, feeAmount }
}
