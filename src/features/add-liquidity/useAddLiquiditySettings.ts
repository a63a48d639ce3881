import { useCallback, useState } from 'react'
import { DEFAULT_DEADLINE_MINUTES, DEFAULT_SLIPPAGE_BPS } from './derive/slippage.ts'
import type { AddLiquiditySettings } from './derive/types.ts'

const KEY = 'poolscope.addLiquidity.settings'

/** Reads remembered settings; anything invalid falls back to the defaults (0.5 %, 20 min). */
export function loadAddLiquiditySettings(
  storage: Pick<Storage, 'getItem'> | undefined,
): AddLiquiditySettings {
  const defaults = { slippageBps: DEFAULT_SLIPPAGE_BPS, deadlineMinutes: DEFAULT_DEADLINE_MINUTES }
  try {
    const parsed = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<AddLiquiditySettings>
    const slippageBps =
      Number.isInteger(parsed.slippageBps) &&
      (parsed.slippageBps as number) >= 1 &&
      (parsed.slippageBps as number) <= 5_000
        ? (parsed.slippageBps as number)
        : defaults.slippageBps
    const deadlineMinutes =
      typeof parsed.deadlineMinutes === 'number' &&
      parsed.deadlineMinutes >= 1 &&
      parsed.deadlineMinutes <= 4_320
        ? parsed.deadlineMinutes
        : defaults.deadlineMinutes
    return { slippageBps, deadlineMinutes }
  } catch {
    return defaults
  }
}

/** Slippage and deadline, remembered in localStorage (kept in memory when storage refuses the write). */
export function useAddLiquiditySettings() {
  const storage = typeof window === 'undefined' ? undefined : window.localStorage
  const [settings, setSettings] = useState(() => loadAddLiquiditySettings(storage))
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
