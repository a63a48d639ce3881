import { createContext } from 'react'
import type { SettingsStore } from '../../config/settingsStore.ts'

/** The settings store the app reads; provided once in App (tests pass their own). */
export const SettingsContext = createContext<SettingsStore | null>(null)
