import { MathError } from './errors.ts'
import { mulDiv } from './fullMath.ts'
import { maxBigint } from './sqrt.ts'
import { assertLiquidity, assertUint256 } from './validate.ts'

const E18 = 10n ** 18n

/** Global state of a StakingRewards contract (Synthetix; Uniswap liquidity-staker). Times in seconds. */
export type StakingRewardsState = {
  /** Reward wei per second. */
  rewardRate: bigint
  /** rewardPerTokenStored, scaled by 1e18. */
  rewardPerTokenStored: bigint
  lastUpdateTime: bigint
  periodFinish: bigint
  /** Total staked wei. */
  totalSupply: bigint
}

function assertState(state: StakingRewardsState, now: bigint): void {
  for (const key of [
    'rewardRate',
    'rewardPerTokenStored',
    'lastUpdateTime',
    'periodFinish',
    'totalSupply',
  ] as const)
    assertUint256(state[key], key, 'INPUT')
  assertUint256(now, 'now', 'TIME')
}

/**
 * StakingRewards.rewardPerToken at time `now` (1e18-scaled reward wei per staked wei).
 * @param state contract state as read on chain
 * @param now block timestamp, seconds
 */
export function stakingRewardPerToken(state: StakingRewardsState, now: bigint): bigint {
  assertState(state, now)
  if (state.totalSupply === 0n) return state.rewardPerTokenStored
  const applicable = now < state.periodFinish ? now : state.periodFinish
  // SafeMath reverts here in the contract; it cannot happen for a timestamp at or after the last update.
  if (applicable < state.lastUpdateTime) throw new MathError('TIME', 'now is before lastUpdateTime')
  return (
    state.rewardPerTokenStored +
    ((applicable - state.lastUpdateTime) * state.rewardRate * E18) / state.totalSupply
  )
}

/** An account's entries in a StakingRewards contract. */
export type StakingRewardsAccount = {
  /** balanceOf(account): staked wei. */
  balance: bigint
  /** userRewardPerTokenPaid(account). */
  userRewardPerTokenPaid: bigint
  /** rewards(account): reward wei already credited. */
  rewards: bigint
}

/**
 * StakingRewards.earned(account) at time `now`:
 * floor(balance·(rewardPerToken − paid)/1e18) + rewards.
 * @returns reward wei claimable
 */
export function stakingRewardsEarned(
  state: StakingRewardsState,
  account: StakingRewardsAccount,
  now: bigint,
): bigint {
  assertUint256(account.balance, 'balance', 'AMOUNT')
  assertUint256(account.userRewardPerTokenPaid, 'userRewardPerTokenPaid', 'INPUT')
  assertUint256(account.rewards, 'rewards', 'AMOUNT')
  const perToken = stakingRewardPerToken(state, now)
  if (perToken < account.userRewardPerTokenPaid)
    throw new MathError('INPUT', 'userRewardPerTokenPaid is ahead')
  return (account.balance * (perToken - account.userRewardPerTokenPaid)) / E18 + account.rewards
}

/**
 * StakingRewards.notifyRewardAmount: the new rate and period after funding `reward`.
 * @param reward reward wei added
 * @param rewardsDuration seconds (Uniswap's liquidity-staker: 5184000 = 60 days)
 * @param now block timestamp, seconds
 * @param state current rewardRate and periodFinish
 * @returns { rewardRate, lastUpdateTime, periodFinish }
 * @example notifyRewardAmount(10n ** 20n, 5184000n, 0n, { rewardRate: 0n, periodFinish: 0n }).rewardRate // 19290123456790n
 */
export function notifyRewardAmount(
  reward: bigint,
  rewardsDuration: bigint,
  now: bigint,
  state: Pick<StakingRewardsState, 'rewardRate' | 'periodFinish'>,
): { rewardRate: bigint; lastUpdateTime: bigint; periodFinish: bigint } {
  assertUint256(reward, 'reward', 'AMOUNT')
  assertUint256(now, 'now', 'TIME')
  if (rewardsDuration <= 0n) throw new MathError('TIME', 'rewardsDuration must be > 0')
  const rewardRate =
    now >= state.periodFinish
      ? reward / rewardsDuration
      : (reward + (state.periodFinish - now) * state.rewardRate) / rewardsDuration
  return { rewardRate, lastUpdateTime: now, periodFinish: now + rewardsDuration }
}

