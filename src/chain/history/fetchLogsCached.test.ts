import type { Client } from 'viem'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BLOCK_HASH_REUSE_MS, fetchLogsCached } from './fetchLogsCached.ts'
import { createMemoryLogStore } from './logStore.ts'

/** A fake client that records eth_getLogs ranges and fails ranges wider than `maxRange`. */
function fakeClient(maxRange: bigint) {
  const ranges: [bigint, bigint][] = []
  const client = {
    request: async ({
      method,
      params,
    }: {
      method: string
      params: [{ fromBlock: string; toBlock: string }]
    }) => {
      if (method === 'eth_getBlockByNumber') return { hash: `0x${'ab'.repeat(32)}` }
      const from = BigInt(params[0].fromBlock)
      const to = BigInt(params[0].toBlock)
      if (to - from + 1n > maxRange) throw new Error('block range too large')
      ranges.push([from, to])
      return [
        {
          address: '0x00000000000000000000000000000000000000a1',
          topics: ['0x01'],
          data: '0x',
          blockNumber: `0x${to.toString(16)}`,
          transactionHash: '0x02',
          logIndex: '0x0',
        },
      ]
    },
  } as unknown as Client
  return { client, ranges }
}

const base = {
  cacheKey: 'test:key',
  address: '0x00000000000000000000000000000000000000a1' as const,
  topics: ['0x01' as const],
  fromBlock: 1n,
  // These tests fix the first range (the adaptive default is covered in fetchLogsScanner.test.ts).
  chunkSize: 5_000n,
}

describe('#fetchLogsCached', () => {
  it('scans in bounded ranges and a reload only asks for blocks after the cached head', async () => {
    const store = createMemoryLogStore()
    const { client, ranges } = fakeClient(10_000n)
    const first = await fetchLogsCached(client, { ...base, store, toBlock: 12_000n })
    expect(ranges).toEqual([
      [1n, 5_000n],
      [5_001n, 10_000n],
      [10_001n, 12_000n],
    ])
    expect(first).toHaveLength(3)
    const second = await fetchLogsCached(client, { ...base, store, toBlock: 12_010n })
    expect(ranges.at(-1)).toEqual([12_001n, 12_010n])
    expect(ranges).toHaveLength(4)
    expect(second).toHaveLength(4)
  })

  it('halves the range on "range too large" errors (no limit stated) and re-asks the refused range', async () => {
    const { client, ranges } = fakeClient(2_000n)
    await fetchLogsCached(client, { ...base, store: createMemoryLogStore(), toBlock: 4_000n })
    // [1, 4000] refused (4,000 > 2,000): halved to 2,000, which the fake accepts.
    expect(ranges).toEqual([
      [1n, 2_000n],
      [2_001n, 4_000n],
    ])
  })
})

/**
 * A fake chain with logs at `logBlocks`; every block's hash depends on `chain.salt`, so changing
 * the salt models a reorg or another chain behind the same RPC.
 */
function fakeChain(logBlocks: readonly bigint[]) {
  const chain = { salt: 'a' }
  const calls: string[] = []
  const hashOf = (block: bigint) => `0x${chain.salt.repeat(8)}${block.toString(16).padStart(56, '0')}`
  const client = {
    request: async ({ method, params }: { method: string; params: unknown[] }) => {
      if (method === 'eth_getBlockByNumber') {
        calls.push(`block ${BigInt(params[0] as string)}`)
        return { hash: hashOf(BigInt(params[0] as string)) }
      }
      const { fromBlock, toBlock } = params[0] as { fromBlock: string; toBlock: string }
      const [from, to] = [BigInt(fromBlock), BigInt(toBlock)]
      calls.push(`logs ${from}-${to}`)
      return logBlocks
        .filter((block) => block >= from && block <= to)
        .map((block) => ({
          address: '0x00000000000000000000000000000000000000a1',
          topics: ['0x01'],
          data: `0x${chain.salt}`,
          blockNumber: `0x${block.toString(16)}`,
          blockHash: hashOf(block),
          transactionHash: '0x02',
          logIndex: '0x0',
        }))
    },
  } as unknown as Client
  return { client, calls, chain }
}

let clock = 0
/** A later page load: block hashes read by the previous one are no longer reused. */
function laterLoad() {
  clock = Math.max(clock, Date.now()) + BLOCK_HASH_REUSE_MS + 1
  vi.spyOn(Date, 'now').mockReturnValue(clock)
}
afterEach(() => {
  vi.restoreAllMocks()
})

