import { getDefaultLogStore, MEMORY_CACHE_NOTICE } from '../chain/history/logStore.ts'

// Not a query: the log cache's fallback state is local and synchronous, read with useSyncExternalStore.
// It lives here because features reach src/chain only through src/queries.

/** The notice shown while the log cache lives in memory. */
export const LOG_STORE_MEMORY_NOTICE = MEMORY_CACHE_NOTICE

/** Calls `listener` when the log cache falls back to memory; returns the unsubscribe. */
export const subscribeLogStoreFallback = (listener: () => void) => getDefaultLogStore().subscribe(listener)

/** Why the log cache lives in memory (IndexedDB failed), or null while IndexedDB works. */
export const logStoreFallbackReason = () => getDefaultLogStore().fallbackReason
