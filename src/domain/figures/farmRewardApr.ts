import { SECONDS_PER_YEAR } from '../../math/index.ts'
import { wholeTokens } from './wholeTokens.ts'

/** Tooltip text: the basis of the pool-level farm reward APR, as this file computes it. */
export const FARM_REWARD_APR_BASIS =
  'Per dollar staked, simple, at today’s reward-token price: reward paid per second × seconds per year × reward price ÷ USD value staked. V2 StakingRewards: rewardRate over the USD value of the LP tokens staked in the farm (staked LP ÷ LP supply × TVL). V3 staker: totalRewardUnclaimed over the incentive’s unclaimed liquidity-seconds (its payout rule), for a dollar staked at the pool’s liquidity per dollar (active L ÷ TVL), in range; narrower ranges earn more per dollar. 0 after the period ends.'

const SECONDS_PER_YEAR_BIGINT = BigInt(SECONDS_PER_YEAR)

/** Inputs of {@link stakingRewardsAprPerDollar}. */
export type StakingRewardsAprParameters = {
  /** StakingRewards.rewardRate, reward wei per second for the whole farm. */
  rewardRateWeiPerSecond: bigint
  /** StakingRewards.periodFinish and chain time, unix seconds. */
  periodFinish: number
  nowTimestamp: number
  /** StakingRewards.totalSupply: LP wei staked. */
  stakedLpWei: bigint
  /** The pair's LP totalSupply. */
  lpTotalSupplyWei: bigint
  /** The pair's TVL (its reserves in USD). */
  tvlUsd: number | null
  rewardDecimals: number
  rewardPriceUsd: number | null | undefined
}

/**
 * THE farm reward APR of a V2 StakingRewards farm, per dollar staked. "Staked" = the LP tokens the farm
 * holds (its totalSupply), valued as their share of the reserves: staked / LP supply × TVL (the share to
 * 6 decimals). The farm pays rewardRate to them pro rata, so a dollar staked earns
 * rewardRate × year × reward price ÷ staked USD. Simple (not compounded).
 * @returns fraction per year; 0 after periodFinish; null without a reward price, TVL or stake
 * @example stakingRewardsAprPerDollar({ rewardRateWeiPerSecond: 10n ** 12n, periodFinish: 2, nowTimestamp: 1, stakedLpWei: 5n, lpTotalSupplyWei: 10n, tvlUsd: 63.072, rewardDecimals: 18, rewardPriceUsd: 1 }) // 1
 */
export function stakingRewardsAprPerDollar(parameters: StakingRewardsAprParameters): number | null {
  const { rewardRateWeiPerSecond, periodFinish, nowTimestamp, stakedLpWei, lpTotalSupplyWei, tvlUsd } =
    parameters
  const { rewardDecimals, rewardPriceUsd } = parameters
  const active = nowTimestamp < periodFinish
  const perYearUsd = !active
    ? 0
    : rewardPriceUsd === null || rewardPriceUsd === undefined
      ? null
      : wholeTokens(rewardRateWeiPerSecond, rewardDecimals) * rewardPriceUsd * SECONDS_PER_YEAR
  const stakedUsd =
    tvlUsd !== null && lpTotalSupplyWei > 0n
      ? (tvlUsd * Number((stakedLpWei * 1_000_000n) / lpTotalSupplyWei)) / 1_000_000
      : null
  return perYearUsd === null || stakedUsd === null || stakedUsd <= 0 ? null : perYearUsd / stakedUsd
}

/** Inputs of {@link v3IncentiveRewardRate} and {@link v3IncentiveAprPerDollar}. */
export type V3IncentiveRewardParameters = {
  /** incentives(id).totalRewardUnclaimed, reward wei. */
  totalRewardUnclaimedWei: bigint
  /** incentives(id).totalSecondsClaimedX128. */
  totalSecondsClaimedX128: bigint
  /** The incentive window and chain time, unix seconds. */
  startTime: number
  endTime: number
  nowTimestamp: number
}

/**
 * What a V3 staker incentive pays per second to the pool's whole active liquidity, from the staker's
 * own payout rule (RewardMath.computeRewardAmount): reward = totalRewardUnclaimed × secondsInside ÷
 * totalSecondsUnclaimed, and an in-range stake of liquidity L gains secondsInside at L / activeL per
 * second. Before the end, totalSecondsUnclaimed = (end − start) − totalSecondsClaimed.
 * @returns reward wei per second (floored) for all active liquidity together; 0 outside [start, end)
 * @example v3IncentiveRewardRate({ totalRewardUnclaimedWei: 1_000n, totalSecondsClaimedX128: 0n, startTime: 0, endTime: 100, nowTimestamp: 50 }) // 10n
 */
export function v3IncentiveRewardRate(parameters: V3IncentiveRewardParameters): bigint {
  return v3IncentivePaidOver(parameters, 1n)
}

/** Reward wei the incentive pays all active liquidity over `seconds`, floored once (exact bigint). */
function v3IncentivePaidOver(parameters: V3IncentiveRewardParameters, seconds: bigint): bigint {
  const { totalRewardUnclaimedWei, totalSecondsClaimedX128, startTime, endTime, nowTimestamp } = parameters
  if (nowTimestamp < startTime || nowTimestamp >= endTime) return 0n
  const totalSecondsUnclaimedX128 = (BigInt(endTime - startTime) << 128n) - totalSecondsClaimedX128
  if (totalSecondsUnclaimedX128 <= 0n) return 0n
  return ((totalRewardUnclaimedWei * seconds) << 128n) / totalSecondsUnclaimedX128
}

/**
 * THE farm reward APR of a V3 staker incentive, per dollar staked. "Staked" = a position staked in
 * the incentive; its reward depends on its liquidity per dollar, so the pool-level figure is for a
 * dollar at the pool's own liquidity per dollar (active L ÷ TVL), in range: its share of the payout is
 * (activeL / TVL) / activeL = 1 / TVL per dollar, so APR = the incentive's rate
 * ({@link v3IncentiveRewardRate}) × year × reward price ÷ TVL. Simple (not compounded). A real
 * position's APR (src/domain/figures/stakedPositionRewardApr.ts) scales with its own L per dollar.
 * @returns fraction per year; 0 outside the incentive window; null without a reward price or TVL
 */
export function v3IncentiveAprPerDollar(
  parameters: V3IncentiveRewardParameters & {
    tvlUsd: number | null
    rewardDecimals: number
    rewardPriceUsd: number | null | undefined
  },
): number | null {
  const { tvlUsd, rewardDecimals, rewardPriceUsd } = parameters
  const perYearWei = v3IncentivePaidOver(parameters, SECONDS_PER_YEAR_BIGINT)
  if (tvlUsd === null || !(tvlUsd > 0)) return null
  if (perYearWei === 0n) return 0
  if (rewardPriceUsd === null || rewardPriceUsd === undefined) return null
  return (wholeTokens(perYearWei, rewardDecimals) * rewardPriceUsd) / tvlUsd
}
