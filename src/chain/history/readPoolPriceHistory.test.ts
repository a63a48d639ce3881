import { type Client, encodeAbiParameters, type Hex, parseAbiParameters, toEventSelector } from 'viem'
import { describe, expect, it } from 'vitest'
import { createMemoryLogStore } from './logStore.ts'
import { readPoolPriceHistory } from './readPoolPriceHistory.ts'

const POOL = '0x00000000000000000000000000000000000000b1' as const
const Q96 = 2n ** 96n
const SWAP = toEventSelector('Swap(address,address,int256,int256,uint160,uint128,int24)')
const SYNC = toEventSelector('Sync(uint112,uint112)')

/** A Swap's data; the tick is the pool's tick after it (any value: the reader only carries it). */
const swapData = (sqrtPriceX96: bigint, tick = 0) =>
  encodeAbiParameters(parseAbiParameters('int256, int256, uint160, uint128, int24'), [
    1n,
    -1n,
    sqrtPriceX96,
    10n ** 18n,
    tick,
  ])
const syncData = (reserve0: bigint, reserve1: bigint) =>
  encodeAbiParameters(parseAbiParameters('uint112, uint112'), [reserve0, reserve1])

interface FakeLog {
  blockNumber: bigint
  topic: Hex
  data: Hex
}

/**
 * A fake node: eth_getLogs serves `logs` by block range; eth_call answers slot0()/getReserves()
 * with `state` (or fails like a node without archive state when `state` is undefined).
 */
function fakeClient(
  logs: readonly FakeLog[],
  state: { slot0?: bigint; reserves?: [bigint, bigint] } | undefined,
) {
  const calls: { method: string; block?: string; range?: [bigint, bigint] }[] = []
  const client = {
    request: async ({ method, params }: { method: string; params: unknown[] }) => {
      if (method === 'eth_call') {
        const block = params[1] as string
        calls.push({ method, block })
        if (!state) throw new Error('missing trie node')
        if (state.slot0 !== undefined)
          return encodeAbiParameters(
            parseAbiParameters('uint160, int24, uint16, uint16, uint16, uint8, bool'),
            [state.slot0, -7, 0, 1, 1, 0, true],
          )
        const [reserve0, reserve1] = state.reserves ?? [0n, 0n]
        return encodeAbiParameters(parseAbiParameters('uint112, uint112, uint32'), [reserve0, reserve1, 0])
      }
      if (method === 'eth_getLogs') {
        const filter = params[0] as { fromBlock: Hex; toBlock: Hex; topics: Hex[] }
        const range: [bigint, bigint] = [BigInt(filter.fromBlock), BigInt(filter.toBlock)]
        calls.push({ method, range })
        return logs
          .filter((log) => log.blockNumber >= range[0] && log.blockNumber <= range[1])
          .filter((log) => filter.topics[0] === log.topic)
          .map((log, index) => ({
            address: POOL,
            topics: [log.topic],
            data: log.data,
            blockNumber: `0x${log.blockNumber.toString(16)}`,
            blockHash: `0x${log.blockNumber.toString(16).padStart(64, 'b')}`,
            transactionHash: `0x${'0'.repeat(63)}${index}`,
            logIndex: `0x${index.toString(16)}`,
          }))
      }
      if (method === 'eth_getBlockByNumber')
        return {
          hash: `0x${BigInt(params[0] as Hex)
            .toString(16)
            .padStart(64, 'c')}`,
        }
      throw new Error(`unexpected ${method}`)
    },
  } as unknown as Client
  return { client, calls }
}

const base = { pool: POOL, chainId: 31337, fromBlock: 100n, toBlock: 200n }

