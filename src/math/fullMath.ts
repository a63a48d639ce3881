import { TWO_POW_256 } from './constants.ts'
import { MathError } from './errors.ts'
import { assertUint256 } from './validate.ts'

/**
 * FullMath.mulDiv: floor(a × b / denominator) with a full-width product, as the V3 contracts compute it.
 * @param a uint256 factor
 * @param b uint256 factor
 * @param denominator uint256 divisor, non-zero
 * @returns floor(a·b/denominator); throws OVERFLOW where the contract reverts (result >= 2^256)
 * @example mulDiv(7n, 3n, 2n) // 10n
 */
export function mulDiv(a: bigint, b: bigint, denominator: bigint): bigint {
  assertUint256(a, 'a')
  assertUint256(b, 'b')
  assertUint256(denominator, 'denominator')
  if (denominator === 0n) throw new MathError('DIVISION_BY_ZERO', 'mulDiv denominator is 0')
  const result = (a * b) / denominator
  if (result >= TWO_POW_256) throw new MathError('OVERFLOW', 'mulDiv result does not fit in uint256')
  return result
}

/**
 * FullMath.mulDivRoundingUp: ceil(a × b / denominator).
 * @param a uint256 factor
 * @param b uint256 factor
 * @param denominator uint256 divisor, non-zero
 * @returns ceil(a·b/denominator); throws OVERFLOW where the contract reverts
 * @example mulDivRoundingUp(7n, 3n, 2n) // 11n
 */
export function mulDivRoundingUp(a: bigint, b: bigint, denominator: bigint): bigint {
  assertUint256(a, 'a')
  assertUint256(b, 'b')
  assertUint256(denominator, 'denominator')
  if (denominator === 0n) throw new MathError('DIVISION_BY_ZERO', 'mulDivRoundingUp denominator is 0')
  const product = a * b
  let result = product / denominator
  if (product % denominator !== 0n) result += 1n
  if (result >= TWO_POW_256)
    throw new MathError('OVERFLOW', 'mulDivRoundingUp result does not fit in uint256')
  return result
}

/**
 * UnsafeMath.divRoundingUp: ceil(x / y) for uint256 x and y > 0.
 * @example divRoundingUp(7n, 2n) // 4n
 */
export function divRoundingUp(x: bigint, y: bigint): bigint {
  if (y === 0n) throw new MathError('DIVISION_BY_ZERO', 'divRoundingUp divisor is 0')
  const quotient = x / y
  return x % y === 0n ? quotient : quotient + 1n
}
