import * as v from 'valibot'
import type { KeyValueStorage } from '../../config/settingsStore.ts'
import { AddressSchema } from '../../config/storedDataSchema.ts'
import {
  PORTFOLIO_MAX_ADDRESSES,
  PORTFOLIO_NAME_MAX,
  type PortfolioEntry,
} from '../../domain/portfolio/portfolioBook.ts'
import { browserStorage } from '../transactions/browserStorage.ts'

/** localStorage key of the portfolio's named addresses. */
export const PORTFOLIO_KEY = 'poolscope.portfolio'

const entrySchema = v.object({
  address: AddressSchema,
  name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(PORTFOLIO_NAME_MAX)),
})

/**
 * The saved portfolio, read entry by entry: a damaged entry (or one past the limit, or a repeated
 * address) is dropped and counted, the others kept.
 */
export function parseStoredPortfolio(text: string | null): { entries: PortfolioEntry[]; dropped: number } {
  if (!text) return { entries: [], dropped: 0 }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { entries: [], dropped: 1 }
  }
  if (!Array.isArray(raw)) return { entries: [], dropped: 1 }
  const entries: PortfolioEntry[] = []
  for (const item of raw) {
    const parsed = v.safeParse(entrySchema, item)
    if (!parsed.success || entries.length >= PORTFOLIO_MAX_ADDRESSES) continue
    if (entries.some((entry) => entry.address === parsed.output.address)) continue
    entries.push(parsed.output)
  }
  return { entries, dropped: raw.length - entries.length }
}

type Listener = () => void

/** The portfolio's addresses, saved in localStorage; a tiny external store for useSyncExternalStore. */
export interface PortfolioStore {
  getEntries(): readonly PortfolioEntry[]
  setEntries(entries: readonly PortfolioEntry[]): void
  subscribe(listener: Listener): () => void
  /** Entries that could not be read at load (shown once on the page). */
  dropped: number
}

export function createPortfolioStore(
  storage: KeyValueStorage | undefined = browserStorage(),
): PortfolioStore {
  const loaded = parseStoredPortfolio(storage?.getItem(PORTFOLIO_KEY) ?? null)
  let entries: readonly PortfolioEntry[] = loaded.entries
  const listeners = new Set<Listener>()
  return {
    dropped: loaded.dropped,
    getEntries: () => entries,
    setEntries(next) {
      entries = next
      try {
        storage?.setItem(PORTFOLIO_KEY, JSON.stringify(next))
      } catch {
        // Storage full or blocked: the portfolio still works for this tab.
      }
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
