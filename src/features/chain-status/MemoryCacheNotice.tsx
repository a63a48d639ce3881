import { useSyncExternalStore } from 'react'
import {
  LOG_STORE_MEMORY_NOTICE,
  logStoreFallbackReason as reason,
  subscribeLogStoreFallback as subscribe,
} from '../../queries/logStoreStatus.ts'

/** One line while the log cache lives in memory because IndexedDB failed (private mode, blocked). */
export function MemoryCacheNotice() {
  const fallbackReason = useSyncExternalStore(subscribe, reason, reason)
  if (fallbackReason === null || typeof window === 'undefined' || !('indexedDB' in window)) return null
  return (
    <p
      role="status"
      data-testid="memory-cache-notice"
      title={fallbackReason}
      className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-xs text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
    >
      {LOG_STORE_MEMORY_NOTICE}
    </p>
  )
}
