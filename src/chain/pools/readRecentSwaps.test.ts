import { createClient, custom, type Hex, numberToHex } from 'viem'
import { describe, expect, it } from 'vitest'
import { createMemoryLogStore } from '../history/logStore.ts'
import { readRecentSwaps } from './readRecentSwaps.ts'

const POOLS = [
  '0x1000000000000000000000000000000000000001',
  '0x1000000000000000000000000000000000000002',
] as const
const PAIR = '0x2000000000000000000000000000000000000003' as const

/**
 * An Arbitrum-shaped node (head 250,000,000, 0.25 s blocks) with no swaps, counting every request by
 * method and recording each eth_getLogs filter it answers. Like a public RPC it refuses an eth_getLogs
 * range over `rangeLimit` blocks, with the error text providers send.
 */
function arbitrumNode(rangeLimit = 10_000n) {
  const head = 250_000_000n
  const headTime = 1_760_000_000
  const byMethod: Record<string, number> = {}
  const filters: { address: string[]; topics: Hex[][]; fromBlock: bigint; toBlock: bigint }[] = []
  const client = createClient({
    transport: custom({
      async request({ method, params }) {
        byMethod[method] = (byMethod[method] ?? 0) + 1
        if (method === 'eth_getBlockByNumber') {
          const n = BigInt((params as [Hex])[0])
          return {
            number: numberToHex(n),
            timestamp: numberToHex(headTime - Math.ceil(Number(head - n) / 4)),
            hash: `0x${n.toString(16).padStart(64, '0')}`,
            transactions: [],
          }
        }
        if (method === 'eth_getLogs') {
          const [filter] = params as [{ address: string[]; topics: Hex[][]; fromBlock: Hex; toBlock: Hex }]
          if (BigInt(filter.toBlock) - BigInt(filter.fromBlock) + 1n > rangeLimit)
            throw Object.assign(new Error(`eth_getLogs is limited to a ${rangeLimit} block range`), {
              code: -32602,
            })
          filters.push({ ...filter, fromBlock: BigInt(filter.fromBlock), toBlock: BigInt(filter.toBlock) })
          return []
        }
        throw new Error(`unexpected ${method}`)
      },
    }),
  })
  return { client, head, headTime, byMethod, filters }
}

describe('#readRecentSwaps request budget (Arbitrum-shaped node, 24 h = 345,600 blocks)', () => {
  it.each([
    [10_000n, 35, 40],
    // The strict profile has no target (the issue asks for the count): ranges + a probe + 3 headers + checkpoints.
    [2_000n, 175, 185],
  ])('at %i blocks per getLogs: %i ranges, ≤ %i requests in all', async (chunkSize, ranges, budget) => {
    const node = arbitrumNode(chunkSize)
    const swaps = await readRecentSwaps(node.client, {
      chainId: 42161,
      v3Pools: POOLS,
      v2Pairs: [PAIR],
      blockNumber: node.head,
      timestamp: node.headTime,
      startBlock: 0n,
      store: createMemoryLogStore(),
      chunkSize,
    })
    const total = Object.values(node.byMethod).reduce((sum, n) => sum + n, 0)
    console.info(`24 h at ${chunkSize} blocks per range: ${total} requests ${JSON.stringify(node.byMethod)}`)
    // Every range answered, plus the refused probes of the scanner's growth (it grows while pages are empty).
    expect(node.filters).toHaveLength(ranges)
    expect(node.byMethod.eth_getLogs).toBeLessThanOrEqual(ranges + 2)
    expect(swaps.windows.logRanges).toBe(ranges)
    expect(total).toBeLessThanOrEqual(budget)
    // Header reads to date the window: the sample and one check (plus the cache's head hash).
    expect(swaps.windows.day.requests).toBeLessThanOrEqual(3)
    // The window reaches 24 h back (the model's block 345,600 back is exactly 86,400 s old).
    expect(swaps.windows.day.fromBlock).toBeLessThanOrEqual(node.head - 345_600n)
    expect(swaps.windows.day.coveredSeconds).toBe(86_400)
    // Every range carries all three addresses and both Swap topics; the ranges tile the window.
    let next = swaps.windows.day.fromBlock
    for (const filter of [...node.filters].sort((a, b) => Number(a.fromBlock - b.fromBlock))) {
      expect(filter.address).toEqual([...POOLS, PAIR])
      expect(filter.topics[0]).toHaveLength(2)
      expect(filter.fromBlock).toBe(next)
      expect(filter.toBlock - filter.fromBlock + 1n).toBeLessThanOrEqual(chunkSize)
      next = filter.toBlock + 1n
    }
    expect(next).toBe(node.head + 1n)
  })

  it('a reload at a later head asks only for the new blocks (same cache entry)', async () => {
    const node = arbitrumNode()
    const store = createMemoryLogStore()
    const parameters = {
      chainId: 42161,
      v3Pools: POOLS,
      v2Pairs: [PAIR],
      startBlock: 0n,
      store,
    }
    await readRecentSwaps(node.client, { ...parameters, blockNumber: node.head, timestamp: node.headTime })
    const before = node.byMethod.eth_getLogs ?? 0
    await readRecentSwaps(node.client, {
      ...parameters,
      blockNumber: node.head + 40n,
      timestamp: node.headTime + 10,
    })
    expect((node.byMethod.eth_getLogs ?? 0) - before).toBe(1)
  })
})
