import type { Address } from 'viem'
import type { StoredTx } from '../../domain/transactions/storedTx.ts'
import { parseStoredTx } from './storedTxSchema.ts'

export const PENDING_TX_STORAGE_KEY = 'poolscope.pendingTxs'
/** Oldest finished entries are dropped beyond this. */
const MAX_ENTRIES = 50

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/** The stored list as read: the valid entries, and how many could not be read (corrupt, hand-edited). */
export type StoredTxsRead = { txs: StoredTx[]; unreadable: number }

/**
 * Reads every remembered transaction through the schema (storedTxSchema.ts). Entries that do not parse
 * are counted and left out; a value that is not a JSON list counts as one unreadable entry. Never throws.
 */
export function readStoredTxs(storage: KeyValueStorage): StoredTxsRead {
  let raw: string | null
  try {
    raw = storage.getItem(PENDING_TX_STORAGE_KEY)
  } catch {
    return { txs: [], unreadable: 0 }
  }
  if (raw === null) return { txs: [], unreadable: 0 }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { txs: [], unreadable: 1 }
  }
  if (!Array.isArray(parsed)) return { txs: [], unreadable: 1 }
  const txs: StoredTx[] = []
  for (const entry of parsed) {
    const tx = parseStoredTx(entry)
    if (tx) txs.push(tx)
  }
  return { txs, unreadable: parsed.length - txs.length }
}

/** Every remembered transaction that parses; a corrupt entry is left out rather than breaking the page. */
export function loadStoredTxs(storage: KeyValueStorage): StoredTx[] {
  return readStoredTxs(storage).txs
}

/**
 * Reads the list and rewrites it without its unreadable entries (so the notice shows once).
 * @returns the valid entries and how many were dropped; a failed rewrite is ignored (read-only storage)
 */
export function dropUnreadableStoredTxs(storage: KeyValueStorage): StoredTxsRead {
  const read = readStoredTxs(storage)
  if (read.unreadable > 0)
    try {
      storage.setItem(PENDING_TX_STORAGE_KEY, JSON.stringify(read.txs))
    } catch {
      // Storage refuses writes: the bad entries stay, and are dropped again on every read.
    }
  return read
}

/**
 * Adds or updates (by hash) one transaction and persists the list.
 * @throws when the storage refuses the write (quota, private mode): the caller keeps the entry in memory
 */
export function upsertStoredTx(storage: KeyValueStorage, tx: StoredTx): StoredTx[] {
  const others = loadStoredTxs(storage).filter((entry) => entry.hash !== tx.hash)
  const next = [...others, tx].sort((a, b) => a.submittedAt - b.submittedAt)
  while (next.length > MAX_ENTRIES) {
    const finished = next.findIndex((entry) => entry.status !== 'pending')
    next.splice(finished === -1 ? 0 : finished, 1)
  }
  storage.setItem(PENDING_TX_STORAGE_KEY, JSON.stringify(next))
  return next
}

/** Transactions still to be watched after a reload (this chain and account). */
export function pendingTxsFor(
  storage: KeyValueStorage,
  chainId: number,
  from: Address | undefined,
): StoredTx[] {
  return loadStoredTxs(storage).filter(
    (tx) =>
      tx.status === 'pending' &&
      tx.chainId === chainId &&
      (!from || tx.from.toLowerCase() === from.toLowerCase()),
  )
}
