import { createStore, get, set } from 'idb-keyval'

/** Where cached event logs live: IndexedDB in the browser, a Map in Node tests and benches. */
export interface LogStore {
  get<value>(key: string): Promise<value | undefined>
  set(key: string, value: unknown): Promise<void>
}

/** An in-memory store (Node, tests, or a browser without IndexedDB). */
export function createMemoryLogStore(): LogStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>()
  return {
    entries,
    get: async <value>(key: string) => entries.get(key) as value | undefined,
    set: async (key, value) => {
      entries.set(key, value)
    },
  }
}

/** IndexedDB via idb-keyval (values are structured-cloned, so bigints survive). */
export function createIndexedDbLogStore(): LogStore {
  const store = createStore('poolscope-history', 'logs')
  return {
    get: <value>(key: string) => get<value>(key, store),
    set: (key, value) => set(key, value, store),
  }
}

/** The one-line notice shown while the log cache lives in memory because IndexedDB failed. */
export const MEMORY_CACHE_NOTICE =
  'This browser blocks IndexedDB (private mode?): history is cached in memory for this visit only and re-read after a reload.'

/** How long an IndexedDB operation may take before the store gives up on it (a blocked open never settles). */
const PERSISTENT_TIMEOUT_MS = 5_000

function withTimeout<value>(promise: Promise<value>): Promise<value> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`IndexedDB did not answer within ${PERSISTENT_TIMEOUT_MS / 1000} s.`)),
      PERSISTENT_TIMEOUT_MS,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** A store that is IndexedDB until IndexedDB fails once, then memory for the rest of the visit. */
export interface FallbackLogStore extends LogStore {
  /** Why the store fell back to memory; null while IndexedDB works. */
  readonly fallbackReason: string | null
  /** Calls `listener` when the store falls back; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
}

/**
 * Wraps `openPersistent` (IndexedDB) so that an unavailable IndexedDB — absent, blocked, private
 * mode, throwing on open or on a transaction — degrades to an in-memory cache instead of failing
 * the reads that use it. The failed operation itself is answered from memory too, so no caller
 * ever sees the error; `fallbackReason` and `subscribe` let the shell show a notice.
 * @param openPersistent creates the persistent store; may throw (e.g. `indexedDB` undefined)
 */
export function createFallbackLogStore(openPersistent: () => LogStore): FallbackLogStore {
  const memory = createMemoryLogStore()
  const listeners = new Set<() => void>()
  let persistent: LogStore | null = null
  let fallbackReason: string | null = null
  const fallBack = (error: unknown) => {
    if (fallbackReason !== null) return
    persistent = null
    fallbackReason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    for (const listener of listeners) listener()
  }
  try {
    persistent = openPersistent()
  } catch (error) {
    fallBack(error)
  }
  return {
    get fallbackReason() {
      return fallbackReason
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async get<value>(key: string) {
      if (persistent) {
        try {
          return await withTimeout(persistent.get<value>(key))
        } catch (error) {
          fallBack(error)
        }
      }
      return memory.get<value>(key)
    },
    async set(key, value) {
      if (persistent) {
        try {
          await withTimeout(persistent.set(key, value))
          return
        } catch (error) {
          fallBack(error)
        }
      }
      await memory.set(key, value)
    },
  }
}

let defaultStore: FallbackLogStore | undefined

/** The app's store: IndexedDB when it works, else (absent, blocked, throwing) memory with a notice. */
export function getDefaultLogStore(): FallbackLogStore {
  defaultStore ??= createFallbackLogStore(() => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.')
    return createIndexedDbLogStore()
  })
  return defaultStore
}
