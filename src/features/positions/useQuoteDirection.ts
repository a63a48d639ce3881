import { useCallback, useSyncExternalStore } from 'react'

const STORAGE_KEY = 'poolscope.positions.quoteInverted'
const listeners = new Set<() => void>()

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * The page-wide quote direction of prices: false = token1 per token0 (as the pool stores it),
 * true = token0 per token1. Remembered in localStorage; every card follows the same switch.
 */
export function useQuoteDirection(): [inverted: boolean, toggle: () => void] {
  const inverted = useSyncExternalStore(subscribe, read, () => false)
  const toggle = useCallback(() => {
    try {
      localStorage.setItem(STORAGE_KEY, read() ? '0' : '1')
    } catch {
      // Storage blocked: the switch still works for this render via the listeners below.
    }
    for (const listener of listeners) listener()
  }, [])
  return [inverted, toggle]
}
