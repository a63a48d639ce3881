import type { Client } from 'viem'
import { describe, expect, it } from 'vitest'
import { fetchLogsCached } from './fetchLogsCached.ts'
import { createMemoryLogStore } from './logStore.ts'

/** A fake client that records eth_getLogs ranges and fails ranges wider than `maxRange`. */
function fakeClient(maxRange: bigint) {
  const ranges: [bigint, bigint][] = []
  const client = {
    request: async ({ params }: { params: [{ fromBlock: string; toBlock: string }] }) => {
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

  it('halves the range on "range too large" errors', async () => {
    const { client, ranges } = fakeClient(2_000n)
    await fetchLogsCached(client, { ...base, store: createMemoryLogStore(), toBlock: 4_000n })
    expect(ranges).toEqual([
      [1n, 1_250n],
      [1_251n, 2_500n],
      [2_501n, 3_750n],
      [3_751n, 4_000n],
    ])
  })
})
