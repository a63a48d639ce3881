import { V2_MINIMUM_LIQUIDITY } from './constants.ts'
import { MathError } from './errors.ts'
import { isqrt, minBigint } from './sqrt.ts'

function assertReserves(reserveIn: bigint, reserveOut: bigint): void {
  if (typeof reserveIn !== 'bigint' || typeof reserveOut !== 'bigint' || reserveIn <= 0n || reserveOut <= 0n)
    throw new MathError('RESERVES', 'reserves must be bigints > 0')
}

function assertPositiveAmount(amount: bigint, name: string): void {
  if (typeof amount !== 'bigint' || amount <= 0n)
    throw new MathError('AMOUNT', `${name} must be a bigint > 0`)
}

function assertNonNegative(value: bigint, name: string, code: 'AMOUNT' | 'LIQUIDITY' | 'RESERVES'): void {
  if (typeof value !== 'bigint' || value < 0n) throw new MathError(code, `${name} must be a bigint >= 0`)
}

/**
 * UniswapV2Library.getAmountOut: output for an exact input after the 0.3% fee.
 * @param amountIn input wei, > 0
 * @param reserveIn reserve of the input token, wei
 * @param reserveOut reserve of the output token, wei
 * @returns output wei: floor(in·997·rOut / (rIn·1000 + in·997))
 * @example getAmountOut(10n ** 18n, 5n * 10n ** 18n, 10n * 10n ** 18n) // 1662497915624478906n
 */
export function getAmountOut(amountIn: bigint, reserveIn: bigint, reserveOut: bigint): bigint {
  assertPositiveAmount(amountIn, 'amountIn')
  assertReserves(reserveIn, reserveOut)
  const amountInWithFee = amountIn * 997n
  return (amountInWithFee * reserveOut) / (reserveIn * 1000n + amountInWithFee)
}

/**
 * UniswapV2Library.getAmountIn: input needed for an exact output.
 * @param amountOut output wei, 0 < amountOut < reserveOut
 * @returns input wei: floor(rIn·out·1000 / ((rOut − out)·997)) + 1
 */
export function getAmountIn(amountOut: bigint, reserveIn: bigint, reserveOut: bigint): bigint {
  assertPositiveAmount(amountOut, 'amountOut')
  assertReserves(reserveIn, reserveOut)
  if (amountOut >= reserveOut) throw new MathError('AMOUNT', 'amountOut must be < reserveOut')
  return (reserveIn * amountOut * 1000n) / ((reserveOut - amountOut) * 997n) + 1n
}

/**
 * UniswapV2Library.quote: the amount of B worth amountA at the current reserves (no fee).
 * @returns floor(amountA·reserveB/reserveA)
 */
export function quote(amountA: bigint, reserveA: bigint, reserveB: bigint): bigint {
  assertPositiveAmount(amountA, 'amountA')
  assertReserves(reserveA, reserveB)
  return (amountA * reserveB) / reserveA
}

/** Pair state for the protocol-fee mint. */
export type ProtocolFeeParameters = {
  reserve0: bigint
  reserve1: bigint
  /** pair.totalSupply() before the pending fee mint. */
  totalSupply: bigint
  /** pair.kLast() (0 when the fee has never been on). */
  kLast: bigint
  /** factory.feeTo() !== address(0). */
  feeOn: boolean
}

/**
 * UniswapV2Pair._mintFee: LP tokens the next mint/burn will mint to feeTo (1/6 of fee growth).
 * @returns pending protocol-fee liquidity, wei of LP token
 */
export function getProtocolFeeLiquidity(parameters: ProtocolFeeParameters): bigint {
  const { reserve0, reserve1, totalSupply, kLast, feeOn } = parameters
  assertNonNegative(reserve0, 'reserve0', 'RESERVES')
  assertNonNegative(reserve1, 'reserve1', 'RESERVES')
  assertNonNegative(totalSupply, 'totalSupply', 'LIQUIDITY')
  assertNonNegative(kLast, 'kLast', 'RESERVES')
  if (!feeOn || kLast === 0n) return 0n
  const rootK = isqrt(reserve0 * reserve1)
  const rootKLast = isqrt(kLast)
  if (rootK <= rootKLast) return 0n
  return (totalSupply * (rootK - rootKLast)) / (5n * rootK + rootKLast)
}

/** Inputs of getLiquidityMinted. */
export type LiquidityMintedParameters = ProtocolFeeParameters & {
  /** Token0 wei added (balance − reserve at mint time). */
  amount0: bigint
  /** Token1 wei added. */
  amount1: bigint
}

/**
 * UniswapV2Pair.mint: LP tokens minted for a deposit, including the pending protocol-fee mint.
 * First deposit: floor(sqrt(a0·a1)) − 1000; later: min(a0·S/r0, a1·S/r1) with S after _mintFee.
 * @returns liquidity wei minted to the depositor; throws LIQUIDITY if it would be 0 (the pair reverts)
 */
export function getLiquidityMinted(parameters: LiquidityMintedParameters): bigint {
  const { reserve0, reserve1, totalSupply, amount0, amount1 } = parameters
  assertNonNegative(amount0, 'amount0', 'AMOUNT')
  assertNonNegative(amount1, 'amount1', 'AMOUNT')
  const supply = totalSupply + getProtocolFeeLiquidity(parameters)
  let liquidity: bigint
  if (supply === 0n) {
    liquidity = isqrt(amount0 * amount1) - V2_MINIMUM_LIQUIDITY
  } else {
    if (reserve0 === 0n || reserve1 === 0n)
      throw new MathError('RESERVES', 'reserves must be > 0 once supply exists')
    const liquidity0 = (amount0 * supply) / reserve0
    const liquidity1 = (amount1 * supply) / reserve1
    liquidity = minBigint(liquidity0, liquidity1)
  }
  if (liquidity <= 0n)
    throw new MathError('LIQUIDITY', 'deposit mints no liquidity (INSUFFICIENT_LIQUIDITY_MINTED)')
  return liquidity
}

/** Inputs of getLiquidityValue. */
export type LiquidityValueParameters = ProtocolFeeParameters & {
  /** LP tokens being valued (or burned), wei. */
  liquidity: bigint
  /** Pair token balances; default to the reserves (they differ only by unsynced donations). */
  balance0?: bigint
  balance1?: bigint
}

/**
 * UniswapV2Pair.burn / periphery computeLiquidityValue: the tokens `liquidity` LP tokens redeem for,
 * after adding the pending protocol-fee mint to the supply.
 * @returns { amount0, amount1 } in wei
 */
export function getLiquidityValue(parameters: LiquidityValueParameters): {
  amount0: bigint
  amount1: bigint
} {
  const { liquidity, totalSupply } = parameters
  assertNonNegative(liquidity, 'liquidity', 'LIQUIDITY')
  const balance0 = parameters.balance0 ?? parameters.reserve0
  const balance1 = parameters.balance1 ?? parameters.reserve1
  assertNonNegative(balance0, 'balance0', 'RESERVES')
  assertNonNegative(balance1, 'balance1', 'RESERVES')
  const supply = totalSupply + getProtocolFeeLiquidity(parameters)
  if (liquidity > totalSupply) throw new MathError('LIQUIDITY', 'liquidity exceeds totalSupply')
  if (supply === 0n) throw new MathError('LIQUIDITY', 'totalSupply is 0')
  return { amount0: (liquidity * balance0) / supply, amount1: (liquidity * balance1) / supply }
}
