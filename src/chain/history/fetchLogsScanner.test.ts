import type { Client } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  CHECKPOINT_EVERY_RANGES,
  DEFAULT_CHUNK_SIZE,
  fetchLogsCached,
  rangeAdviceOf,
  type ScanProgress,
} from './fetchLogsCached.ts'
import { createMemoryLogStore } from './logStore.ts'

interface FakeOptions {
  /** Largest accepted block span; wider ranges are refused with a provider-like message. */
  maxRange?: bigint
  /** Most logs per answer; more are refused with "more than N results" and a range that works. */
  maxResults?: number
  /** Blocks that hold one log each. */
  logBlocks: readonly bigint[]
  /** Delay (ms) of the answer for a range, to shuffle completion order. */
  delay?: (from: bigint, to: bigint) => number
  /** Awaited before answering any eth_getLogs (lets a test hold a scan). */
  gate?: () => Promise<void>
}

/** A fake node: enforces a range limit and a result cap, counts every request by method. */
function fakeNode(options: FakeOptions) {
  const counts = { getLogs: 0, refused: 0, blockByNumber: 0 }
  const served: [bigint, bigint][] = []
  const hashOf = (block: bigint) => `0x${block.toString(16).padStart(64, '0')}`
  const client = {
    chain: { id: 999 },
    request: async ({ method, params }: { method: string; params: unknown[] }) => {
      if (method === 'eth_getBlockByNumber') {
        counts.blockByNumber++
        return { hash: hashOf(BigInt(params[0] as string)) }
      }
      counts.getLogs++
      await options.gate?.()
      const { fromBlock, toBlock } = params[0] as { fromBlock: string; toBlock: string }
      const [from, to] = [BigInt(fromBlock), BigInt(toBlock)]
      const wait = options.delay?.(from, to) ?? 0
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      if (options.maxRange !== undefined && to - from + 1n > options.maxRange) {
        counts.refused++
        throw new Error(`eth_getLogs is limited to a ${options.maxRange.toLocaleString('en-US')} block range`)
      }
      const inRange = options.logBlocks.filter((block) => block >= from && block <= to)
      if (options.maxResults !== undefined && inRange.length > options.maxResults) {
        counts.refused++
        const lastOk = inRange[options.maxResults - 1] as bigint
        throw new Error(
          `query returned more than ${options.maxResults} results. Try with this block range [0x${from.toString(16)}, 0x${lastOk.toString(16)}].`,
        )
      }
      served.push([from, to])
      return inRange.map((block) => ({
        address: '0x00000000000000000000000000000000000000a1',
        topics: ['0x01'],
        data: '0x',
        blockNumber: `0x${block.toString(16)}`,
        blockHash: hashOf(block),
        transactionHash: `0x${block.toString(16).padStart(64, '0')}`,
        logIndex: '0x0',
      }))
    },
  } as unknown as Client
  return { client, counts, served }
}

const scan = {
  cacheKey: 'scan:key',
  address: '0x00000000000000000000000000000000000000a1' as const,
  topics: ['0x01' as const],
}

/** Ranges needed to cover [from, to] at `size` blocks each (computed here, not by the scanner). */
const rangesFor = (from: bigint, to: bigint, size: bigint) => Number((to - from + size) / size)

