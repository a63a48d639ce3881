import { describe, expect, it } from 'vitest'
import {
  stakingRewardsAprPerDollar,
  v3IncentiveAprPerDollar,
  v3IncentiveRewardRate,
} from './farmRewardApr.ts'

describe('#stakingRewardsAprPerDollar', () => {
  // 1e12 wei/s = 31.536 tokens a year at 1 USD; half the LP supply staked in a 63.072 USD pair = 31.536 USD.
  const base = {
    rewardRateWeiPerSecond: 10n ** 12n,
    periodFinish: 2,
    nowTimestamp: 1,
    stakedLpWei: 5n,
    lpTotalSupplyWei: 10n,
    tvlUsd: 63.072,
    rewardDecimals: 18,
    rewardPriceUsd: 1,
  }
  it('is the yearly reward over the USD value of the staked LP tokens only', () => {
    expect(stakingRewardsAprPerDollar(base)).toBeCloseTo(1, 12)
    // All LP staked: the same rewards spread over twice the dollars.
    expect(stakingRewardsAprPerDollar({ ...base, stakedLpWei: 10n })).toBeCloseTo(0.5, 12)
  })
  it('is 0 after the period, null without a reward price or stake', () => {
    expect(stakingRewardsAprPerDollar({ ...base, nowTimestamp: 2 })).toBe(0)
    expect(stakingRewardsAprPerDollar({ ...base, rewardPriceUsd: null })).toBeNull()
    expect(stakingRewardsAprPerDollar({ ...base, stakedLpWei: 0n })).toBeNull()
  })
})

describe('#v3IncentiveRewardRate', () => {
  const base = { totalRewardUnclaimedWei: 1_000n, startTime: 0, endTime: 100, nowTimestamp: 50 }
  it('pays totalRewardUnclaimed over the unclaimed liquidity-seconds (the staker’s rule)', () => {
    // Nothing claimed: 1,000 over 100 s = 10/s; 40 s claimed: the 600 left over 60 s = 10/s.
    expect(v3IncentiveRewardRate({ ...base, totalSecondsClaimedX128: 0n })).toBe(10n)
    expect(
      v3IncentiveRewardRate({ ...base, totalRewardUnclaimedWei: 600n, totalSecondsClaimedX128: 40n << 128n }),
    ).toBe(10n)
  })
  it('is 0 before the start and from the end on', () => {
    expect(v3IncentiveRewardRate({ ...base, totalSecondsClaimedX128: 0n, nowTimestamp: 100 })).toBe(0n)
    expect(v3IncentiveRewardRate({ ...base, totalSecondsClaimedX128: 0n, startTime: 60 })).toBe(0n)
  })
})

describe('#v3IncentiveAprPerDollar', () => {
  // 3,153.6 tokens over a 1,000 s window = 3.1536 tokens/s = 9.945e7 tokens a year at 0.5 USD.
  const base = {
    totalRewardUnclaimedWei: 31_536n * 10n ** 17n,
    totalSecondsClaimedX128: 0n,
    startTime: 0,
    endTime: 1_000,
    nowTimestamp: 10,
    rewardDecimals: 18,
    rewardPriceUsd: 0.5,
  }
  it('is the incentive’s yearly payout over TVL (a dollar at the pool’s liquidity per dollar)', () => {
    // 3.1536 × 31,536,000 × 0.5 = 49,725,964.8 USD a year over 497,259,648 USD = 10 %.
    expect(v3IncentiveAprPerDollar({ ...base, tvlUsd: 497_259_648 })).toBeCloseTo(0.1, 12)
  })
  it('is 0 after the end, null without a reward price or TVL', () => {
    expect(v3IncentiveAprPerDollar({ ...base, tvlUsd: 1, nowTimestamp: 1_000 })).toBe(0)
    expect(v3IncentiveAprPerDollar({ ...base, tvlUsd: 1, rewardPriceUsd: null })).toBeNull()
    expect(v3IncentiveAprPerDollar({ ...base, tvlUsd: null })).toBeNull()
  })
})
