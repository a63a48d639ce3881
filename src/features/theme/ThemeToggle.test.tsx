import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SETTINGS_STORAGE_KEY } from '../../config/settings.ts'
import { createSettingsStore } from '../../config/settingsStore.ts'
import { createMemoryStorage } from '../../test-utils/memoryStorage.ts'
import { SettingsContext } from '../settings/SettingsContext.ts'
import { resolveTheme } from './resolveTheme.ts'
import { ThemeSync } from './ThemeSync.tsx'
import { ThemeToggle } from './ThemeToggle.tsx'

function renderToggle(stored: Record<string, unknown>) {
  const storage = createMemoryStorage({ [SETTINGS_STORAGE_KEY]: JSON.stringify(stored) })
  const store = createSettingsStore(storage)
  render(
    <SettingsContext value={store}>
      <ThemeSync />
      <ThemeToggle />
    </SettingsContext>,
  )
  return { storage }
}

describe('resolveTheme', () => {
  it('follows the OS for "system" and forces otherwise', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })
})

describe('ThemeToggle', () => {
  it('starts from the system scheme (light in jsdom) and toggles to dark, remembered', () => {
    const { storage } = renderToggle({})
    const root = document.documentElement
    expect(root.classList.contains('dark')).toBe(false)
    const toggle = screen.getByTestId('theme-toggle')
    expect(toggle.getAttribute('aria-label')).toBe('Switch to dark theme')

    fireEvent.click(toggle)
    expect(root.classList.contains('dark')).toBe(true)
    expect(root.style.colorScheme).toBe('dark')
    expect(JSON.parse(storage.data.get(SETTINGS_STORAGE_KEY) ?? '{}').theme).toBe('dark')
    expect(toggle.getAttribute('aria-label')).toBe('Switch to light theme')

    fireEvent.click(toggle)
    expect(root.classList.contains('dark')).toBe(false)
    expect(JSON.parse(storage.data.get(SETTINGS_STORAGE_KEY) ?? '{}').theme).toBe('light')
  })

  it('applies a remembered dark theme on load', () => {
    renderToggle({ theme: 'dark' })
    expect(document.documentElement.classList.contains('dark')).toBe(true)
    expect(screen.getByTestId('theme-toggle').getAttribute('aria-label')).toBe('Switch to light theme')
  })
})
