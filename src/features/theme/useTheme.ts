import { useCallback } from 'react'
import type { ThemePreference } from '../../config/settings.ts'
import { useSettings } from '../settings/useSettings.ts'
import { type ResolvedTheme, resolveTheme } from './resolveTheme.ts'
import { useSystemPrefersDark } from './useSystemPrefersDark.ts'

export interface UseThemeReturnType {
  preference: ThemePreference
  resolved: ResolvedTheme
  setPreference: (preference: ThemePreference) => void
  /** Flips the scheme now on screen (light ↔ dark) and remembers it. */
  toggle: () => void
}

/** The theme preference (remembered in settings) and the scheme it resolves to. */
export function useTheme(): UseThemeReturnType {
  const [settings, updateSettings] = useSettings()
  const systemPrefersDark = useSystemPrefersDark()
  const resolved = resolveTheme(settings.theme, systemPrefersDark)
  const setPreference = useCallback((theme: ThemePreference) => updateSettings({ theme }), [updateSettings])
  const toggle = useCallback(
    () => updateSettings({ theme: resolved === 'dark' ? 'light' : 'dark' }),
    [resolved, updateSettings],
  )
  return { preference: settings.theme, resolved, setPreference, toggle }
}
