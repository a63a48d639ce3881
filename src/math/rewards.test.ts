import { describe, expect, it } from 'vitest'
import {
  notifyRewardAmount,
  stakingRewardApr,
  stakingRewardPerToken,
  stakingRewardsEarned,
  v3StakerReward,
} from './rewards.ts'

const E18 = 10n ** 18n
const DURATION = 5_184_000n

describe('StakingRewards', () => {
  const { rewardRate, periodFinish, lastUpdateTime } = notifyRewardAmount(100n * E18, DURATION, 1000n, {
    rewardRate: 0n,
    periodFinish: 0n,
  })
  it('notifyRewardAmount: 100e18 over 60 days', () => {
    expect(rewardRate).toBe(19290123456790n)
    expect(periodFinish).toBe(1000n + DURATION)
    expect(rewardRate * DURATION).toBe(99999999999999360000n)
    expect(100n * E18 - rewardRate * DURATION).toBe(640000n)
  })
  it('notifyRewardAmount mid-period rolls the leftover into the new rate', () => {
    const next = notifyRewardAmount(E18, DURATION, 1000n + DURATION / 2n, { rewardRate, periodFinish })
    expect(next.rewardRate).toBe((E18 + (DURATION / 2n) * rewardRate) / DURATION)
  })
  it('a sole staker earns everything up to the dust', () => {
    const state = {
      rewardRate,
      rewardPerTokenStored: 0n,
      lastUpdateTime,
      periodFinish,
      totalSupply: 5n * E18,
    }
    const account = { balance: 5n * E18, userRewardPerTokenPaid: 0n, rewards: 0n }
    expect(stakingRewardsEarned(state, account, periodFinish + 100n)).toBe(99999999999999360000n)
    // Halfway, with 3 rewards already credited.
    const half = stakingRewardsEarned(state, { ...account, rewards: 3n }, lastUpdateTime + DURATION / 2n)
    expect(half).toBe((((DURATION / 2n) * rewardRate * E18) / (5n * E18)) * 5n + 3n)
  })
  it('two stakers split pro rata with floor rounding', () => {
    const state = {
      rewardRate: 7n,
      rewardPerTokenStored: 0n,
      lastUpdateTime: 0n,
      periodFinish: 100n,
      totalSupply: 3n,
    }
    expect(stakingRewardPerToken(state, 10n)).toBe((10n * 7n * E18) / 3n)
    expect(stakingRewardsEarned(state, { balance: 1n, userRewardPerTokenPaid: 0n, rewards: 0n }, 10n)).toBe(
      23n,
    )
    expect(stakingRewardsEarned(state, { balance: 2n, userRewardPerTokenPaid: 0n, rewards: 0n }, 10n)).toBe(
      46n,
    )
    expect(stakingRewardPerToken({ ...state, totalSupply: 0n, rewardPerTokenStored: 9n }, 10n)).toBe(9n)
  })
  it('throws TIME and AMOUNT', () => {
    const state = {
      rewardRate: 7n,
      rewardPerTokenStored: 0n,
      lastUpdateTime: 50n,
      periodFinish: 100n,
      totalSupply: 3n,
    }
    expect(() => stakingRewardPerToken(state, 10n)).toThrowError(expect.objectContaining({ code: 'TIME' }))
    expect(() =>
      stakingRewardsEarned(state, { balance: -1n, userRewardPerTokenPaid: 0n, rewards: 0n }, 60n),
    ).toThrowError(expect.objectContaining({ code: 'AMOUNT' }))
  })
  it('stakingRewardApr', () => {
    const apr = stakingRewardApr({
      rewardRate: E18,
      rewardDecimals: 18,
      rewardPriceUsd: 2,
      stake: 1n,
      totalStaked: 4n,
      stakeValueUsd: 31_536_000,
    })
    expect(apr).toBeCloseTo(0.5, 12)
  })
})

describe('#v3StakerReward (RewardMath.computeRewardAmount)', () => {
  const base = {
    totalRewardUnclaimed: 1000n,
    totalSecondsClaimedX128: 0n,
    startTime: 100n,
    endTime: 200n,
    liquidity: 5n,
    secondsPerLiquidityInsideInitialX128: 0n,
    secondsPerLiquidityInsideX128: (20n << 128n) / 10n,
    currentTime: 120n,
  }
  it.each([
    [{}, 100n],
    [{ totalSecondsClaimedX128: 10n << 128n }, 111n],
    [{ liquidity: 100n, secondsPerLiquidityInsideX128: 1n << 128n, currentTime: 300n }, 500n],
    [{ liquidity: 100n, secondsPerLiquidityInsideX128: 1n << 128n, currentTime: 201n }, 990n],
  ])('vector %#', (overrides, expected) => {
    expect(v3StakerReward({ ...base, ...overrides }).reward).toBe(expected)
  })
  it('wraps seconds-per-liquidity in uint160', () => {
    const wrapped = v3StakerReward({
      ...base,
      secondsPerLiquidityInsideInitialX128: (1n << 160n) - (1n << 127n),
      secondsPerLiquidityInsideX128: (2n << 128n) - (1n << 127n),
    })
    expect(wrapped.secondsInsideX128).toBe(10n << 128n)
    expect(wrapped.reward).toBe(100n)
  })
  it('throws TIME before the start', () => {
    expect(() => v3StakerReward({ ...base, currentTime: 99n })).toThrowError(
      expect.objectContaining({ code: 'TIME' }),
    )
  })
})
