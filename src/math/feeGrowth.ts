import { MathError } from './errors.ts'
import { assertLiquidity, assertTick, assertUint256 } from './validate.ts'

/** Inputs of Tick.getFeeGrowthInside; all fee growth values are X128 uint256 as read from the pool. */
export type FeeGrowthInsideParameters = {
  tickLower: number
  tickUpper: number
  /** slot0.tick — not a tick derived from the sqrt price (they differ on a downward boundary landing). */
  tickCurrent: number
  feeGrowthGlobal0X128: bigint
  feeGrowthGlobal1X128: bigint
  lowerFeeGrowthOutside0X128: bigint
  lowerFeeGrowthOutside1X128: bigint
  upperFeeGrowthOutside0X128: bigint
  upperFeeGrowthOutside1X128: bigint
}

export type FeeGrowthInside = { feeGrowthInside0X128: bigint; feeGrowthInside1X128: bigint }

const wrap256 = (value: bigint): bigint => BigInt.asUintN(256, value)

function inside(
  tickLower: number,
  tickUpper: number,
  tickCurrent: number,
  global: bigint,
  lowerOutside: bigint,
  upperOutside: bigint,
): bigint {
  const below = tickCurrent >= tickLower ? lowerOutside : wrap256(global - lowerOutside)
  const above = tickCurrent < tickUpper ? upperOutside : wrap256(global - upperOutside)
  return wrap256(global - below - above)
}

/**
 * Tick.getFeeGrowthInside: fee growth per unit of liquidity inside [tickLower, tickUpper), X128.
 * Subtractions wrap mod 2^256 exactly as the (unchecked, Solidity 0.7) contract does; only
 * differences of these values are meaningful.
 * @returns { feeGrowthInside0X128, feeGrowthInside1X128 }
 */
export function getFeeGrowthInside(parameters: FeeGrowthInsideParameters): FeeGrowthInside {
  const { tickLower, tickUpper, tickCurrent } = parameters
  assertTick(tickLower, 'tickLower')
  assertTick(tickUpper, 'tickUpper')
  assertTick(tickCurrent, 'tickCurrent')
  if (tickLower >= tickUpper) throw new MathError('TICK_ORDER', 'tickLower must be < tickUpper')
  for (const key of [
    'feeGrowthGlobal0X128',
    'feeGrowthGlobal1X128',
    'lowerFeeGrowthOutside0X128',
    'lowerFeeGrowthOutside1X128',
    'upperFeeGrowthOutside0X128',
    'upperFeeGrowthOutside1X128',
  ] as const)
    assertUint256(parameters[key], key, 'INPUT')
  return {
    feeGrowthInside0X128: inside(
      tickLower,
      tickUpper,
      tickCurrent,
      parameters.feeGrowthGlobal0X128,
      parameters.lowerFeeGrowthOutside0X128,
      parameters.upperFeeGrowthOutside0X128,
    ),
    feeGrowthInside1X128: inside(
      tickLower,
      tickUpper,
      tickCurrent,
      parameters.feeGrowthGlobal1X128,
      parameters.lowerFeeGrowthOutside1X128,
      parameters.upperFeeGrowthOutside1X128,
    ),
  }
}

/**
 * Position.update's fee credit: uint128(mulDiv((inside − insideLast) mod 2^256, liquidity, 2^128)).
 * The uint128 cast truncates silently, as in the contract.
 * @param feeGrowthInsideLastX128 snapshot stored in the position (or NPM), X128
 * @param feeGrowthInsideX128 current getFeeGrowthInside value, X128
 * @param liquidity position liquidity, uint128
 * @returns token wei owed since the snapshot
 * @example getTokensOwed(0n, 2n ** 128n, 1n) // 1n
 */
export function getTokensOwed(
  feeGrowthInsideLastX128: bigint,
  feeGrowthInsideX128: bigint,
  liquidity: bigint,
): bigint {
  assertUint256(feeGrowthInsideLastX128, 'feeGrowthInsideLastX128', 'INPUT')
  assertUint256(feeGrowthInsideX128, 'feeGrowthInsideX128', 'INPUT')
  assertLiquidity(liquidity)
  // The product stays < 2^384 and the quotient < 2^256, so mulDiv cannot revert here.
  return BigInt.asUintN(128, (wrap256(feeGrowthInsideX128 - feeGrowthInsideLastX128) * liquidity) >> 128n)
}
