import { SECONDS_PER_YEAR } from './constants.ts'
import { MathError } from './errors.ts'
import { getTokensOwed } from './feeGrowth.ts'
import { assertNonNegativeNumber, assertPositiveNumber } from './validate.ts'

/** Inputs of feeAprFromFeeGrowth: two getFeeGrowthInside readings of one range and what to value them at. */
export type FeeAprFromFeeGrowthParameters = {
  liquidity: bigint
  feeGrowthInside0StartX128: bigint
  feeGrowthInside1StartX128: bigint
  feeGrowthInside0EndX128: bigint
  feeGrowthInside1EndX128: bigint
  /** Seconds between the two readings. */
  elapsedSeconds: number
  decimals0: number
  decimals1: number
  price0Usd: number
  price1Usd: number
  /** USD value of the position earning the fees. */
  positionValueUsd: number
}

/**
 * Exact fee APR from fee-growth deltas: fees_i = L·((inside1 − inside0) mod 2^256)/2^128.
 * Exact for a real position; for a hypothetical range with uninitialized ticks only if the price
 * stayed inside the range the whole window.
 * @returns { fees0Wei, fees1Wei, feesUsd, apr } (apr as a fraction per year)
 */
export function feeAprFromFeeGrowth(parameters: FeeAprFromFeeGrowthParameters): {
  fees0Wei: bigint
  fees1Wei: bigint
  feesUsd: number
  apr: number
} {
  const p = parameters
  assertPositiveNumber(p.elapsedSeconds, 'elapsedSeconds', 'HORIZON')
  assertPositiveNumber(p.positionValueUsd, 'positionValueUsd', 'INPUT')
  assertNonNegativeNumber(p.price0Usd, 'price0Usd', 'PRICE')
  assertNonNegativeNumber(p.price1Usd, 'price1Usd', 'PRICE')
  const fees0Wei = getTokensOwed(p.feeGrowthInside0StartX128, p.feeGrowthInside0EndX128, p.liquidity)
  const fees1Wei = getTokensOwed(p.feeGrowthInside1StartX128, p.feeGrowthInside1EndX128, p.liquidity)
  const feesUsd =
    (Number(fees0Wei) / 10 ** p.decimals0) * p.price0Usd +
    (Number(fees1Wei) / 10 ** p.decimals1) * p.price1Usd
  const apr = (feesUsd / p.positionValueUsd) * (SECONDS_PER_YEAR / p.elapsedSeconds)
  return { fees0Wei, fees1Wei, feesUsd, apr }
}

/** Inputs of poolFeeApr. */
export type PoolFeeAprParameters = {
  /** Fees the pool charged over the window, USD. */
  feesUsd: number
  /** What the pool holds, USD. */
  tvlUsd: number
  /** Length of the window the fees were charged in, seconds. */
  windowSeconds: number
}

/**
 * Pool-level fee APR, simple (not compounded): feesUsd / tvlUsd × (seconds per year / window).
 * The rate a dollar of the pool's TVL earned if fees kept coming at the window's pace.
 * @returns fraction per year
 * @example poolFeeApr({ feesUsd: 100, tvlUsd: 365_000, windowSeconds: 86_400 }) // 0.1
 */
export function poolFeeApr(parameters: PoolFeeAprParameters): number {
  const { feesUsd, tvlUsd, windowSeconds } = parameters
  assertNonNegativeNumber(feesUsd, 'feesUsd', 'AMOUNT')
  assertPositiveNumber(tvlUsd, 'tvlUsd', 'INPUT')
  assertPositiveNumber(windowSeconds, 'windowSeconds', 'HORIZON')
  return (feesUsd / tvlUsd) * (SECONDS_PER_YEAR / windowSeconds)
}

/** Inputs of feeAprFromVolume. */
export type FeeAprFromVolumeParameters = {
  /** Pool volume in USD per day. */
  volumeUsdPerDay: number
  /** Pool fee in pips (3000 = 0.3%). */
  feePips: number
  /** Share of the fee taken by the protocol (0 when off; V3 feeProtocol 4 → 0.25). */
  protocolFeeShare?: number
  /** Your liquidity. */
  liquidity: bigint
  /** Active (in-range) pool liquidity, excluding yours. */
  activeLiquidity: bigint
  /** USD value of your position. */
  positionValueUsd: number
  /** Fraction of the time the position is expected in range; default 1. */
  inRangeFraction?: number
}

/**
 * Fee APR estimate from volume: volume·fee·(1 − protocol)·L/(L_active + L)·365/value, scaled by time in range.
 * @returns fraction per year
 */
export function feeAprFromVolume(parameters: FeeAprFromVolumeParameters): number {
  const { volumeUsdPerDay, feePips, liquidity, activeLiquidity, positionValueUsd } = parameters
  const protocolFeeShare = parameters.protocolFeeShare ?? 0
  const inRangeFraction = parameters.inRangeFraction ?? 1
  assertNonNegativeNumber(volumeUsdPerDay, 'volumeUsdPerDay', 'AMOUNT')
  assertPositiveNumber(positionValueUsd, 'positionValueUsd', 'INPUT')
  if (!Number.isInteger(feePips) || feePips < 0 || feePips >= 1_000_000)
    throw new MathError('FEE', 'bad feePips')
  if (!(protocolFeeShare >= 0 && protocolFeeShare <= 1))
    throw new MathError('FEE', 'protocolFeeShare in [0, 1]')
  if (!(inRangeFraction >= 0 && inRangeFraction <= 1))
    throw new MathError('INPUT', 'inRangeFraction in [0, 1]')
  if (liquidity < 0n || activeLiquidity < 0n) throw new MathError('LIQUIDITY', 'liquidity must be >= 0')
  if (liquidity === 0n) return 0
  const share = Number((liquidity * 10n ** 18n) / (activeLiquidity + liquidity)) / 1e18
  const feesUsdPerDay = volumeUsdPerDay * (feePips / 1e6) * (1 - protocolFeeShare) * share
  return ((feesUsdPerDay * 365) / positionValueUsd) * inRangeFraction
}

/** A V2 pair snapshot for fee-yield measurement. totalSupply should include the pending protocol-fee mint. */
export type V2PairSnapshot = { reserve0: bigint; reserve1: bigint; totalSupply: bigint }

/**
 * V2 LP-token fee yield between two snapshots: (√(r0·r1)/S)_end / (√(r0·r1)/S)_start − 1.
 * Price moves cancel out; only fees (and donations) grow √k per LP token.
 * @returns fraction over the window
 */
export function v2FeeYield(start: V2PairSnapshot, end: V2PairSnapshot): number {
  for (const snapshot of [start, end])
    if (snapshot.reserve0 <= 0n || snapshot.reserve1 <= 0n || snapshot.totalSupply <= 0n)
      throw new MathError('RESERVES', 'reserves and totalSupply must be > 0')
  const rootKPerShare = (s: V2PairSnapshot): number =>
    Math.sqrt(Number(s.reserve0) * Number(s.reserve1)) / Number(s.totalSupply)
  return rootKPerShare(end) / rootKPerShare(start) - 1
}
