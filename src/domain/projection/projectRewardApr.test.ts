import { describe, expect, it } from 'vitest'
import { projectRewardApr } from './projectRewardApr.ts'
import type { RewardProgram } from './types.ts'

const token = {
  address: '0x0000000000000000000000000000000000000001' as const,
  symbol: 'FARM',
  decimals: 18,
  priceUsd: 2,
}
const DAY = 86_400

describe('#projectRewardApr', () => {
  const staker: RewardProgram = { kind: 'v3-staker', token, ratePerSecond: 1, periodEnd: 10 * DAY }

  it('V3 staker: rate × year × price × L/(L_active + L) / deposit, averaged over the horizon', () => {
    // 1 FARM/s × 31,536,000 s × $2 × 1/2 = $31.536M/yr on $100M → 31.536 %; 10 of 30 days left → 10.512 %.
    const result = projectRewardApr({
      reward: staker,
      positionLiquidity: 1e18,
      poolLiquidity: 10n ** 18n,
      depositUsd: 1e8,
      now: 0,
      horizonSeconds: 30 * DAY,
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.share).toBe(0.5)
    expect(result.value.aprUntilEnd).toBeCloseTo(0.31536, 12)
    expect(result.value.aprOverHorizon).toBeCloseTo(0.10512, 12)
    expect(result.value.secondsLeft).toBe(10 * DAY)
  })

  it('is zero once the period has ended', () => {
    const result = projectRewardApr({
      reward: staker,
      positionLiquidity: 1e18,
      poolLiquidity: 10n ** 18n,
      depositUsd: 1e8,
      now: 11 * DAY,
      horizonSeconds: 30 * DAY,
    })
    expect(result.ok && [result.value.aprUntilEnd, result.value.aprOverHorizon]).toEqual([0, 0])
  })

  it('StakingRewards: your new LP tokens over the farm total plus yours', () => {
    // Supply 1000e18 LP for pool L 1e21; your L 1e20 mints 100e18 LP; farm holds 300e18 → share 1/4.
    // 0.01 FARM/s × 31,536,000 × $2 × 1/4 / $1000 = 157.68 (15,768 %).
    const result = projectRewardApr({
      reward: {
        kind: 'staking-rewards',
        token,
        ratePerSecond: 0.01,
        periodEnd: 100 * DAY,
        totalStakedWei: 300n * 10n ** 18n,
      },
      positionLiquidity: 1e20,
      poolLiquidity: 10n ** 21n,
      v2TotalSupplyWei: 1000n * 10n ** 18n,
      depositUsd: 1000,
      now: 0,
      horizonSeconds: 30 * DAY,
    })
    expect(result.ok && result.value.share).toBeCloseTo(0.25, 12)
    expect(result.ok && result.value.aprUntilEnd).toBeCloseTo(157.68, 9)
  })

  it('is unavailable (not 0) when the reward token has no USD price', () => {
    expect(
      projectRewardApr({
        reward: { ...staker, token: { ...token, priceUsd: null } },
        positionLiquidity: 1,
        poolLiquidity: 1n,
        depositUsd: 1,
        now: 0,
        horizonSeconds: 1,
      }),
    ).toEqual({ ok: false, reason: 'no USD price route for FARM' })
  })
})
