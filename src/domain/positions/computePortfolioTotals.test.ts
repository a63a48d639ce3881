import { describe, expect, it } from 'vitest'
import { computePortfolioTotals } from './computePortfolioTotals.ts'
import type { PositionViewOk } from './model.ts'
import { farmV2, htmlSymbolV3, NOPRICE, noPriceV3, positionsFixture, stakedV3 } from './positionsFixture.ts'

describe('#computePortfolioTotals', () => {
  it('says the totals are partial and lists the unavailable position and the unpriced token', () => {
    const totals = computePortfolioTotals(positionsFixture.positions)
    // Priced parts only, summed by hand from the fixture: staked + farm + HTML (+ closed $0).
    expect(totals.value.valueUsd).toBeCloseTo(49182.55864147083 + 63639.87173494989 + 47813.06409003724, 6)
    expect(totals.value.partial).toBe(true)
    // Fees: staked (211.46 WETH-side + 252.61 USDC-side), HTML and no-price positions' WETH side; the
    // NOPRICE fee amount (non-zero, unpriced) is left out and flagged, never added as $0.
    expect(totals.uncollectedFees.valueUsd).toBeCloseTo(211.46385034359315 * 3 + 252.608556, 6)
    expect(totals.uncollectedFees.partial).toBe(true)
    expect(totals.pendingRewards.valueUsd).toBeCloseTo(622.5286310438981 + 3354.826869433542, 6)
    expect(totals.pendingRewards.partial).toBe(true)
    expect(totals.gaps.unavailable.map((gap) => gap.id)).toEqual(['v3:60'])
    expect(totals.gaps.unavailable[0]?.reason).toContain('reverted on balanceOf()')
    expect(totals.gaps.unavailable[0]?.label).toBe('WETH/BROKEN V3 #60 (wallet)')
    expect(totals.gaps.unpricedTokens).toEqual([
      { address: NOPRICE.address, symbol: 'NOPRICE', positionIds: ['v3:50'] },
    ])
    expect(totals.positionsWithoutPrice).toBe(1)
  })

  it('complete when every position is ok and priced', () => {
    const totals = computePortfolioTotals([stakedV3, farmV2])
    expect([totals.value.partial, totals.uncollectedFees.partial, totals.pendingRewards.partial]).toEqual([
      false,
      false,
      false,
    ])
    expect(totals.netPnl).toEqual({ valueUsd: 610.927630817542 + 3396.7762029047663, partial: false })
    expect(totals.gaps).toEqual({ unavailable: [], unpricedTokens: [], feesNotSplit: [], pnlMissing: [] })
  })

  it('an owed amount not split yet is not counted as fees', () => {
    const unsplit: PositionViewOk = {
      ...stakedV3,
      uncollectedFees0: null,
      uncollectedFees1: null,
      withdrawnUncollected0: null,
      withdrawnUncollected1: null,
    }
    const totals = computePortfolioTotals([unsplit, farmV2])
    expect(totals.uncollectedFees).toEqual({ valueUsd: 0, partial: true })
    expect(totals.gaps.feesNotSplit.map((gap) => gap.id)).toEqual(['v3:40'])
    // The owed amount is still value (principal or fees, it is the owner's).
    expect(totals.value.valueUsd).toBeCloseTo(49182.55864147083 + 63639.87173494989, 6)
  })

  it('withdrawn principal is value but not fees', () => {
    const withdrawn: PositionViewOk = {
      ...htmlSymbolV3,
      uncollectedFees0: { ...stakedV3.owed0, amountWei: 1n, valueUsd: 2.8 },
      uncollectedFees1: { ...stakedV3.owed1, amountWei: 0n, valueUsd: 0 },
      withdrawnUncollected0: { ...stakedV3.owed0, amountWei: 3n, valueUsd: 10_422 },
      withdrawnUncollected1: { ...stakedV3.owed1, amountWei: 0n, valueUsd: 0 },
    }
    const totals = computePortfolioTotals([withdrawn])
    expect(totals.uncollectedFees).toEqual({ valueUsd: 2.8, partial: false })
    expect(totals.withdrawnUncollected).toEqual({ valueUsd: 10_422, partial: false })
  })

  it('a position without price leaves value and PnL partial, naming its token', () => {
    const totals = computePortfolioTotals([noPriceV3])
    expect(totals.value).toEqual({ valueUsd: 0, partial: true })
    expect(totals.netPnl).toBeNull()
    expect(totals.gaps.pnlMissing.map((gap) => gap.id)).toEqual(['v3:50'])
  })

  it('a page of the positions: every total partial, with how many of how many are in them', () => {
    const complete = computePortfolioTotals([stakedV3, farmV2])
    const paged = computePortfolioTotals([stakedV3, farmV2], { v3Page: { loaded: 1, total: 2_000 } })
    // The loaded positions are summed as before; the 1,999 not loaded are in no total, and it says so.
    expect(paged.value.valueUsd).toBe(complete.value.valueUsd)
    expect([
      paged.value.partial,
      paged.uncollectedFees.partial,
      paged.withdrawnUncollected.partial,
      paged.pendingRewards.partial,
      paged.netPnl?.partial,
    ]).toEqual([true, true, true, true, true])
    expect(paged.gaps.notLoaded).toEqual({ notLoaded: 1_999, loaded: 2, total: 2_001 })
    // Every position loaded: complete again, no gap.
    const all = computePortfolioTotals([stakedV3, farmV2], { v3Page: { loaded: 1, total: 1 } })
    expect(all.value.partial).toBe(false)
    expect(all.gaps.notLoaded).toBeUndefined()
  })
})
