/** Inputs of projectFeeApr. */
export type ProjectFeeAprParameters = {
  /** Pool volume per day in USD. */
  volumeUsdPerDay: number
  feePips: number
  protocolFeeShare: number
  /** Your raw liquidity (float). */
  positionLiquidity: number
  /** Active pool liquidity at the current price, excluding yours. */
  activeLiquidity: bigint
  depositUsd: number
}

/**
 * Fee APR of a planned position while its range holds the price: pool fees per day × your share of
 * the ACTIVE liquidity including your own L (L/(L_active + L)) × 365 / your deposit.
 * Assumes the liquidity near the price stays as it is now.
 * @returns { feeApr (fraction per year while in range), share (0..1) }
 * @example projectFeeApr({ volumeUsdPerDay: 1e6, feePips: 3000, protocolFeeShare: 0, positionLiquidity: 1e18, activeLiquidity: 10n ** 18n, depositUsd: 1e6 }) // { feeApr: 0.5475, share: 0.5 }
 */
export function projectFeeApr(parameters: ProjectFeeAprParameters): { feeApr: number; share: number } {
  const { volumeUsdPerDay, feePips, protocolFeeShare, positionLiquidity, activeLiquidity, depositUsd } =
    parameters
  const total = Number(activeLiquidity) + positionLiquidity
  const share = total > 0 ? positionLiquidity / total : 0
  const feesUsdPerDay = volumeUsdPerDay * (feePips / 1_000_000) * (1 - protocolFeeShare) * share
  return { feeApr: (feesUsdPerDay * 365) / depositUsd, share }
}
