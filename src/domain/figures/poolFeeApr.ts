import { poolFeeApr as annualizedFeeApr } from '../../math/index.ts'

/** Tooltip text: the basis of the 24 h pool fee APR, as {@link poolFeeApr24h} computes it. */
export const POOL_FEE_APR_24H_BASIS =
  'Simple, not compounded: the fees of the last 24 h of chain time (24 h volume × the fee tier; V2 0.3 %; before any protocol share) over TVL, × 365. What an average dollar of the pool earned; a position’s own range earns more or less.'

/**
 * Fees a pool charged on a volume: the fee is taken on the input, so fees = volume × fee tier
 * (pips / 10^6), before any protocol share.
 * @returns USD, null when the volume is unknown
 * @example poolFeesUsd(1_000_000, 3000) // 3000
 */
export function poolFeesUsd(volumeUsd: number | null, feePips: number): number | null {
  return volumeUsd === null ? null : (volumeUsd * feePips) / 1_000_000
}

/**
 * THE 24 h pool fee APR: the fees of the last 24 h of chain time over TVL, annualised SIMPLY
 * (× 365, no compounding), via src/math/feeApr.ts `poolFeeApr`. A pool-level figure: what a dollar of
 * TVL earned on average, not what one range earns.
 * @param feesUsd24h fees of the last 24 h (see {@link poolFeesUsd}), USD
 * @param tvlUsd the pool's TVL, USD (src/domain/figures/poolTvl.ts)
 * @returns fraction per year; null when fees or TVL are unknown or TVL is 0
 * @example poolFeeApr24h(100, 365_000) // 0.1
 */
export function poolFeeApr24h(feesUsd24h: number | null, tvlUsd: number | null): number | null {
  return poolFeeAprOver(feesUsd24h, tvlUsd, 86_400)
}

/**
 * The same definition over another window (the 7 d fees, or the shorter history a young chain has).
 * @returns fraction per year; null when fees or TVL are unknown, TVL is 0 or the window is empty
 */
export function poolFeeAprOver(
  feesUsd: number | null,
  tvlUsd: number | null,
  windowSeconds: number,
): number | null {
  if (feesUsd === null || tvlUsd === null || !(tvlUsd > 0) || !(windowSeconds > 0) || !(feesUsd >= 0))
    return null
  return annualizedFeeApr({ feesUsd, tvlUsd, windowSeconds })
}
