import { useLayoutEffect } from 'react'
import { useTheme } from './useTheme.ts'

/**
 * Puts the resolved theme on `<html>` (the `dark` class Tailwind's dark variant keys on, and
 * `color-scheme` for native controls). index.html does the same before first paint.
 */
export function ThemeSync() {
  const { resolved } = useTheme()
  useLayoutEffect(() => {
    const root = document.documentElement
    root.classList.toggle('dark', resolved === 'dark')
    root.style.colorScheme = resolved
  }, [resolved])
  return null
}
