import { describe, expect, it } from 'vitest'
import type { StoredTx } from '../../domain/transactions/storedTx.ts'
import { createMemoryStorage } from '../../test-utils/memoryStorage.ts'
import {
  dropUnreadableStoredTxs,
  loadStoredTxs,
  PENDING_TX_STORAGE_KEY,
  pendingTxsFor,
  readStoredTxs,
  upsertStoredTx,
} from './pendingTxStore.ts'

const tx = (n: number, over: Partial<StoredTx> = {}): StoredTx => ({
  hash: `0x${n.toString(16).padStart(64, '0')}`,
  chainId: 31337,
  from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  label: `tx ${n}`,
  kind: 'mint',
  submittedAt: n,
  status: 'pending',
  ...over,
})

describe('pending transactions in localStorage', () => {
  it('stores, updates by hash and filters what to resume', () => {
    const storage = createMemoryStorage()
    upsertStoredTx(storage, tx(1))
    upsertStoredTx(storage, tx(2, { chainId: 1 }))
    upsertStoredTx(storage, tx(3))
    upsertStoredTx(storage, tx(1, { status: 'confirmed' }))
    expect(loadStoredTxs(storage).map((t) => [t.submittedAt, t.status])).toEqual([
      [1, 'confirmed'],
      [2, 'pending'],
      [3, 'pending'],
    ])
    expect(
      pendingTxsFor(storage, 31337, '0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266').map((t) => t.submittedAt),
    ).toEqual([3])
    expect(pendingTxsFor(storage, 31337, '0x70997970C51812dc3A010C7d01b50e0d17dc79C8')).toEqual([])
  })

  it('survives corrupt storage and caps the list, dropping finished entries first', () => {
    const storage = createMemoryStorage()
    storage.setItem(PENDING_TX_STORAGE_KEY, '{not json')
    expect(loadStoredTxs(storage)).toEqual([])
    storage.setItem(PENDING_TX_STORAGE_KEY, JSON.stringify([{ hash: 'nope' }, tx(9)]))
    expect(loadStoredTxs(storage)).toHaveLength(1)
    upsertStoredTx(storage, tx(0))
    for (let n = 10; n < 60; n++) upsertStoredTx(storage, tx(n, { status: 'confirmed' }))
    const kept = loadStoredTxs(storage)
    expect(kept).toHaveLength(50)
    expect(kept.filter((t) => t.status === 'pending').map((t) => t.submittedAt)).toEqual([0, 9])
  })
})

describe('the stored-transaction schema', () => {
  it('drops a hand-edited entry missing `from` (or with a bad optional field) and counts it', () => {
    const { from: _omitted, ...noFrom } = tx(1)
    const storage = createMemoryStorage({
      [PENDING_TX_STORAGE_KEY]: JSON.stringify([
        noFrom,
        { ...tx(2), nonce: -1 },
        { ...tx(3), status: 'lost' },
        { ...tx(4), submittedBlock: { number: '0x10', hash: tx(4).hash } },
        tx(5, { nonce: 7, submittedBlock: { number: '16', hash: tx(5).hash } }),
      ]),
    })
    const read = readStoredTxs(storage)
    expect(read.unreadable).toBe(4)
    expect(read.txs.map((t) => [t.submittedAt, t.nonce, t.submittedBlock?.number])).toEqual([[5, 7, '16']])
    // Pending lookups never touch the bad entries (the old code crashed on `from.toLowerCase()`).
    expect(pendingTxsFor(storage, 31337, tx(5).from)).toHaveLength(1)
    // Dropped once: the rewrite leaves only the good entry, so the notice is not shown again.
    expect(dropUnreadableStoredTxs(storage).unreadable).toBe(4)
    expect(readStoredTxs(storage)).toMatchObject({ unreadable: 0, txs: [{ submittedAt: 5 }] })
  })

  it('a storage that refuses writes makes upsert throw, so the flow can warn and keep the tx in memory', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
    }
    expect(() => upsertStoredTx(storage, tx(1))).toThrow('quota')
  })
})
