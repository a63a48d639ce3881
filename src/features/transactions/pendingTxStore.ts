import type { Address, Hex } from 'viem'

/** Where a submitted transaction stands; 'replaced' = sped up or cancelled in the wallet. */
export type PendingTxStatus = 'pending' | 'confirmed' | 'failed' | 'replaced' | 'cancelled'

/** A submitted transaction as remembered in the browser (JSON-safe: no bigint). */
export type StoredTx = {
  hash: Hex
  chainId: number
  from: Address
  /** Plain words, as the stepper showed it. */
  label: string
  kind: string
  /** Wall-clock ms when submitted (for ordering only). */
  submittedAt: number
  status: PendingTxStatus
  /** Set when replaced: the transaction that took its place. */
  replacedBy?: Hex
}

export const PENDING_TX_STORAGE_KEY = 'poolscope.pendingTxs'
/** Oldest finished entries are dropped beyond this. */
const MAX_ENTRIES = 50

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/** Every remembered transaction; a corrupt entry is ignored rather than breaking the page. */
export function loadStoredTxs(storage: KeyValueStorage): StoredTx[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PENDING_TX_STORAGE_KEY) ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (entry): entry is StoredTx =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as StoredTx).hash === 'string' &&
        /^0x[0-9a-fA-F]{64}$/.test((entry as StoredTx).hash) &&
        typeof (entry as StoredTx).chainId === 'number',
    )
  } catch {
    return []
  }
}

/** Adds or updates (by hash) one transaction and persists the list. */
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
