import type {
  PartialTotal,
  PortfolioTotals,
  PositionView,
  TokenAmount,
  TotalsGapPosition,
  TotalsGapToken,
  V3PositionsPage,
} from './model.ts'

const LOCATION: Record<PositionView['location'], string> = {
  wallet: 'wallet',
  farm: 'farm',
  'v3-staker': 'V3 staker',
}

/** Short label of a position for lists of what a total leaves out: "WETH/USDC V3 #12 (wallet)". */
export function positionLabel(position: PositionView): string {
  const pair = position.token0.metadataOk || position.token1.metadataOk
  const tokens = pair ? `${position.token0.displaySymbol}/${position.token1.displaySymbol} ` : ''
  const where = LOCATION[position.location]
  if (position.protocol === 'v4') return `${tokens}V4 #${position.v4?.tokenId.toString() ?? '?'} (${where})`
  if (position.protocol === 'v3') return `${tokens}V3 #${position.v3?.tokenId.toString() ?? '?'} (${where})`
  const pairAddress = position.v2?.pair ?? ''
  return `${tokens}V2 pair ${pairAddress.slice(0, 6)}…${pairAddress.slice(-4)} (${where})`
}

/**
 * Portfolio totals over the 'ok' positions. A missing value is never counted as 0: each total sums
 * the parts that are known and says `partial` when a position or a token is left out, and `gaps`
 * lists what is left out and why (unavailable positions, unpriced tokens, fees not yet split from
 * withdrawn principal, PnL without history). With `v3Page` (the snapshot read a page of the newest V3
 * positions), the positions not loaded yet are in no total: every total is then partial and
 * `gaps.notLoaded` says how many of how many are in them.
 */
export function computePortfolioTotals(
  positions: readonly PositionView[],
  options: { v3Page?: V3PositionsPage | undefined } = {},
): PortfolioTotals {
  const unavailable: TotalsGapPosition[] = []
  const feesNotSplit: TotalsGapPosition[] = []
  const pnlMissing: TotalsGapPosition[] = []
  const unpriced = new Map<string, { address: TotalsGapToken['address']; symbol: string; ids: Set<string> }>()
  const value = { valueUsd: 0, partial: false }
  const fees = { valueUsd: 0, partial: false }
  const withdrawn = { valueUsd: 0, partial: false }
  const rewards = { valueUsd: 0, partial: false }
  let pnl = { valueUsd: 0, partial: false, any: false }
  let positionsWithoutPrice = 0

  /** Adds priced amounts to `total`; an unpriced non-zero amount marks it partial and names its token. */
  const add = (total: PartialTotal, amounts: readonly TokenAmount[], positionId: string) => {
    for (const amount of amounts) {
      if (amount.amountWei === 0n) continue
      if (amount.valueUsd !== null) {
        total.valueUsd += amount.valueUsd
        continue
      }
      total.partial = true
      const key = amount.token.address.toLowerCase()
      const entry = unpriced.get(key) ?? {
        address: amount.token.address,
        symbol: amount.token.symbol,
        ids: new Set(),
      }
      entry.ids.add(positionId)
      unpriced.set(key, entry)
    }
  }

  for (const position of positions) {
    if (position.status !== 'ok') {
      unavailable.push({ id: position.id, label: positionLabel(position), reason: position.reason })
      continue
    }
    const { id } = position
    const parts = [
      position.amount0,
      position.amount1,
      position.owed0,
      position.owed1,
      ...position.pendingRewards.map((reward) => reward.reward),
    ]
    if (position.valueUsd === null) {
      positionsWithoutPrice++
      value.partial = true
      add({ valueUsd: 0, partial: false }, parts, id) // names the unpriced tokens only
    } else value.valueUsd += position.valueUsd
    add(
      rewards,
      position.pendingRewards.map((reward) => reward.reward),
      id,
    )
    if (
      position.uncollectedFees0 === null ||
      position.uncollectedFees1 === null ||
      position.withdrawnUncollected0 === null ||
      position.withdrawnUncollected1 === null
    ) {
      fees.partial = true
      withdrawn.partial = true
      feesNotSplit.push({
        id,
        label: positionLabel(position),
        reason: 'its owed amount holds withdrawn principal or fees: split once its history loads',
      })
    } else {
      add(fees, [position.uncollectedFees0, position.uncollectedFees1], id)
      add(withdrawn, [position.withdrawnUncollected0, position.withdrawnUncollected1], id)
    }
    const positionPnl = position.versusHolding?.netPnlUsd
    if (positionPnl === undefined || positionPnl === null) {
      pnl.partial = true
      pnlMissing.push({
        id,
        label: positionLabel(position),
        reason: position.versusHolding
          ? 'its net PnL has no price'
          : position.protocol === 'v4'
            ? 'versus holding is not built for V4 yet'
            : 'no versus-holding figures for it',
      })
    } else pnl = { ...pnl, valueUsd: pnl.valueUsd + positionPnl, any: true }
  }
  const notLoaded = options.v3Page ? Math.max(0, options.v3Page.total - options.v3Page.loaded) : 0
  if (unavailable.length > 0 || notLoaded > 0)
    for (const total of [value, fees, withdrawn, rewards, pnl]) total.partial = true

  return {
    value,
    uncollectedFees: fees,
    withdrawnUncollected: withdrawn,
    pendingRewards: rewards,
    netPnl: pnl.any ? { valueUsd: pnl.valueUsd, partial: pnl.partial } : null,
    positionsWithoutPrice,
    gaps: {
      unavailable,
      unpricedTokens: [...unpriced.values()].map((entry) => ({
        address: entry.address,
        symbol: entry.symbol,
        positionIds: [...entry.ids],
      })),
      feesNotSplit,
      pnlMissing,
      ...(notLoaded > 0
        ? { notLoaded: { notLoaded, loaded: positions.length, total: positions.length + notLoaded } }
        : {}),
    },
  }
}
