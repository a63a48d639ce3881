import { useContext } from 'react'
import type { SettingsStore } from '../../config/settingsStore.ts'
import { SettingsContext } from './SettingsContext.ts'

/** The settings store from context; throws if used outside the App providers. */
export function useSettingsStore(): SettingsStore {
  const store = useContext(SettingsContext)
  if (!store) throw new Error('useSettingsStore must be used inside <SettingsContext value={store}>')
  return store
}
