import type { ThemePreference } from '../../config/settings.ts'

/** A concrete colour scheme. */
export type ResolvedTheme = 'light' | 'dark'

/** The scheme a preference stands for, given whether the OS prefers dark. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light'
  return preference
}
