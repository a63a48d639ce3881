import { render } from '@testing-library/react'
import { memoryLocation } from 'wouter/memory-location'
import { App } from '../App.tsx'
import { SETTINGS_STORAGE_KEY, type Settings } from '../config/settings.ts'
import { createSettingsStore } from '../config/settingsStore.ts'
import { createMemoryStorage } from './memoryStorage.ts'

/**
 * Renders the whole App at `path` with in-memory settings and location. Stub fetch first
 * (stubJsonRpcFetch) so the chain polls get answers.
 */
export function renderApp(path: string, settings: Partial<Settings> = {}) {
  const storage = createMemoryStorage({ [SETTINGS_STORAGE_KEY]: JSON.stringify(settings) })
  const settingsStore = createSettingsStore(storage)
  const location = memoryLocation({ path, record: true })
  const view = render(
    <App settingsStore={settingsStore} router={{ hook: location.hook, searchHook: location.searchHook }} />,
  )
  return { ...view, storage, settingsStore, location }
}
