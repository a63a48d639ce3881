import type { LedgerEntry } from '../ledger/ledgerExport.ts'

/** One step of the lifetime earnings: the cumulative total from `timestamp` on. */
export interface EarningsPoint {
  /** Chain time, unix seconds. */
  timestamp: number
  /** Fees + rewards earned up to and including this moment, in the numeraire. */
  cumulative: number
  /**
   * 'start': the first ledger event of the positions (nothing earned yet); 'earned': collected fees and
   * claimed rewards of the rows at this timestamp; 'now': the uncollected fees and pending rewards added.
   */
  kind: 'start' | 'earned' | 'now'
  /** What this step added (0 for 'start'). */
  added: number
}

export interface EarningsSeries {
  /**
   * Ascending timestamps: a 'start' point, one 'earned' point per timestamp with earnings, and the 'now'
   * point last (which may share the last event's timestamp: a vertical step).
   */
  points: EarningsPoint[]
  /** The last point's cumulative: every collected fee and claimed reward + uncollected and pending now (known parts). */
  total: number
  /**
   * True when some part is left out: a fee or reward leg with no price at its block (or no block time),
   * or the uncollected fees / pending rewards now unknown. The total is then a lower bound.
   */
  partial: boolean
  /** Fee and reward legs left out for want of a price or a block time. */
  unpricedLegs: number
  /** The uncollected fees or pending rewards now are unknown (left out of the last point). */
  nowUnknown: boolean
}

/**
 * Lifetime earnings, cumulative over time: each V3 Collect's fee part and each claimed farm or staker
 * reward, valued at its own block's USD price (the ledger's `legsUsd`; in a token numeraire, over that
 * token's USD price at the same block), stepping at its block's timestamp; then, as the last point
 * ('now'), the fees not collected yet and the rewards not claimed yet at today's prices. V2 fees
 * compound inside the pair's reserves and are never collected apart, so a V2 position earns here only
 * its rewards.
 * @param positionIds the ledger position ids counted ('v3:<id>', 'v2:<pair>', 'v3:staker'; any case); undefined = all
 * @param entries any order (several accounts' ledgers may be concatenated): counted in chain order
 * @param now uncollected fees and pending rewards now (null = unknown; `partial` = some part of them
 *   unknown, the given sums are of the known parts) at chain time `timestamp`
 */
export function earningsSeries(parameters: {
  entries: readonly LedgerEntry[]
  positionIds?: readonly string[] | undefined
  numeraire?: string | undefined
  now: {
    timestamp: number
    uncollectedFees: number | null
    pendingRewards: number | null
    partial?: boolean | undefined
  }
}): EarningsSeries {
  const ids = parameters.positionIds ? new Set(parameters.positionIds.map((id) => id.toLowerCase())) : null
  const numeraire = parameters.numeraire?.toLowerCase()
  const points: EarningsPoint[] = []
  let cumulative = 0
  let unpricedLegs = 0
  const ordered = [...parameters.entries].sort((a, b) =>
    a.row.blockNumber === b.row.blockNumber
      ? a.row.logIndex - b.row.logIndex
      : a.row.blockNumber < b.row.blockNumber
        ? -1
        : 1,
  )
  for (const { row, legsUsd, pricesUsd } of ordered) {
    if (ids && !ids.has(row.positionId.toLowerCase())) continue
    let added = 0
    row.legs.forEach((leg, index) => {
      if (leg.part !== 'fee' && leg.part !== 'reward') return
      if (leg.amountWei === 0n) return
      const usd = legsUsd[index] ?? null
      const unit = numeraire === undefined ? 1 : (pricesUsd[numeraire] ?? null)
      if (usd === null || unit === null || unit <= 0 || row.timestamp === undefined) {
        unpricedLegs += 1
        return
      }
      added += usd / unit
    })
    if (row.timestamp === undefined) continue
    const last = points.at(-1)
    if (!last) {
      points.push({ timestamp: row.timestamp, cumulative: 0, kind: 'start', added: 0 })
    }
    if (added === 0) continue
    cumulative += added
    const tail = points.at(-1) as EarningsPoint
    if (tail.timestamp === row.timestamp) {
      tail.cumulative = cumulative
      tail.added += added
      tail.kind = 'earned'
    } else points.push({ timestamp: row.timestamp, cumulative, kind: 'earned', added })
  }
  const { now } = parameters
  const nowAdded = (now.uncollectedFees ?? 0) + (now.pendingRewards ?? 0)
  const nowKnown = now.uncollectedFees !== null && now.pendingRewards !== null && now.partial !== true
  const first = points[0]
  if (first === undefined || now.timestamp >= first.timestamp) {
    if (first === undefined) points.push({ timestamp: now.timestamp, cumulative: 0, kind: 'start', added: 0 })
    points.push({ timestamp: now.timestamp, cumulative: cumulative + nowAdded, kind: 'now', added: nowAdded })
  }
  return {
    points,
    total: cumulative + nowAdded,
    partial: unpricedLegs > 0 || !nowKnown,
    unpricedLegs,
    nowUnknown: !nowKnown,
  }
}
