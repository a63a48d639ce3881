import type { PositionLocation, PositionProtocol, PositionView } from './model.ts'

/** The page's filter choices; closed positions are hidden by default. */
export interface PositionFilters {
  status: 'open' | 'closed' | 'all'
  protocol: PositionProtocol | 'all'
  location: PositionLocation | 'all'
}

export const DEFAULT_POSITION_FILTERS: PositionFilters = { status: 'open', protocol: 'all', location: 'all' }

/** Closed = a V3 or V4 position with zero liquidity; unavailable positions count as open so they are never hidden. */
export function isClosedPosition(position: PositionView): boolean {
  if (position.status !== 'ok') return false
  return position.v3?.closed === true || position.v4?.closed === true
}

/**
 * The positions matching the filters, in their original order.
 * @example filterPositions(all, DEFAULT_POSITION_FILTERS) // open positions of every protocol and location
 */
export function filterPositions(
  positions: readonly PositionView[],
  filters: PositionFilters,
): PositionView[] {
  return positions.filter((position) => {
    const closed = isClosedPosition(position)
    if (filters.status === 'open' && closed) return false
    if (filters.status === 'closed' && !closed) return false
    if (filters.protocol !== 'all' && position.protocol !== filters.protocol) return false
    if (filters.location !== 'all' && position.location !== filters.location) return false
    return true
  })
}
