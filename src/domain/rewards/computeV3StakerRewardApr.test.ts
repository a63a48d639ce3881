import { describe, expect, it } from 'vitest'
import { computeV3StakerRewardApr } from './computeV3StakerRewardApr.ts'

// 1,000 reward tokens unclaimed; 1,000 s incentive, 100 s already claimed → 900 s unclaimed;
// a quarter of the active liquidity; reward at $0.50; position worth $1,000,000.
// By hand: 1000 / 900 × 1/4 tokens/s × 31,536,000 s × $0.50 / $1,000,000 = 4.38.
const base = {
  totalRewardUnclaimedWei: 1_000n * 10n ** 18n,
  totalSecondsClaimedX128: 100n << 128n,
  startTime: 0n,
  endTime: 1_000n,
  nowTimestamp: 500n,
  stakeLiquidity: 25n,
  poolLiquidity: 100n,
  inRange: true,
  rewardDecimals: 18,
  rewardPriceUsd: 0.5,
  positionValueUsd: 1_000_000,
}

describe('#computeV3StakerRewardApr', () => {
  it('in range: reward rate × share of active liquidity, valued at the reward price', () => {
    expect(computeV3StakerRewardApr(base)).toBeCloseTo(4.38, 12)
  })

  it('nothing claimed yet: the whole window is unclaimed seconds', () => {
    // 1000 / 1000 × 1/4 × 31,536,000 × 0.5 / 1e6 = 3.942
    expect(computeV3StakerRewardApr({ ...base, totalSecondsClaimedX128: 0n })).toBeCloseTo(3.942, 12)
  })

  it('uses the reward token decimals (6-decimal reward, same human amounts)', () => {
    expect(
      computeV3StakerRewardApr({ ...base, totalRewardUnclaimedWei: 1_000n * 10n ** 6n, rewardDecimals: 6 }),
    ).toBeCloseTo(4.38, 9)
  })

  it('out of range or after the end: 0; no price or value: null', () => {
    expect(computeV3StakerRewardApr({ ...base, inRange: false })).toBe(0)
    expect(computeV3StakerRewardApr({ ...base, nowTimestamp: 1_000n })).toBe(0)
    expect(computeV3StakerRewardApr({ ...base, rewardPriceUsd: null })).toBeNull()
    expect(computeV3StakerRewardApr({ ...base, positionValueUsd: null })).toBeNull()
  })
})
