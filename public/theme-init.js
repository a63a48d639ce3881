// Applies the stored theme before first paint (no light flash in dark mode).
// A file, not an inline <script>, so the Content-Security-Policy can forbid inline scripts.
// Key and shape: src/config/settings.ts (SETTINGS_STORAGE_KEY, Settings.theme).
;(() => {
  try {
    const theme = JSON.parse(localStorage.getItem('poolscope.settings') || '{}')?.theme
    const dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)
    document.documentElement.classList.toggle('dark', dark)
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
  } catch {
    // Storage blocked: the app applies the theme once it mounts.
  }
})()
// Which main page's heading the static shell in #root shows before the app loads (vite.config.ts
// staticShell; the paths of src/features/layout/pageHeadings.ts).
;(() => {
  const path = location.pathname
  const route =
    path === '/'
      ? 'positions'
      : ['pools', 'simulator', 'add'].find((p) => path === `/${p}` || path.startsWith(`/${p}/`))
  if (route) document.documentElement.dataset.shellRoute = route
})()