describe('#fetchLogsCached adaptive scanner', () => {
  it('learns a stated range limit from one refusal, then costs exactly one request per range', async () => {
    const logBlocks = [5n, 12_345n, 50_000n, 99_999n]
    const node = fakeNode({ maxRange: 2_000n, logBlocks })
    const logs = await fetchLogsCached(node.client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 100_000n,
    })
    expect(logs.map((log) => log.blockNumber)).toEqual(logBlocks)
    // The first range (10,000) is the one probe the provider refuses; then 2,000-block ranges.
    expect(node.counts.refused).toBe(1)
    expect(node.counts.getLogs).toBe(rangesFor(1n, 100_000n, 2_000n) + 1)
    expect(node.served.every(([from, to]) => to - from + 1n <= 2_000n)).toBe(true)
    // The served ranges tile the window exactly once.
    const sorted = [...node.served].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    let next = 1n
    for (const [from, to] of sorted) {
      expect(from).toBe(next)
      next = to + 1n
    }
    expect(next).toBe(100_001n)
  })

  it('finds an unstated range limit by halving, then probing the midpoint, to within 1/16', async () => {
    // A node that only says "block range too large" (no number) and accepts 2,000 blocks.
    const client = {
      chain: { id: 997 },
      served: [] as bigint[],
      refused: 0,
      request: async ({ method, params }: { method: string; params: unknown[] }) => {
        if (method === 'eth_getBlockByNumber') return { hash: `0x${'2'.repeat(64)}` }
        const { fromBlock, toBlock } = params[0] as { fromBlock: string; toBlock: string }
        const span = BigInt(toBlock) - BigInt(fromBlock) + 1n
        if (span > 2_000n) {
          client.refused++
          throw new Error('block range too large')
        }
        client.served.push(span)
        return []
      },
    }
    await fetchLogsCached(client as unknown as Client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 1_000_000n,
    })
    const minimum = rangesFor(1n, 1_000_000n, 2_000n)
    // Halving 10,000 → 5,000 → 2,500 → 1,250 (in-flight ranges refused too), then midpoint probes.
    expect(client.refused).toBeLessThanOrEqual(10)
    expect(Math.max(...client.served.map(Number))).toBeGreaterThanOrEqual(2_000 - 2_000 / 16)
    expect(client.served.length + client.refused).toBeLessThanOrEqual(Math.ceil(minimum * 1.1))
  })

  it('a later scan on the same client starts at the learned size, in parallel, with no probe', async () => {
    const node = fakeNode({ maxRange: 2_000n, logBlocks: [7n] })
    await fetchLogsCached(node.client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 4_000n,
    })
    node.counts.getLogs = 0
    node.counts.refused = 0
    await fetchLogsCached(node.client, {
      ...scan,
      cacheKey: 'scan:other',
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 20_000n,
    })
    expect(node.counts.refused).toBe(0)
    expect(node.counts.getLogs).toBe(rangesFor(1n, 20_000n, 2_000n))
  })

  it('grows x2 while pages come back empty (one range at a time), up to the cap', async () => {
    const node = fakeNode({ logBlocks: [] })
    const toBlock = 1_000_000n
    await fetchLogsCached(node.client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock,
      maxChunkSize: 80_000n,
    })
    // Expected sizes, computed here: 10k, 20k, 40k, then 80k (the cap) until the end.
    const expected: bigint[] = []
    let at = 1n
    let size = DEFAULT_CHUNK_SIZE
    while (at <= toBlock) {
      const end = at + size - 1n < toBlock ? at + size - 1n : toBlock
      expected.push(end - at + 1n)
      at = end + 1n
      size = size * 2n > 80_000n ? 80_000n : size * 2n
    }
    const sizes = [...node.served].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([from, to]) => to - from + 1n)
    expect(sizes).toEqual(expected)
    expect(node.counts.getLogs).toBe(expected.length)
  })

  it('shrinks to the range a provider suggests on a result-count refusal and loses no log', async () => {
    // 300 logs packed in blocks 1,000–1,299, a cap of 100 results per answer.
    const dense = Array.from({ length: 300 }, (_, index) => 1_000n + BigInt(index))
    const logBlocks = [10n, ...dense, 30_000n]
    const node = fakeNode({ maxResults: 100, logBlocks })
    const logs = await fetchLogsCached(node.client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 40_000n,
    })
    expect(logs.map((log) => log.blockNumber)).toEqual(logBlocks)
    expect(node.counts.refused).toBeGreaterThan(0)
    // No answer broke the cap.
    for (const [from, to] of node.served)
      expect(logBlocks.filter((block) => block >= from && block <= to).length).toBeLessThanOrEqual(100)
  })

  it('keeps chain order when parallel ranges finish out of order', async () => {
    const logBlocks = Array.from({ length: 40 }, (_, index) => BigInt(index) * 2_500n + 17n)
    // Earlier ranges answer later: completion order is the reverse of chain order.
    const node = fakeNode({ logBlocks, maxRange: 10_000n, delay: (from) => Number(100_000n - from) / 5_000 })
    const logs = await fetchLogsCached(node.client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 100_000n,
    })
    expect(logs.map((log) => log.blockNumber)).toEqual(logBlocks)
    expect(node.counts.getLogs).toBe(rangesFor(1n, 100_000n, 10_000n))
  })

  it('reports progress as the contiguous scanned prefix, ending at the head', async () => {
    const node = fakeNode({ maxRange: 5_000n, logBlocks: [3n], delay: (from) => (from < 20_000n ? 5 : 0) })
    const seen: ScanProgress[] = []
    await fetchLogsCached(node.client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 50_000n,
      onProgress: (progress) => seen.push(progress),
    })
    const scanned = seen.map((progress) => progress.scannedTo)
    expect(scanned.at(-1)).toBe(50_000n)
    for (let index = 1; index < scanned.length; index++)
      expect(scanned[index] as bigint).toBeGreaterThanOrEqual(scanned[index - 1] as bigint)
    expect(seen.every((progress) => progress.fromBlock === 1n && progress.toBlock === 50_000n)).toBe(true)
  })

  it('an aborted scan stores its prefix and the next scan resumes there', async () => {
    const logBlocks = [100n, 25_000n, 190_000n]
    const node = fakeNode({ maxRange: 1_000n, logBlocks })
    const store = createMemoryLogStore()
    const controller = new AbortController()
    const first = fetchLogsCached(node.client, {
      ...scan,
      store,
      fromBlock: 1n,
      toBlock: 200_000n,
      signal: controller.signal,
      onProgress: ({ scannedTo }) => {
        if (scannedTo >= 30_000n) controller.abort(new Error('left the page'))
      },
    })
    await expect(first).rejects.toThrow('left the page')
    const stored = store.entries.get(scan.cacheKey) as { headBlock: bigint; logs: { blockNumber: bigint }[] }
    expect(stored.headBlock).toBeGreaterThanOrEqual(30_000n)
    expect(stored.headBlock).toBeLessThan(200_000n)
    expect(stored.logs.map((log) => log.blockNumber)).toEqual([100n, 25_000n])
    const firstCost = node.counts.getLogs
    node.served.length = 0
    const logs = await fetchLogsCached(node.client, { ...scan, store, fromBlock: 1n, toBlock: 200_000n })
    expect(logs.map((log) => log.blockNumber)).toEqual(logBlocks)
    // Resumed right after the stored prefix, at the learned size: one request per remaining range.
    const starts = node.served.map(([from]) => from).sort((a, b) => (a < b ? -1 : 1))
    expect(starts[0]).toBe(stored.headBlock + 1n)
    expect(node.counts.getLogs - firstCost).toBe(rangesFor(stored.headBlock + 1n, 200_000n, 1_000n))
  })

  it('checkpoints the prefix every few ranges (one block-hash request each)', async () => {
    const node = fakeNode({ maxRange: 1_000n, logBlocks: [] })
    await fetchLogsCached(node.client, {
      ...scan,
      store: createMemoryLogStore(),
      fromBlock: 1n,
      toBlock: 200_000n,
      chunkSize: 1_000n,
    })
    const ranges = rangesFor(1n, 200_000n, 1_000n)
    // Every range, plus the one growth probe (2,000 blocks after an empty page) the node refuses.
    expect(node.counts.refused).toBe(1)
    expect(node.counts.getLogs).toBe(ranges + 1)
    // The head's hash, plus at most one per CHECKPOINT_EVERY_RANGES ranges.
    expect(node.counts.blockByNumber).toBeLessThanOrEqual(1 + Math.floor(ranges / CHECKPOINT_EVERY_RANGES))
    expect(node.counts.blockByNumber).toBeGreaterThan(1)
  })

  it('a late scan of an older head never overwrites the newer entry', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let hold = true
    const slow = fakeNode({ logBlocks: [10n, 15_500n], gate: () => (hold ? held : Promise.resolve()) })
    const fast = fakeNode({ logBlocks: [10n, 15_500n] })
    const store = createMemoryLogStore()
    // The late scan (head 15,000) starts first and is held; the newer one (head 16,000) completes.
    const late = fetchLogsCached(slow.client, { ...scan, store, fromBlock: 1n, toBlock: 15_000n })
    await fetchLogsCached(fast.client, { ...scan, store, fromBlock: 1n, toBlock: 16_000n })
    expect(store.entries.get(scan.cacheKey)).toMatchObject({ headBlock: 16_000n })
    hold = false
    release()
    const lateLogs = await late
    expect(lateLogs.map((log) => log.blockNumber)).toEqual([10n])
    expect(store.entries.get(scan.cacheKey)).toMatchObject({ headBlock: 16_000n })
    // And a scan of an older head answered from the newer entry costs no eth_getLogs.
    const before = fast.counts.getLogs
    const older = await fetchLogsCached(fast.client, { ...scan, store, fromBlock: 1n, toBlock: 15_000n })
    expect(older.map((log) => log.blockNumber)).toEqual([10n])
    expect(fast.counts.getLogs).toBe(before)
  })

  it('a store that cannot be written costs the cache, never the logs (checkpoints included)', async () => {
    const node = fakeNode({ maxRange: 1_000n, logBlocks: [5n, 40_000n] })
    const broken = {
      get: async () => undefined,
      set: async () => {
        throw new Error('QuotaExceededError')
      },
    }
    const logs = await fetchLogsCached(node.client, {
      ...scan,
      store: broken,
      fromBlock: 1n,
      toBlock: 50_000n,
      chunkSize: 1_000n,
    })
    expect(logs.map((log) => log.blockNumber)).toEqual([5n, 40_000n])
  })

  it('a rate-limit error is not taken as a range refusal', async () => {
    const client = {
      chain: { id: 998 },
      request: async ({ method }: { method: string }) => {
        if (method === 'eth_getBlockByNumber') return { hash: `0x${'1'.repeat(64)}` }
        throw new Error('HTTP 429 Too Many Requests: rate limit exceeded')
      },
    } as unknown as Client
    await expect(
      fetchLogsCached(client, { ...scan, store: createMemoryLogStore(), fromBlock: 1n, toBlock: 50_000n }),
    ).rejects.toThrow('429')
  })
})

