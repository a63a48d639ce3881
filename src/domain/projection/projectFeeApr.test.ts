import { describe, expect, it } from 'vitest'
import { projectFeeApr } from './projectFeeApr.ts'

describe('#projectFeeApr', () => {
  it('pays volume × fee × share (incl. your L) × 365 / deposit', () => {
    // $1M/day × 0.3 % = $3000/day; your L equals the active L → share 1/2 → $1500/day → $547,500/yr on $1M.
    const result = projectFeeApr({
      volumeUsdPerDay: 1e6,
      feePips: 3000,
      protocolFeeShare: 0,
      positionLiquidity: 1e18,
      activeLiquidity: 10n ** 18n,
      depositUsd: 1e6,
    })
    expect(result.share).toBe(0.5)
    expect(result.feeApr).toBeCloseTo(0.5475, 12)
  })

  it('removes the protocol share and is 0 without liquidity', () => {
    const withProtocol = projectFeeApr({
      volumeUsdPerDay: 1e6,
      feePips: 3000,
      protocolFeeShare: 0.25,
      positionLiquidity: 3e18,
      activeLiquidity: 10n ** 18n,
      depositUsd: 1e6,
    })
    // share 3/4, fees $3000 × 0.75 × 0.75 = $1687.5/day → 0.6159375/yr.
    expect(withProtocol.feeApr).toBeCloseTo(0.6159375, 12)
    expect(
      projectFeeApr({
        volumeUsdPerDay: 1e6,
        feePips: 3000,
        protocolFeeShare: 0,
        positionLiquidity: 0,
        activeLiquidity: 0n,
        depositUsd: 1,
      }).feeApr,
    ).toBe(0)
  })
})
