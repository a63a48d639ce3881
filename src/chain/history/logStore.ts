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

let defaultStore: LogStore | undefined

/** The app's store: IndexedDB when available, else memory. */
export function getDefaultLogStore(): LogStore {
  defaultStore ??= typeof indexedDB === 'undefined' ? createMemoryLogStore() : createIndexedDbLogStore()
  return defaultStore
}
