import type { Address } from 'viem'

/**
 * An LP's opt-in alerts on one V3 position. They run in the browser only (no backend): the app checks
 * them on each new block while a Poolscope tab is open.
 * - leavesRange: fires when the pool's tick leaves [tickLower, tickUpper) (the contracts' in-range rule).
 * - nearBoundPercent: fires when the price comes within this many percent of either bound while in range.
 * - farmEndsAt: fires once the chain time reaches the farm's or incentive's end (unix seconds).
 */
export interface PositionAlertRule {
  /** `${chainId}:${positionId}`: one rule per position. */
  id: string
  chainId: number
  /** The position's id in the app (e.g. "v3:123"). */
  positionId: string
  /** What the notification names, e.g. "WETH/USDC 0.3 % #123". */
  label: string
  /** Page of the position, e.g. "/positions/31337/123". */
  href: string
  pool: Address
  tickLower: number
  tickUpper: number
  leavesRange: boolean
  nearBoundPercent: number | null
  /** End of the farm or incentive the position is staked in, unix seconds; null when none is watched. */
  farmEndsAt: number | null
}

/** Where the pool's tick is against the rule's range (V3: in range iff tickLower ≤ tick < tickUpper). */
export type RangeSide = 'below' | 'in' | 'above'

/** What the alert last saw of its position, so each alert fires on a change only, not on every block. */
export interface AlertObservation {
  side: RangeSide
  /** In range and within the near-bound threshold of a bound. */
  near: boolean
  farmEnded: boolean
  blockNumber: bigint
}

/** One alert that fired. */
export interface FiredAlert {
  ruleId: string
  kind: 'left-range' | 'near-bound' | 'farm-ended'
  title: string
  body: string
  href: string
  /** The block at which the app saw the change. */
  blockNumber: bigint
  /** Chain time of that block, unix seconds. */
  blockTimestamp: number
}

/** Largest near-bound threshold accepted, in percent. */
export const MAX_NEAR_BOUND_PERCENT = 50

/** The near-bound threshold as typed: a percentage in (0, MAX_NEAR_BOUND_PERCENT], or a message. */
export function parseNearBoundPercent(
  text: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim()
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: 'Type a percentage such as 5.' }
  const value = Number(trimmed)
  if (!(value > 0)) return { ok: false, message: 'The distance must be more than 0 %.' }
  if (value > MAX_NEAR_BOUND_PERCENT)
    return { ok: false, message: `The distance can be at most ${MAX_NEAR_BOUND_PERCENT} %.` }
  return { ok: true, value }
}
