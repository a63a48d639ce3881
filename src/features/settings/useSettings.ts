import { useSyncExternalStore } from 'react'
import type { Settings } from '../../config/settings.ts'
import { useSettingsStore } from './useSettingsStore.ts'

/** The current settings and a function to change them; re-renders on every change. */
export function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const store = useSettingsStore()
  const settings = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot)
  return [settings, store.update]
}
