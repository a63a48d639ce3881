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

/** Parsed settings and the stored fields that could not be read (each fell back to its default). */
export type SettingsReport = { settings: Settings; unreadable: string[] }

/**
 * The settings schema: reads stored settings leniently — unknown fields are ignored and each bad field
 * falls back to its default (and is named in `unreadable`), so a corrupt or older value never blocks
 * the app from starting.
 * @param raw the stored JSON string, or null when nothing is stored
 */
export function parseSettingsReport(raw: string | null): SettingsReport {
  if (raw === null) return { settings: DEFAULT_SETTINGS, unreadable: [] }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { settings: DEFAULT_SETTINGS, unreadable: ['settings'] }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { settings: DEFAULT_SETTINGS, unreadable: ['settings'] }
  const record = json as Record<string, unknown>
  const settings: Settings = {
    theme: parseTheme(record.theme),
    rpcUrls: parseRpcUrls(record.rpcUrls),
    watchAddress: parseWatchAddress(record.watchAddress),
  }
  const unreadable: string[] = []
  if (record.theme !== undefined && settings.theme !== record.theme) unreadable.push('theme')
  if (record.rpcUrls !== undefined && !rpcUrlsAllRead(record.rpcUrls, settings.rpcUrls))
    unreadable.push('RPC URLs')
  if (
    record.watchAddress !== undefined &&
    record.watchAddress !== null &&
    settings.watchAddress?.toLowerCase() !== String(record.watchAddress).toLowerCase()
  )
    unreadable.push('watched address')
  return { settings, unreadable }
}

/** Whether every stored RPC URL survived parsing (a bad or dropped one is reported). */
function rpcUrlsAllRead(stored: unknown, parsed: Record<string, readonly string[]>): boolean {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return false
  return Object.entries(stored).every(([chainId, urls]) => {
    const count = Array.isArray(urls) ? urls.length : 1
    return (parsed[chainId]?.length ?? 0) === count
  })
}

/**
 * Reads stored settings leniently (see parseSettingsReport).
 * @param raw the stored JSON string, or null when nothing is stored
 */
export function parseSettings(raw: string | null): Settings {
  return parseSettingsReport(raw).settings
}

/** The user RPC URLs stored for `chainId` (empty when none). */
export function getUserRpcUrls(settings: Pick<Settings, 'rpcUrls'>, chainId: number): readonly string[] {
  return settings.rpcUrls[String(chainId)] ?? []
}
