import type { AlertObservation, FiredAlert, PositionAlertRule, RangeSide } from './alertRules.ts'

/** The tick's side of [tickLower, tickUpper): the V3 contracts count a position in range iff tickLower ≤ tick < tickUpper. */
export function rangeSide(tick: number, tickLower: number, tickUpper: number): RangeSide {
  if (tick < tickLower) return 'below'
  if (tick >= tickUpper) return 'above'
  return 'in'
}

/**
 * Whether the price at `tick` is within `percent` % of a bound of [tickLower, tickUpper) while in range.
 * Distance is measured in price: price(tick) / price(tickLower) − 1 ≤ p, or price(tickUpper) / price(tick) − 1 ≤ p,
 * where price(t) = 1.0001^t, so the ratio is 1.0001^(tick difference). Floats are fine here: this is a
 * threshold on a displayed distance, not an on-chain amount.
 */
export function isNearBound(tick: number, tickLower: number, tickUpper: number, percent: number): boolean {
  if (rangeSide(tick, tickLower, tickUpper) !== 'in') return false
  const limit = 1 + percent / 100
  return 1.0001 ** (tick - tickLower) <= limit || 1.0001 ** (tickUpper - tick) <= limit
}

/** The pool's state at a block, as the alert watcher reads it. */
export interface AlertPoolState {
  tick: number
  blockNumber: bigint
  /** Chain time of the block, unix seconds. */
  blockTimestamp: number
}

/**
 * Checks one rule against the pool's new state. Alerts fire on a change only: on leaving the range
 * (in → below/above), on entering the near-bound zone, and once when the farm has ended. The first
 * observation after a rule is set (previous undefined) fires nothing: the user set it looking at that state.
 * An observation older than the previous one (a lagging RPC) is ignored.
 */
export function evaluateAlert(
  rule: PositionAlertRule,
  state: AlertPoolState,
  previous: AlertObservation | undefined,
): { observation: AlertObservation; fired: FiredAlert[] } {
  if (previous && state.blockNumber < previous.blockNumber) return { observation: previous, fired: [] }
  const side = rangeSide(state.tick, rule.tickLower, rule.tickUpper)
  const near =
    rule.nearBoundPercent !== null &&
    isNearBound(state.tick, rule.tickLower, rule.tickUpper, rule.nearBoundPercent)
  const farmEnded = rule.farmEndsAt !== null && state.blockTimestamp >= rule.farmEndsAt
  const observation: AlertObservation = { side, near, farmEnded, blockNumber: state.blockNumber }
  if (!previous) return { observation, fired: [] }
  const fire = (kind: FiredAlert['kind'], title: string, body: string): FiredAlert => ({
    ruleId: rule.id,
    kind,
    title,
    body,
    href: rule.href,
    blockNumber: state.blockNumber,
    blockTimestamp: state.blockTimestamp,
  })
  const fired: FiredAlert[] = []
  if (rule.leavesRange && previous.side === 'in' && side !== 'in')
    fired.push(
      fire(
        'left-range',
        `${rule.label} is out of range`,
        `The price moved ${side} its range at block ${state.blockNumber}: it earns no fees until it returns.`,
      ),
    )
  if (near && !previous.near)
    fired.push(
      fire(
        'near-bound',
        `${rule.label} is near the edge of its range`,
        `The price is within ${rule.nearBoundPercent} % of a bound at block ${state.blockNumber}.`,
      ),
    )
  if (farmEnded && !previous.farmEnded)
    fired.push(fire('farm-ended', `${rule.label}: its farm has ended`, 'It earns no more rewards there.'))
  return { observation, fired }
}
