import { type Address, getAddress, isAddress } from 'viem'
import { validateRpcUrl } from './rpcUrl.ts'

/**
 * localStorage key of the user's settings. index.html reads it too (theme, before first paint),
 * and the browser tests pre-seed it, e.g. to point the devnet at another port.
 */
export const SETTINGS_STORAGE_KEY = 'poolscope.settings'

/** Theme choice: follow the OS, or force one. */
export type ThemePreference = 'system' | 'light' | 'dark'

/**
 * What Poolscope remembers between visits (JSON in localStorage under SETTINGS_STORAGE_KEY).
 * @example
 * // point the devnet at port 8745:
 * localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ rpcUrls: { '31337': ['http://127.0.0.1:8745'] } }))
 */
export interface Settings {
  theme: ThemePreference
  /** User RPC URLs per chain id (JSON object keys are the decimal chain id); tried before all others. */
  rpcUrls: Readonly<Record<string, readonly string[]>>
  /** The read-only address being watched, EIP-55 checksummed; null when none. */
  watchAddress: Address | null
}

/** Settings of a first visit. */
export const DEFAULT_SETTINGS: Settings = { theme: 'system', rpcUrls: {}, watchAddress: null }

function parseTheme(value: unknown): ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system' ? value : DEFAULT_SETTINGS.theme
}

function parseRpcUrls(value: unknown): Record<string, readonly string[]> {
  if (typeof value !== 'object' || value === null) return {}
  const rpcUrls: Record<string, readonly string[]> = {}
  for (const [chainId, urls] of Object.entries(value)) {
    if (!/^\d+$/.test(chainId)) continue
    // Accept a single string too: hand-written seeds often forget the array.
    const list: unknown[] = Array.isArray(urls) ? urls : [urls]
    const valid = list.flatMap((url) => {
      if (typeof url !== 'string') return []
      const checked = validateRpcUrl(url)
      return checked.ok ? [checked.url] : []
    })
    if (valid.length > 0) rpcUrls[chainId] = valid
  }
  return rpcUrls
}

function parseWatchAddress(value: unknown): Address | null {
  return typeof value === 'string' && isAddress(value, { strict: false }) ? getAddress(value) : null
}

/**
 * Reads stored settings leniently: unknown fields are ignored and each bad field falls back to its
 * default, so a corrupt or older value never blocks the app from starting.
 * @param raw the stored JSON string, or null when nothing is stored
 */
export function parseSettings(raw: string | null): Settings {
  if (raw === null) return DEFAULT_SETTINGS
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return DEFAULT_SETTINGS
  }
  if (typeof json !== 'object' || json === null) return DEFAULT_SETTINGS
  const record = json as Record<string, unknown>
  return {
    theme: parseTheme(record.theme),
    rpcUrls: parseRpcUrls(record.rpcUrls),
    watchAddress: parseWatchAddress(record.watchAddress),
  }
}

/** The user RPC URLs stored for `chainId` (empty when none). */
export function getUserRpcUrls(settings: Pick<Settings, 'rpcUrls'>, chainId: number): readonly string[] {
  return settings.rpcUrls[String(chainId)] ?? []
}
