import { describe, expect, it } from 'vitest'
import type { PositionViewOk, VersusHolding } from './model.ts'
import { farmV2, stakedV3, USDC, WETH } from './positionsFixture.ts'
import { withVersusHolding } from './withVersusHolding.ts'

const figures = stakedV3.versusHolding as VersusHolding
const prices = { [WETH.address.toLowerCase()]: 2000, [USDC.address.toLowerCase()]: 1 }

describe('#withVersusHolding', () => {
  it('fills the V3 fees and withdrawn principal from the history split, priced', () => {
    const unsplit: PositionViewOk = {
      ...stakedV3,
      uncollectedFees0: null,
      uncollectedFees1: null,
      withdrawnUncollected0: null,
      withdrawnUncollected1: null,
    }
    const merged = withVersusHolding(
      unsplit,
      {
        ...figures,
        uncollectedFees0Wei: 5n * 10n ** 17n,
        uncollectedFees1Wei: 2_500_000n,
        withdrawnUncollected0Wei: 2n * 10n ** 18n,
        withdrawnUncollected1Wei: 0n,
      },
      prices,
    )
    if (merged.status !== 'ok') throw new Error('not ok')
    expect(merged.uncollectedFees0).toMatchObject({ amountWei: 5n * 10n ** 17n, valueUsd: 1000 })
    expect(merged.uncollectedFees1).toMatchObject({ amountWei: 2_500_000n, valueUsd: 2.5 })
    expect(merged.withdrawnUncollected0).toMatchObject({ amountWei: 2n * 10n ** 18n, valueUsd: 4000 })
    expect(merged.owed0).toBe(stakedV3.owed0)
  })

  it('V2 and missing figures leave the owed parts alone', () => {
    expect(withVersusHolding(farmV2, undefined, prices)).toBe(farmV2)
    const merged = withVersusHolding(farmV2, figures, prices)
    expect(merged.status === 'ok' && merged.uncollectedFees0).toBe(farmV2.uncollectedFees0)
  })
})