describe('#readPoolPriceHistory', () => {
  it('V3: state just before the first deposit, then the last swap of each block', async () => {
    const { client, calls } = fakeClient(
      [
        { blockNumber: 120n, topic: SWAP, data: swapData(2n * Q96, 13_863) },
        { blockNumber: 150n, topic: SWAP, data: swapData(3n * Q96, 21_972) },
        { blockNumber: 150n, topic: SWAP, data: swapData(5n * Q96, 32_190) },
        { blockNumber: 250n, topic: SWAP, data: swapData(7n * Q96, 38_919) }, // after toBlock
      ],
      { slot0: Q96 },
    )
    const points = await readPoolPriceHistory(client, {
      ...base,
      protocol: 'v3',
      store: createMemoryLogStore(),
    })
    // The tick comes with each price (slot0's, then each block's last Swap); the fake node sends no block time.
    expect(points).toEqual([
      { blockNumber: 99n, sqrtPriceX96: Q96, tick: -7 },
      { blockNumber: 120n, sqrtPriceX96: 2n * Q96, tick: 13_863 },
      { blockNumber: 150n, sqrtPriceX96: 5n * Q96, tick: 32_190 },
    ])
    // slot0 is read at fromBlock − 1 (0x63 = 99), then one bounded getLogs.
    expect(calls).toEqual([
      { method: 'eth_call', block: '0x63' },
      { method: 'eth_getLogs', range: [100n, 200n] },
    ])
  })

  it('V2: Sync reserves become sqrt(reserve1 / reserve0) × 2^96; empty reserves are skipped', async () => {
    const { client } = fakeClient(
      [
        { blockNumber: 110n, topic: SYNC, data: syncData(1n, 4n) },
        { blockNumber: 130n, topic: SYNC, data: syncData(0n, 0n) },
        { blockNumber: 140n, topic: SYNC, data: syncData(4n, 9n) },
      ],
      { reserves: [1n, 1n] },
    )
    const points = await readPoolPriceHistory(client, {
      ...base,
      protocol: 'v2',
      store: createMemoryLogStore(),
    })
    expect(points).toEqual([
      { blockNumber: 99n, sqrtPriceX96: Q96 },
      { blockNumber: 110n, sqrtPriceX96: 2n * Q96 },
      { blockNumber: 140n, sqrtPriceX96: (3n * Q96) / 2n },
    ])
  })

  it('without historical state: starts from the last swap before the range (bounded look-back)', async () => {
    const { client, calls } = fakeClient(
      [
        { blockNumber: 40n, topic: SWAP, data: swapData(9n * Q96, 43_944) },
        { blockNumber: 90n, topic: SWAP, data: swapData(8n * Q96, 41_588) },
        { blockNumber: 160n, topic: SWAP, data: swapData(6n * Q96, 35_835) },
      ],
      undefined,
    )
    const points = await readPoolPriceHistory(client, {
      ...base,
      protocol: 'v3',
      store: createMemoryLogStore(),
    })
    expect(points).toEqual([
      { blockNumber: 99n, sqrtPriceX96: 8n * Q96, tick: 41_588 },
      { blockNumber: 160n, sqrtPriceX96: 6n * Q96, tick: 35_835 },
    ])
    expect(calls.filter((c) => c.method === 'eth_getLogs').map((c) => c.range)).toEqual([
      [0n, 99n],
      [100n, 200n],
    ])
  })

  it('a start older than a full node keeps (128 blocks before the end): no eth_call at it, the last swap before', async () => {
    // The node has the state (slot0 = 1.0), but a public RPC without archive state would refuse it.
    const { client, calls } = fakeClient(
      [
        { blockNumber: 90n, topic: SWAP, data: swapData(8n * Q96, 41_588) },
        { blockNumber: 160n, topic: SWAP, data: swapData(6n * Q96, 35_835) },
      ],
      { slot0: Q96 },
    )
    const points = await readPoolPriceHistory(client, {
      ...base,
      toBlock: 99n + 128n,
      protocol: 'v3',
      store: createMemoryLogStore(),
    })
    expect(calls.filter((c) => c.method === 'eth_call')).toEqual([])
    expect(points).toEqual([
      { blockNumber: 99n, sqrtPriceX96: 8n * Q96, tick: 41_588 },
      { blockNumber: 160n, sqrtPriceX96: 6n * Q96, tick: 35_835 },
    ])
  })

  it('a reload is one getLogs after the cached head (its anchor hash proves the chain unchanged)', async () => {
    const store = createMemoryLogStore()
    const logs = [{ blockNumber: 120n, topic: SWAP, data: swapData(2n * Q96) }]
    const { client, calls } = fakeClient(logs, { slot0: Q96 })
    await readPoolPriceHistory(client, { ...base, protocol: 'v3', store })
    calls.length = 0
    const points = await readPoolPriceHistory(client, { ...base, toBlock: 210n, protocol: 'v3', store })
    expect(points.map((p) => p.blockNumber)).toEqual([99n, 120n])
    expect(calls.filter((c) => c.method === 'eth_getLogs').map((c) => c.range)).toEqual([[201n, 210n]])
  })
})