describe('#fetchLogsCached cache verification', () => {
  it('keeps an entry whose anchor (the hash of the block it reached) the chain confirms', async () => {
    const store = createMemoryLogStore()
    const { client, calls } = fakeChain([100n, 11_990n])
    await fetchLogsCached(client, { ...base, store, toBlock: 12_000n })
    expect(calls.at(0)).toBe('block 12000')
    expect(store.entries.get(base.cacheKey)).toMatchObject({
      version: 3,
      headBlock: 12_000n,
      anchor: {
        blockNumber: 12_000n,
        blockHash: `0x${'a'.repeat(8)}${(12_000).toString(16).padStart(56, '0')}`,
      },
    })
    laterLoad()
    calls.length = 0
    const logs = await fetchLogsCached(client, { ...base, store, toBlock: 12_010n })
    // The old head's hash checked, only the new blocks scanned, the new head's hash read.
    expect(calls).toEqual(['block 12000', 'block 12010', 'logs 12001-12010'])
    expect(logs.map((log) => log.blockNumber)).toEqual([100n, 11_990n])
    // Same head again in this process (the page reads the shared log twice per load): no request.
    calls.length = 0
    expect(await fetchLogsCached(client, { ...base, store, toBlock: 12_010n })).toHaveLength(2)
    expect(calls).toEqual([])
  })

  it('a reload at the same head costs one block-hash request', async () => {
    const { client, calls } = fakeChain([100n])
    const first = createMemoryLogStore()
    await fetchLogsCached(client, { ...base, store: first, toBlock: 12_000n })
    // A new store object models a reload (the in-process memo is gone, IndexedDB kept the entry).
    const reloaded = createMemoryLogStore()
    reloaded.entries.set(base.cacheKey, first.entries.get(base.cacheKey))
    laterLoad()
    calls.length = 0
    expect(await fetchLogsCached(client, { ...base, store: reloaded, toBlock: 12_000n })).toHaveLength(1)
    expect(calls).toEqual(['block 12000'])
  })

  it('discards the cache when the anchor block has another hash (restarted devnet, reorg)', async () => {
    const store = createMemoryLogStore()
    const { client, calls, chain } = fakeChain([100n, 11_990n])
    await fetchLogsCached(client, { ...base, store, toBlock: 12_000n })
    chain.salt = 'b'
    laterLoad()
    calls.length = 0
    const logs = await fetchLogsCached(client, { ...base, store, toBlock: 12_010n })
    expect(calls).toEqual([
      'block 12000',
      'block 12010',
      'logs 1-5000',
      'logs 5001-10000',
      'logs 10001-12010',
    ])
    // Only the new chain's logs remain.
    expect(logs.map((log) => [log.blockNumber, log.data])).toEqual([
      [100n, '0xb'],
      [11_990n, '0xb'],
    ])
  })

  it.each([
    ['written before anchors existed', { fromBlock: 1n, headBlock: 12_000n, logs: [] }],
    [
      'of the older layout anchored on its newest log only',
      { version: 2, fromBlock: 1n, headBlock: 12_000n, anchor: undefined, logs: [] },
    ],
    [
      'hand-edited to the current version without an anchor',
      { version: 3, fromBlock: 1n, headBlock: 12_000n, logs: [] },
    ],
    [
      'whose anchor is not the block it reached',
      {
        version: 3,
        fromBlock: 1n,
        headBlock: 12_000n,
        anchor: { blockNumber: 50n, blockHash: `0x${'a'.repeat(8)}${(50).toString(16).padStart(56, '0')}` },
        logs: [],
      },
    ],
    [
      'whose anchor hash is not a hash',
      {
        version: 3,
        fromBlock: 1n,
        headBlock: 12_000n,
        anchor: { blockNumber: 12_000n, blockHash: '0x1' },
        logs: [],
      },
    ],
  ])('an entry %s is discarded and re-fetched', async (_label, entry) => {
    const store = createMemoryLogStore()
    store.entries.set(base.cacheKey, entry)
    const { client, calls } = fakeChain([100n])
    const logs = await fetchLogsCached(client, { ...base, store, toBlock: 12_000n })
    expect(calls).toEqual(['block 12000', 'logs 1-5000', 'logs 5001-10000', 'logs 10001-12000'])
    expect(logs.map((log) => log.blockNumber)).toEqual([100n])
    expect(store.entries.get(base.cacheKey)).toMatchObject({ version: 3, anchor: { blockNumber: 12_000n } })
  })

  it('entries of one load at the same heads share one hash request per block', async () => {
    const { client, calls } = fakeChain([100n])
    const store = createMemoryLogStore()
    const other = { ...base, cacheKey: 'test:other' }
    await fetchLogsCached(client, { ...base, store, toBlock: 12_000n })
    await fetchLogsCached(client, { ...other, store, toBlock: 12_000n })
    laterLoad()
    calls.length = 0
    await fetchLogsCached(client, { ...base, store, toBlock: 12_010n })
    await fetchLogsCached(client, { ...other, store, toBlock: 12_010n })
    expect(calls).toEqual(['block 12000', 'block 12010', 'logs 12001-12010', 'logs 12001-12010'])
  })

  it('caches nothing when the node cannot give the hash of the block it reached', async () => {
    const store = createMemoryLogStore()
    const { client } = fakeChain([100n])
    const request = client.request.bind(client)
    const noBlocks = {
      request: async (args: { method: string }) =>
        args.method === 'eth_getBlockByNumber' ? null : request(args as never),
    } as unknown as Client
    expect(await fetchLogsCached(noBlocks, { ...base, store, toBlock: 12_000n })).toHaveLength(1)
    expect(store.entries.has(base.cacheKey)).toBe(false)
  })
})
