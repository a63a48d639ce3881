import { SECONDS_PER_YEAR } from '../../math/index.ts'
import type { Outcome } from './outcome.ts'
import type { RewardProgram } from './types.ts'

/** Inputs of projectRewardApr. */
export type ProjectRewardAprParameters = {
  reward: RewardProgram
  /** Your raw liquidity (float). */
  positionLiquidity: number
  /** V3: active liquidity at the price; V2: the pair's √(reserve0·reserve1). Excludes yours. */
  poolLiquidity: bigint
  /** V2 only: the pair's LP token supply (wei). */
  v2TotalSupplyWei?: bigint
  depositUsd: number
  /** Chain time now and the projection horizon, seconds. */
  now: number
  horizonSeconds: number
}

/** Reward APR now (until the period ends) and averaged over the horizon. */
export type RewardAprProjection = {
  /** Fraction per year while the program pays (V3 staker: only while in range). */
  aprUntilEnd: number
  /** aprUntilEnd × the share of the horizon before periodEnd. */
  aprOverHorizon: number
  /** Your share of what the program pays. */
  share: number
  secondsLeft: number
}

/**
 * Liquidity-mining APR of a planned position: reward rate × year × your share × reward price / deposit.
 * V3 staker: share = L/(L_active + L) (it pays in-range liquidity-seconds). StakingRewards: your new LP
 * tokens (S·L/L_pool) over the farm's total staked plus yours. Zero after the period ends.
 * @returns the projection, or why it is unavailable (no USD price for the reward token)
 */
export function projectRewardApr(parameters: ProjectRewardAprParameters): Outcome<RewardAprProjection> {
  const { reward, positionLiquidity, poolLiquidity, depositUsd, now, horizonSeconds } = parameters
  if (reward.token.priceUsd === null)
    return { ok: false, reason: `no USD price route for ${reward.token.symbol}` }
  const secondsLeft = Math.max(0, reward.periodEnd - now)
  let share: number
  if (reward.kind === 'v3-staker') {
    const total = Number(poolLiquidity) + positionLiquidity
    share = total > 0 ? positionLiquidity / total : 0
  } else {
    const supply = Number(parameters.v2TotalSupplyWei ?? 0n)
    const pool = Number(poolLiquidity)
    if (!(supply > 0 && pool > 0)) return { ok: false, reason: 'the pair has no liquidity yet' }
    const stakeWei = (supply * positionLiquidity) / pool
    const staked = Number(reward.totalStakedWei ?? 0n) + stakeWei
    share = staked > 0 ? stakeWei / staked : 0
  }
  const aprUntilEnd =
    secondsLeft > 0
      ? (reward.ratePerSecond * SECONDS_PER_YEAR * reward.token.priceUsd * share) / depositUsd
      : 0
  const aprOverHorizon = aprUntilEnd * Math.min(1, secondsLeft / horizonSeconds)
  return { ok: true, value: { aprUntilEnd, aprOverHorizon, share, secondsLeft } }
}
