import { useSyncExternalStore } from 'react'
import { getDefaultLogStore, MEMORY_CACHE_NOTICE } from '../../chain/history/logStore.ts'

const subscribe = (listener: () => void) => getDefaultLogStore().subscribe(listener)
const reason = () => getDefaultLogStore().fallbackReason

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
      {MEMORY_CACHE_NOTICE}
    </p>
  )
}
