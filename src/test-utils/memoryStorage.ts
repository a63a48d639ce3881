import type { KeyValueStorage } from '../config/settingsStore.ts'

/** An in-memory Storage stand-in; `data` exposes what was written. */
export function createMemoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  data: Map<string, string>
} {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, String(value))
    },
  }
}
