import { parseSettings, SETTINGS_STORAGE_KEY, type Settings } from './settings.ts'

/** The part of the Web Storage API the store needs (localStorage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/** A tiny external store for the settings, persisted on every change (for useSyncExternalStore). */
export interface SettingsStore {
  getSnapshot(): Settings
  subscribe(listener: () => void): () => void
  update(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)): void
}

/**
 * Creates the settings store over `storage`. Storage failures (private mode, quota) are swallowed:
 * settings then live for the session only.
 * @param storage where settings persist; undefined keeps them in memory
 * @param win window to follow other tabs' changes through the `storage` event
 */
export function createSettingsStore(
  storage: KeyValueStorage | undefined,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined = undefined,
): SettingsStore {
  const read = (): string | null => {
    try {
      return storage?.getItem(SETTINGS_STORAGE_KEY) ?? null
    } catch {
      return null
    }
  }
  let current = parseSettings(read())
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }

  const onStorageEvent = (event: StorageEvent) => {
    if (event.key !== SETTINGS_STORAGE_KEY) return
    current = parseSettings(event.newValue)
    notify()
  }

  return {
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener)
      if (listeners.size === 1) win?.addEventListener('storage', onStorageEvent)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) win?.removeEventListener('storage', onStorageEvent)
      }
    },
    update(change) {
      const patch = typeof change === 'function' ? change(current) : change
      current = { ...current, ...patch }
      try {
        storage?.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(current))
      } catch {
        // Not persisted; the in-memory value still applies for this session.
      }
      notify()
    },
  }
}

/** The store the app uses: browser localStorage when there is one. */
export function createBrowserSettingsStore(): SettingsStore {
  if (typeof window === 'undefined') return createSettingsStore(undefined)
  let storage: Storage | undefined
  try {
    storage = window.localStorage
  } catch {
    storage = undefined
  }
  return createSettingsStore(storage, window)
}
