/**
 * A position must have earned for at least this much chain time (24 h) before its realized fee APR is
 * shown. Annualising a few minutes of fees multiplies them by ~10^5 ("566 %" on a position minutes
 * old): one swap more or less swings the figure by hundreds of percent. A day of swaps is the shortest
 * window the pool fee APR itself is measured over (poolFeeApr24h), so the two figures compare like for like.
 */
export const REALIZED_FEE_APR_MIN_AGE_SECONDS = 86_400

const SECONDS_PER_YEAR = 31_536_000

/** Tooltip text: the basis of the realized fee APR, as {@link realizedFeeApr} computes it. */
export const REALIZED_FEE_APR_BASIS =
  'Lifetime fees divided by the gross deposit (today’s prices), annualised simply over the chain time since the position opened (a closed position: to its last withdrawal). Shown once the position has earned for 24 h of chain time; before that a few swaps would be multiplied into a meaningless APR.'

/** Inputs of {@link realizedFeeApr}. */
export interface RealizedFeeAprParameters {
  /** Fees collected plus uncollected, USD; null when unpriced or unknown (V2). */
  lifetimeFeesUsd: number | null
  /** The deposits at the position's own pool price, in USD; null when unpriced. */
  grossDepositUsd: number | null
  /** Chain seconds the position has been earning: first deposit to now (or to its last withdrawal). */
  earningSeconds: number | null
}

/** The realized fee APR, or why there is none. */
export type RealizedFeeApr =
  | { kind: 'ok'; value: number }
  | { kind: 'too-recent'; earningSeconds: number }
  | { kind: 'unavailable' }

/**
 * THE realized fee APR of a position: lifetime fees / gross deposit, annualised simply over the chain
 * time it has been earning. 'too-recent' under {@link REALIZED_FEE_APR_MIN_AGE_SECONDS}.
 * @returns fraction per year, 'too-recent' or 'unavailable'
 * @example realizedFeeApr({ lifetimeFeesUsd: 10, grossDepositUsd: 3650, earningSeconds: 86_400 }) // { kind: 'ok', value: 1 }
 */
export function realizedFeeApr(parameters: RealizedFeeAprParameters): RealizedFeeApr {
  const { lifetimeFeesUsd, grossDepositUsd, earningSeconds } = parameters
  if (
    lifetimeFeesUsd === null ||
    grossDepositUsd === null ||
    !(grossDepositUsd > 0) ||
    earningSeconds === null
  )
    return { kind: 'unavailable' }
  if (earningSeconds < REALIZED_FEE_APR_MIN_AGE_SECONDS) return { kind: 'too-recent', earningSeconds }
  return { kind: 'ok', value: lifetimeFeesUsd / grossDepositUsd / (earningSeconds / SECONDS_PER_YEAR) }
}
