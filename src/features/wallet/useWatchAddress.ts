import { useCallback } from 'react'
import type { Address } from 'viem'
import { useSettings } from '../settings/useSettings.ts'

/** The param that carries a watched address in a shareable link: `?watch=0x…`. */
export const WATCH_URL_PARAM = 'watch'

export interface UseWatchAddressReturnType {
  watchAddress: Address | null
  watch: (address: Address) => void
  /** Stops watching and removes `?watch=` from the address bar so a reload does not bring it back. */
  stopWatching: () => void
}

/** The watched (read-only) address, remembered in settings. */
export function useWatchAddress(): UseWatchAddressReturnType {
  const [settings, updateSettings] = useSettings()
  const watch = useCallback((address: Address) => updateSettings({ watchAddress: address }), [updateSettings])
  const stopWatching = useCallback(() => {
    updateSettings({ watchAddress: null })
    // Plain History API rather than nuqs: the shell has no nuqs adapter (see WatchAddressFromUrl).
    const url = new URL(window.location.href)
    if (url.searchParams.has(WATCH_URL_PARAM)) {
      url.searchParams.delete(WATCH_URL_PARAM)
      window.history.replaceState(window.history.state, '', url)
    }
  }, [updateSettings])
  return { watchAddress: settings.watchAddress, watch, stopWatching }
}
