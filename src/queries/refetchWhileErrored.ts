/** How often a failed read is tried again while it stays failed: the chain-health poll cadence. */
export const ERRORED_REFETCH_MS = 2_000

/**
 * A `refetchInterval` that keeps retrying a query while it is in error, so a page recovers by itself
 * when the RPC comes back even if no new block changes the query key. Healthy queries are not polled.
 * @param isPermanent errors that retrying cannot fix (e.g. "not a pool"): those are left alone
 * @returns the interval in ms, or false
 * @example
 * useQuery({ ...options, refetchInterval: refetchWhileErrored() })
 */
export function refetchWhileErrored(isPermanent: (error: Error) => boolean = () => false) {
  return (query: { state: { status: string; error: Error | null } }): number | false =>
    query.state.status === 'error' && query.state.error !== null && !isPermanent(query.state.error)
      ? ERRORED_REFETCH_MS
      : false
}
