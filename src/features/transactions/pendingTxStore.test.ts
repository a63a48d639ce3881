import { describe, expect, it } from 'vitest'
import { createMemoryStorage } from '../../test-utils/memoryStorage.ts'
import {
  loadStoredTxs,
  PENDING_TX_STORAGE_KEY,
  pendingTxsFor,
  type StoredTx,
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
