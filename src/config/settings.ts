import * as v from 'valibot'
import type { Address } from 'viem'
import { validateRpcUrl } from './rpcUrl.ts'
import { AddressSchema, readStoredField, StoredObjectSchema } from './storedDataSchema.ts'

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

/** The theme choice. */
export const ThemeSchema = v.picklist(['system', 'light', 'dark'])

/** One RPC URL, trimmed; an invalid one fails with validateRpcUrl's message. */
export const RpcUrlSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = validateRpcUrl(dataset.value)
    if (checked.ok) return checked.url
    addIssue({ message: checked.message })
    return NEVER
  }),
)

/** The watched address: null, or an address read as EIP-55 checksummed. */
export const WatchAddressSchema = v.nullable(AddressSchema)

/** The stored RPC URLs: per decimal chain id, a list of URLs (a single string is accepted as a list of one). */
const RpcUrlsSchema = v.record(
  v.pipe(v.string(), v.regex(/^\d+$/)),
  v.union([v.string(), v.array(v.unknown())]),
)

/**
 * The stored RPC URLs, kept URL by URL: a bad URL (or a non-decimal chain id) is dropped and the rest
 * kept, and `allRead` says whether anything was dropped. Hand-written around the schemas above
 * because a schema passes or fails a value as a whole, and one bad URL must not cost the others.
 */
function readRpcUrls(value: unknown): { rpcUrls: Record<string, readonly string[]>; allRead: boolean } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { rpcUrls: {}, allRead: false }
  const rpcUrls: Record<string, readonly string[]> = {}
  let allRead = true
  for (const [chainId, urls] of Object.entries(value)) {
    const entry = v.safeParse(RpcUrlsSchema, { [chainId]: urls })
    // Accept a single string too: hand-written seeds often forget the array.
    const list: unknown[] = Array.isArray(urls) ? urls : [urls]
    const valid = entry.success
      ? list.flatMap((url) => {
          const checked = v.safeParse(RpcUrlSchema, url)
          return checked.success ? [checked.output] : []
        })
      : []
    if (valid.length !== list.length) allRead = false
    if (valid.length > 0) rpcUrls[chainId] = valid
  }
  return { rpcUrls, allRead }
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
  const stored = v.safeParse(StoredObjectSchema, raw)
  if (!stored.success) return { settings: DEFAULT_SETTINGS, unreadable: ['settings'] }
  const record = stored.output
  const unreadable: string[] = []
  const theme = readStoredField(record, 'theme', ThemeSchema, DEFAULT_SETTINGS.theme, 'theme', unreadable)
  let rpcUrls: Record<string, readonly string[]> = {}
  if (record.rpcUrls !== undefined) {
    const read = readRpcUrls(record.rpcUrls)
    rpcUrls = read.rpcUrls
    if (!read.allRead) unreadable.push('RPC URLs')
  }
  const watchAddress = readStoredField(
    record,
    'watchAddress',
    WatchAddressSchema,
    DEFAULT_SETTINGS.watchAddress,
    'watched address',
    unreadable,
  )
  return { settings: { theme, rpcUrls, watchAddress }, unreadable }
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
