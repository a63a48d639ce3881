import type { Client } from 'viem'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchLogsCached } from './fetchLogsCached.ts'
import { createFallbackLogStore, createIndexedDbLogStore, type LogStore } from './logStore.ts'

/** A one-log chain: enough for fetchLogsCached to read, anchor and cache an entry. */
const client = {
  request: async ({ method }: { method: string }) =>
    method === 'eth_getBlockByNumber'
      ? { hash: `0x${'ab'.repeat(32)}` }
      : [
          {
            address: '0x00000000000000000000000000000000000000a1',
            topics: ['0x01'],
            data: '0x',
            blockNumber: '0x5',
            blockHash: `0x${'cd'.repeat(32)}`,
            transactionHash: '0x02',
            logIndex: '0x0',
          },
        ],
} as unknown as Client
const parameters = {
  cacheKey: 'k',
  address: '0x00000000000000000000000000000000000000a1' as const,
  topics: ['0x01' as const],
  fromBlock: 1n,
  toBlock: 10n,
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('#createFallbackLogStore', () => {
  it('falls back to memory when indexedDB.open throws, and the history read still succeeds (private mode, blocked), with a reason', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      },
    })
    // The real IndexedDB store (idb-keyval) opens the database on first use.
    const store = createFallbackLogStore(createIndexedDbLogStore)
    const logs = await fetchLogsCached(client, { ...parameters, store })
    expect(logs.map((log) => log.blockNumber)).toEqual([5n])
    expect(store.fallbackReason).toBe('SecurityError: The user denied permission to access the database.')
    expect(await store.get('k')).toMatchObject({ version: 3, headBlock: 10n })
  })

  it('falls back when an operation rejects later, and the failed operation is answered from memory', async () => {
    let calls = 0
    const failing: LogStore = {
      get: async () => {
        calls++
        throw new DOMException('Quota exceeded', 'QuotaExceededError')
      },
      set: async () => {
        calls++
        throw new DOMException('Quota exceeded', 'QuotaExceededError')
      },
    }
    const store = createFallbackLogStore(() => failing)
    const notified = vi.fn()
    store.subscribe(notified)
    expect(store.fallbackReason).toBeNull()
    await store.set('a', 1)
    expect(await store.get('a')).toBe(1)
    expect(notified).toHaveBeenCalledTimes(1)
    expect(store.fallbackReason).toBe('QuotaExceededError: Quota exceeded')
    // IndexedDB is not tried again after it failed once.
    expect(calls).toBe(1)
  })

  it('falls back when IndexedDB never answers (a blocked open)', async () => {
    vi.useFakeTimers()
    try {
      const hanging: LogStore = { get: () => new Promise(() => {}), set: () => new Promise(() => {}) }
      const store = createFallbackLogStore(() => hanging)
      const read = store.get('a')
      await vi.advanceTimersByTimeAsync(5_000)
      expect(await read).toBeUndefined()
      expect(store.fallbackReason).toMatch(/did not answer/)
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps using IndexedDB while it works', async () => {
    const entries = new Map<string, unknown>()
    const persistent: LogStore = {
      get: async <value>(key: string) => entries.get(key) as value,
      set: async (key, value) => {
        entries.set(key, value)
      },
    }
    const store = createFallbackLogStore(() => persistent)
    await store.set('a', 2)
    expect(entries.get('a')).toBe(2)
    expect(store.fallbackReason).toBeNull()
  })
})