/** Inputs of UniswapV3Staker's RewardMath.computeRewardAmount (times in seconds). */
export type V3StakerRewardParameters = {
  /** incentive.totalRewardUnclaimed, reward wei. */
  totalRewardUnclaimed: bigint
  /** incentive.totalSecondsClaimedX128 (uint160). */
  totalSecondsClaimedX128: bigint
  startTime: bigint
  endTime: bigint
  /** Staked position liquidity (uint128). */
  liquidity: bigint
  /** secondsPerLiquidityInsideX128 snapshot taken at stake time (uint160). */
  secondsPerLiquidityInsideInitialX128: bigint
  /** pool.snapshotCumulativesInside(tickLower, tickUpper).secondsPerLiquidityInsideX128 now (uint160). */
  secondsPerLiquidityInsideX128: bigint
  /** Block timestamp; must be >= startTime. */
  currentTime: bigint
}

/**
 * RewardMath.computeRewardAmount (UniswapV3Staker.getRewardInfo): a stake's reward so far.
 * secondsInside = (spl − splInitial)·L mod 2^160; reward = mulDiv(unclaimed, secondsInside,
 * ((max(end, now) − start) << 128) − secondsClaimed).
 * @returns { reward (wei), secondsInsideX128 }
 */
export function v3StakerReward(parameters: V3StakerRewardParameters): {
  reward: bigint
  secondsInsideX128: bigint
} {
  const p = parameters
  assertUint256(p.totalRewardUnclaimed, 'totalRewardUnclaimed', 'AMOUNT')
  for (const key of [
    'totalSecondsClaimedX128',
    'secondsPerLiquidityInsideInitialX128',
    'secondsPerLiquidityInsideX128',
  ] as const)
    if (p[key] < 0n || p[key] >= 1n << 160n) throw new MathError('INPUT', `${key} must be a uint160`)
  for (const key of ['startTime', 'endTime', 'currentTime'] as const) assertUint256(p[key], key, 'TIME')
  assertLiquidity(p.liquidity)
  if (p.currentTime < p.startTime) throw new MathError('TIME', 'currentTime is before the incentive start')
  // uint160 arithmetic in Solidity 0.7 wraps.
  const secondsInsideX128 = BigInt.asUintN(
    160,
    BigInt.asUintN(160, p.secondsPerLiquidityInsideX128 - p.secondsPerLiquidityInsideInitialX128) *
      p.liquidity,
  )
  const end = maxBigint(p.endTime, p.currentTime)
  const totalSecondsUnclaimedX128 = ((end - p.startTime) << 128n) - p.totalSecondsClaimedX128
  if (totalSecondsUnclaimedX128 <= 0n) throw new MathError('DIVISION_BY_ZERO', 'no unclaimed seconds left')
  return {
    reward: mulDiv(p.totalRewardUnclaimed, secondsInsideX128, totalSecondsUnclaimedX128),
    secondsInsideX128,
  }
}

/** Inputs of stakingRewardApr (floats: a projection for display). */
export type StakingRewardAprParameters = {
  /** Reward wei per second. */
  rewardRate: bigint
  rewardDecimals: number
  rewardPriceUsd: number
  /** Your staked wei and the total staked wei (including yours). */
  stake: bigint
  totalStaked: bigint
  /** USD value of your stake. */
  stakeValueUsd: number
}

/**
 * Projected reward APR of a StakingRewards stake: rewardRate·year·price·share / value.
 * Valid only until periodFinish.
 * @returns fraction per year (0.25 = 25%)
 */
export function stakingRewardApr(parameters: StakingRewardAprParameters): number {
  const { rewardRate, rewardDecimals, rewardPriceUsd, stake, totalStaked, stakeValueUsd } = parameters
  if (totalStaked <= 0n || stake <= 0n || stake > totalStaked)
    throw new MathError('AMOUNT', 'stake must be in (0, totalStaked]')
  if (!(stakeValueUsd > 0) || !Number.isFinite(stakeValueUsd))
    throw new MathError('INPUT', 'stakeValueUsd must be a finite number > 0')
  const share = Number((stake * 10n ** 18n) / totalStaked) / 1e18
  const rewardPerYear = (Number(rewardRate) / 10 ** rewardDecimals) * 31_536_000
  return (rewardPerYear * rewardPriceUsd * share) / stakeValueUsd
}
