import type { PortfolioTotals, PositionView } from '../features/positions/model.ts'

/** Portfolio totals over the 'ok' positions; unknown USD values are counted, never summed as 0. */
export function computePortfolioTotals(positions: readonly PositionView[]): PortfolioTotals {
  let valueUsd = 0
  let uncollectedFeesUsd = 0
  let pendingRewardsUsd = 0
  let netPnlUsd: number | null = 0
  let positionsWithoutPrice = 0
  for (const position of positions) {
    if (position.status !== 'ok') continue
    if (position.valueUsd === null) positionsWithoutPrice++
    else valueUsd += position.valueUsd
    uncollectedFeesUsd +=
      (position.uncollectedFees0.valueUsd ?? 0) + (position.uncollectedFees1.valueUsd ?? 0)
    for (const reward of position.pendingRewards) pendingRewardsUsd += reward.reward.valueUsd ?? 0
    const pnl = position.versusHolding?.netPnlUsd
    netPnlUsd = netPnlUsd === null || pnl === undefined || pnl === null ? null : netPnlUsd + pnl
  }
  return { valueUsd, uncollectedFeesUsd, pendingRewardsUsd, netPnlUsd, positionsWithoutPrice }
}
