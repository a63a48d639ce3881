import { REALIZED_FEE_APR_MIN_AGE_SECONDS, type RealizedFeeApr } from './realizedFeeApr.ts'

/** Tooltip text: the basis of {@link inRangeFeeApr}. */
export const IN_RANGE_FEE_APR_BASIS =
  'Lifetime fees divided by the gross deposit (today’s prices), annualised over only the chain time the price was inside the range: what the position earns while it works. Shown once it has been in range for 24 h of chain time. Beside it, the realized fee APR counts all the time since it opened.'

/**
 * THE time-weighted fee APR while in range: the realized fee APR's numerator and denominator
 * (lifetime fees / gross deposit), annualised over the seconds in range instead of the whole age.
 * Equals realizedFeeApr × earningSeconds / inRangeSeconds. 'too-recent' under 24 h in range, like the
 * realized fee APR.
 * @param realized the position's realized fee APR figure (fraction per year) and the seconds it spans
 * @returns fraction per year, 'too-recent' or 'unavailable'
 * @example inRangeFeeApr({ realizedFeeApr: 0.1, earningSeconds: 200_000, inRangeSeconds: 100_000 }) // { kind: 'ok', value: 0.2 }
 */
export function inRangeFeeApr(parameters: {
  realizedFeeApr: number | null
  earningSeconds: number | null
  inRangeSeconds: number | null
}): RealizedFeeApr {
  const { realizedFeeApr: realized, earningSeconds, inRangeSeconds } = parameters
  if (realized === null || earningSeconds === null || !(earningSeconds > 0) || inRangeSeconds === null)
    return { kind: 'unavailable' }
  // Same threshold as the realized fee APR, over the time in range.
  if (inRangeSeconds < REALIZED_FEE_APR_MIN_AGE_SECONDS)
    return { kind: 'too-recent', earningSeconds: inRangeSeconds }
  return { kind: 'ok', value: (realized * earningSeconds) / inRangeSeconds }
}
