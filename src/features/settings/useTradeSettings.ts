import { useCallback, useState } from 'react'
import { parseTradeSettings, TRADE_SETTINGS_STORAGE_KEY } from '../../config/tradeSettings.ts'
import type { AddLiquiditySettings } from '../../domain/actions/types.ts'

const KEY = TRADE_SETTINGS_STORAGE_KEY

/** Reads remembered settings; anything invalid falls back to the defaults (0.5 %, 20 min). */
export function loadTradeSettings(storage: Pick<Storage, 'getItem'> | undefined): AddLiquiditySettings {
  let raw: string | null = null
  try {
    raw = storage?.getItem(KEY) ?? null
  } catch {
    raw = null
  }
  return parseTradeSettings(raw).settings
}

/** The review settings every write shares (add, remove, close…): slippage and deadline, remembered in localStorage (kept in memory when storage refuses the write). */
export function useTradeSettings() {
  const storage = typeof window === 'undefined' ? undefined : window.localStorage
  const [settings, setSettings] = useState(() => loadTradeSettings(storage))
  const update = useCallback(
    (next: AddLiquiditySettings) => {
      setSettings(next)
      // A failed write (private mode, quota) must not lose the choice: it applies for this visit anyway.
      try {
        storage?.setItem(KEY, JSON.stringify(next))
      } catch {}
    },
    [storage],
  )
  return [settings, update] as const
}
