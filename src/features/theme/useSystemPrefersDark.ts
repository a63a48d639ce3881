import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

function getMediaQuery(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : undefined
}

function subscribe(onChange: () => void) {
  const query = getMediaQuery()
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

/** Whether the OS asks for dark mode; follows live changes. */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => getMediaQuery()?.matches ?? false,
    () => false,
  )
}