describe('#rangeAdviceOf', () => {
  it.each([
    ['eth_getLogs is limited to a 10,000 block range', { kind: 'range', limit: 10_000n }],
    ['block range is too large, limited to a 2000 block range', { kind: 'range', limit: 2_000n }],
    ['exceed maximum block range: 5000', { kind: 'range', limit: 5_000n }],
    ['query exceeds max block range 2000', { kind: 'range', limit: 2_000n }],
    ['block range too large', { kind: 'range' }],
    // 0x10..0x2f is 32 blocks.
    [
      'query returned more than 10000 results. Try with this block range [0x10, 0x2f].',
      { kind: 'results', span: 32n },
    ],
    [
      'Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x0, 0x3e7]',
      { kind: 'results', span: 1_000n },
    ],
    ['query returned more than 10000 results', { kind: 'results' }],
  ])('%s', (message, advice) => {
    expect(rangeAdviceOf(new Error(message))).toEqual(advice)
  })

  it.each([
    'HTTP request failed. Status: 429',
    'rate limit exceeded',
    'Too Many Requests',
    'execution reverted',
  ])('%s is not range advice', (message) => {
    expect(rangeAdviceOf(new Error(message))).toBeUndefined()
  })

  it('reads the node message viem puts in details / cause', () => {
    const wrapped = Object.assign(new Error('RPC Request failed.'), {
      cause: { message: 'x', details: 'eth_getLogs is limited to a 3,000 block range' },
    })
    expect(rangeAdviceOf(wrapped)).toEqual({ kind: 'range', limit: 3_000n })
  })
})
