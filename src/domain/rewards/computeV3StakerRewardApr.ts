import { amountToUsd } from '../pricing/computeUsdPrices.ts'

const SECONDS_PER_YEAR = 31_536_000n

export interface ComputeV3StakerRewardAprParameters {
  /** incentives(id).totalRewardUnclaimed, reward token wei. */
  totalRewardUnclaimedWei: bigint
  /** incentives(id).totalSecondsClaimedX128. */
  totalSecondsClaimedX128: bigint
  /** Incentive window and chain time, unix seconds. */
  startTime: bigint
  endTime: bigint
  nowTimestamp: bigint
  /** The stake's liquidity and the pool's active liquidity. */
  stakeLiquidity: bigint
  poolLiquidity: bigint
  /** slot0.tick inside [tickLower, tickUpper): only then do seconds inside accrue. */
  inRange: boolean
  rewardDecimals: number
  rewardPriceUsd: number | null | undefined
  /** USD value of the position's principal (amounts, no fees). */
  positionValueUsd: number | null
}

/**
 * Reward APR of a staked V3 position at this block, as a fraction per year (0.12 = 12 %), from the
 * staker's own payout rule (RewardMath.computeRewardAmount): reward = totalRewardUnclaimed ×
 * secondsInside / totalSecondsUnclaimed. An in-range stake gains secondsInside at
 * stakeLiquidity / poolLiquidity per second, so it earns
 * totalRewardUnclaimed × (stakeLiquidity / poolLiquidity) / totalSecondsUnclaimed per second.
 * The yearly amount stays bigint; only the USD ratio is a float.
 * @returns 0 out of range or after the incentive ended; null without a price or a position value
 * @example computeV3StakerRewardApr({ totalRewardUnclaimedWei: 10n ** 21n, totalSecondsClaimedX128: 100n << 128n, startTime: 0n, endTime: 1000n, nowTimestamp: 500n, stakeLiquidity: 25n, poolLiquidity: 100n, inRange: true, rewardDecimals: 18, rewardPriceUsd: 0.5, positionValueUsd: 1e6 }) // 4.38
 */
export function computeV3StakerRewardApr(parameters: ComputeV3StakerRewardAprParameters): number | null {
  const { totalRewardUnclaimedWei, totalSecondsClaimedX128, startTime, endTime, nowTimestamp } = parameters
  const { stakeLiquidity, poolLiquidity, inRange, positionValueUsd } = parameters
  if (!inRange || nowTimestamp >= endTime || stakeLiquidity === 0n || poolLiquidity === 0n) return 0
  if (positionValueUsd === null || positionValueUsd <= 0) return null
  // Before the end (checked above) max(endTime, now) is endTime: the staker's denominator is fixed.
  const totalSecondsUnclaimedX128 = ((endTime - startTime) << 128n) - totalSecondsClaimedX128
  if (totalSecondsUnclaimedX128 <= 0n) return null
  const rewardPerYearWei =
    ((totalRewardUnclaimedWei * stakeLiquidity * SECONDS_PER_YEAR) << 128n) /
    (poolLiquidity * totalSecondsUnclaimedX128)
  const rewardPerYearUsd = amountToUsd(rewardPerYearWei, parameters.rewardDecimals, parameters.rewardPriceUsd)
  return rewardPerYearUsd === null ? null : rewardPerYearUsd / positionValueUsd
}
