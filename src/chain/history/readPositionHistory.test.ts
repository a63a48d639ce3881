import {
  type Address,
  type Client,
  concat,
  encodeAbiParameters,
  getAddress,
  type Hex,
  keccak256,
  numberToHex,
  pad,
  toHex,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { discoverV3Incentives, INCENTIVE_CREATED_TOPIC } from './discoverV3Incentives.ts'
import { fetchLogsCached, type ScanProgress } from './fetchLogsCached.ts'
import { createMemoryLogStore } from './logStore.ts'
import { readBlockTimestamps, readStakerAndV2Logs, timestampsFromLogs } from './readPositionHistory.ts'

// topic0 of the events, written out here (keccak256 of the event signatures), not taken from the code.
const T = {
  incentiveCreated: '0xa876344e28d4b5191ad03bc0d43f740e3695827ab0faccac739930b915ef8b02',
  transfer: '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef',
  mint: '0x4c209b5fc8ad50758f13e2e1088ba56a560dff690a1c6fef26394f4c03821c4f',
  burn: '0xdccd412f0b1252819cb1fd330b93224ca42612892bb3f4f789976e6d81936496',
  depositTransferred: '0xcdfc765b85e1048bee3c6a0f9d1c91fc7c4631f5fe5745a55fc6843db5c3260f',
  rewardPaid: '0xe2403640ba68fed3a2f88b7557551d1993f84b99bb10ff833f0cf8db0c5e0486',
} as const

const STAKER = getAddress('0x00000000000000000000000000000000000000a1')
const PAIR = getAddress('0x00000000000000000000000000000000000000b1')
const IMPORTED = getAddress('0x00000000000000000000000000000000000000b2')
const FARM = getAddress('0x00000000000000000000000000000000000000c1')
const REWARD_TOKEN = getAddress('0x00000000000000000000000000000000000000d1')
const POOL_A = getAddress('0x00000000000000000000000000000000000000e1')
const POOL_B = getAddress('0x00000000000000000000000000000000000000e2')
const REFUNDEE = getAddress('0x00000000000000000000000000000000000000f1')

interface NodeLog {
  address: Address
  topics: Hex[]
  data: Hex
  blockNumber: bigint
  logIndex: number
  /** Absent: the node does not send it (an older node). */
  blockTimestamp?: number
}

interface LogFilter {
  address: Address | Address[]
  topics: (Hex | Hex[] | null)[]
  fromBlock: Hex
  toBlock: Hex
}

const timestampOf = (block: bigint) => 1_700_000_000 + Number(block) * 12
const hashOf = (block: bigint) => pad(numberToHex(block), { size: 32 })

/** A node that applies eth_getLogs filters as a real one does (address set AND positional topic sets). */
function fakeNode(logs: readonly NodeLog[], options: { maxRange?: bigint } = {}) {
  const filters: LogFilter[] = []
  const counts = { getLogs: 0, getBlock: 0 }
  const matches = (log: NodeLog, filter: LogFilter) => {
    const addresses = (Array.isArray(filter.address) ? filter.address : [filter.address]).map((a) =>
      a.toLowerCase(),
    )
    if (!addresses.includes(log.address.toLowerCase())) return false
    return filter.topics.every((wanted, position) => {
      if (wanted === null) return true
      const topic = log.topics[position]
      return topic !== undefined && (Array.isArray(wanted) ? wanted : [wanted]).includes(topic)
    })
  }
  const client = {
    chain: { id: 4242 },
    request: async ({ method, params }: { method: string; params: unknown[] }) => {
      if (method === 'eth_getBlockByNumber') {
        counts.getBlock++
        const block = BigInt(params[0] as string)
        return { number: numberToHex(block), hash: hashOf(block), timestamp: numberToHex(timestampOf(block)) }
      }
      if (method !== 'eth_getLogs') throw new Error(`unexpected ${method}`)
      counts.getLogs++
      const filter = params[0] as LogFilter
      const [from, to] = [BigInt(filter.fromBlock), BigInt(filter.toBlock)]
      if (options.maxRange !== undefined && to - from + 1n > options.maxRange)
        throw new Error(`eth_getLogs is limited to a ${options.maxRange} block range`)
      filters.push(filter)
      return logs
        .filter((log) => log.blockNumber >= from && log.blockNumber <= to && matches(log, filter))
        .map((log) => ({
          address: log.address,
          topics: log.topics,
          data: log.data,
          blockNumber: numberToHex(log.blockNumber),
          blockHash: hashOf(log.blockNumber),
          transactionHash: pad(numberToHex(log.blockNumber * 1_000n + BigInt(log.logIndex)), { size: 32 }),
          logIndex: numberToHex(log.logIndex),
          ...(log.blockTimestamp === undefined ? {} : { blockTimestamp: numberToHex(log.blockTimestamp) }),
        }))
    },
  } as unknown as Client
  return { client, filters, counts }
}

const word = (address: Address) => pad(address, { size: 32 }).toLowerCase() as Hex

function incentiveCreated(block: bigint, pool: Address, startTime: number, endTime: number): NodeLog {
  return {
    address: STAKER,
    topics: [T.incentiveCreated, word(REWARD_TOKEN), word(pool)],
    data: encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'uint256' }, { type: 'address' }, { type: 'uint256' }],
      [BigInt(startTime), BigInt(endTime), REFUNDEE, 10n ** 21n],
    ),
    blockNumber: block,
    logIndex: 0,
    blockTimestamp: timestampOf(block),
  }
}

/** A V2 LP Transfer (from, to) of `pair` at `block`. */
function lpTransfer(pair: Address, block: bigint, logIndex: number, blockTimestamp?: number): NodeLog {
  return {
    address: pair,
    topics: [T.transfer, pad('0x00', { size: 32 }), word(REFUNDEE)],
    data: toHex(5n, { size: 32 }),
    blockNumber: block,
    logIndex,
    ...(blockTimestamp === undefined ? {} : { blockTimestamp }),
  }
}

const config = {
  chainId: 4242,
  contracts: { v3Staker: STAKER },
  v2Pairs: [
    { address: PAIR, token0: REWARD_TOKEN, token1: REFUNDEE },
    { address: IMPORTED, token0: REWARD_TOKEN, token1: POOL_A },
  ],
  farms: [{ address: FARM }],
  historyFromBlock: 1n,
} as unknown as Parameters<typeof readStakerAndV2Logs>[1]['config']

describe('#discoverV3Incentives from the shared staker + V2 + farms log', () => {
  const logs: NodeLog[] = [
    incentiveCreated(120n, POOL_A, 1_700_100_000, 1_702_000_000),
    lpTransfer(PAIR, 150n, 3),
    {
      address: FARM,
      topics: [T.rewardPaid, word(REFUNDEE)],
      data: toHex(7n, { size: 32 }),
      blockNumber: 160n,
      logIndex: 1,
    },
    incentiveCreated(2_500n, POOL_B, 1_700_200_000, 1_703_000_000),
    // Not of the shared log: an IncentiveCreated-like log of another contract.
    { ...incentiveCreated(300n, POOL_A, 1, 2), address: PAIR },
  ]

  it('finds the incentives and fills the shared entry in one filter per range; the history then reads it for free', async () => {
    const node = fakeNode(logs, { maxRange: 1_000n })
    const store = createMemoryLogStore()
    const found = await discoverV3Incentives(node.client, { config, toBlock: 3_000n, store })
    // Both incentives, their key as logged and the id as the staker computes it: keccak256 of the ABI
    // encoding of (rewardToken, pool, startTime, endTime, refundee), five static 32-byte words.
    expect(found).toEqual([
      {
        rewardToken: REWARD_TOKEN,
        pool: POOL_A,
        startTime: 1_700_100_000,
        endTime: 1_702_000_000,
        refundee: REFUNDEE,
        incentiveId: keccak256(
          concat([
            word(REWARD_TOKEN),
            word(POOL_A),
            toHex(1_700_100_000n, { size: 32 }),
            toHex(1_702_000_000n, { size: 32 }),
            word(REFUNDEE),
          ]),
        ),
      },
      {
        rewardToken: REWARD_TOKEN,
        pool: POOL_B,
        startTime: 1_700_200_000,
        endTime: 1_703_000_000,
        refundee: REFUNDEE,
        incentiveId: keccak256(
          concat([
            word(REWARD_TOKEN),
            word(POOL_B),
            toHex(1_700_200_000n, { size: 32 }),
            toHex(1_703_000_000n, { size: 32 }),
            word(REFUNDEE),
          ]),
        ),
      },
    ])
    // One refused first range (10,000 blocks against the 1,000 limit), then 3 ranges of [1, 3000].
    expect(node.counts.getLogs).toBe(4)
    expect(node.filters).toHaveLength(3)
    for (const filter of node.filters) {
      expect([filter.address].flat().sort()).toEqual([STAKER, PAIR, IMPORTED, FARM].sort())
      expect(filter.topics).toHaveLength(1)
      expect(filter.topics[0]).toContain(T.incentiveCreated)
      expect(filter.topics[0]).toEqual(
        expect.arrayContaining([T.transfer, T.mint, T.burn, T.depositTransferred, T.rewardPaid]),
      )
    }
    // One anchor hash for the head.
    expect(node.counts.getBlock).toBe(1)

    // The versus-holding history reads the same entry at the same head: no request at all.
    const shared = await readStakerAndV2Logs(node.client, { config, store, toBlock: 3_000n })
    expect(node.counts).toEqual({ getLogs: 4, getBlock: 1 })
    expect(shared.map((log) => [log.address, log.blockNumber])).toEqual([
      [STAKER, 120n],
      [PAIR, 150n],
      [FARM, 160n],
      [PAIR, 300n],
      [STAKER, 2_500n],
    ])
  })

  it('keeps only the asked pools, and the staker-only form scans the staker alone from its block', async () => {
    const node = fakeNode(logs)
    const found = await discoverV3Incentives(node.client, {
      chainId: 4242,
      staker: STAKER,
      fromBlock: 100n,
      toBlock: 3_000n,
      store: createMemoryLogStore(),
      pools: [POOL_B],
    })
    expect(found.map((incentive) => incentive.pool)).toEqual([POOL_B])
    expect(node.filters).toHaveLength(1)
    expect(node.filters[0]?.address).toEqual([STAKER])
    expect(node.filters[0]?.fromBlock).toBe(numberToHex(100n))
    expect(INCENTIVE_CREATED_TOPIC).toBe(T.incentiveCreated)
  })

  it('reads separate pairs in a second V2-only filter and merges them in chain order', async () => {
    const node = fakeNode(
      [
        ...logs,
        lpTransfer(IMPORTED, 150n, 1),
        lpTransfer(IMPORTED, 150n, 5),
        lpTransfer(IMPORTED, 2_600n, 0),
      ],
      { maxRange: 1_000n },
    )
    const store = createMemoryLogStore()
    const reports: ScanProgress[] = []
    const merged = await readStakerAndV2Logs(node.client, {
      config,
      store,
      toBlock: 3_000n,
      separatePairs: [IMPORTED],
      onProgress: (progress) => reports.push(progress),
    })
    // The two scans report as one, never ahead of the slower: it only grows, and ends at the head.
    const scanned = reports.map((progress) => progress.scannedTo)
    expect(scanned).toEqual([...scanned].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(reports.at(-1)).toEqual({ fromBlock: 1n, toBlock: 3_000n, scannedTo: 3_000n })
    // The first scan to finish does not say "done" while the other is still at its start.
    expect(scanned.filter((block) => block === 3_000n)).toHaveLength(1)
    // 3 ranges of 1,000 blocks for each of the two filters.
    expect(node.filters).toHaveLength(6)
    const sharedFilter = node.filters.find((filter) => [filter.address].flat().includes(STAKER))
    const importedFilter = node.filters.find((filter) => ![filter.address].flat().includes(STAKER))
    expect([sharedFilter?.address].flat().sort()).toEqual([STAKER, PAIR, FARM].sort())
    expect(importedFilter?.address).toEqual([IMPORTED])
    expect([...(importedFilter?.topics[0] ?? [])].sort()).toEqual([T.transfer, T.mint, T.burn].sort())
    expect(merged.map((log) => [log.address, log.blockNumber, log.logIndex])).toEqual([
      [STAKER, 120n, 0],
      [IMPORTED, 150n, 1],
      [PAIR, 150n, 3],
      [IMPORTED, 150n, 5],
      [FARM, 160n, 1],
      [PAIR, 300n, 0],
      [STAKER, 2_500n, 0],
      [IMPORTED, 2_600n, 0],
    ])
    // The shared entry is the catalogue's: the incentives discovery reads it with no request.
    const before = { ...node.counts }
    await discoverV3Incentives(node.client, {
      config: { ...config, v2Pairs: config.v2Pairs.filter((pair) => pair.address !== IMPORTED) },
      toBlock: 3_000n,
      store,
    })
    expect(node.counts).toEqual(before)
  })
})

describe('#readBlockTimestamps with the logs’ blockTimestamp', () => {
  it('takes the node’s timestamps from the logs and fetches only blocks without one', async () => {
    const node = fakeNode([
      lpTransfer(PAIR, 10n, 0, timestampOf(10n)),
      lpTransfer(PAIR, 20n, 0),
      lpTransfer(PAIR, 30n, 0, timestampOf(30n)),
    ])
    const store = createMemoryLogStore()
    const logs = await fetchLogsCached(node.client, {
      store,
      cacheKey: 'pair',
      address: PAIR,
      topics: [T.transfer],
      fromBlock: 1n,
      toBlock: 100n,
    })
    const known = timestampsFromLogs(logs)
    expect([...known]).toEqual([
      [10n, timestampOf(10n)],
      [30n, timestampOf(30n)],
    ])
    const before = node.counts.getBlock
    const timestamps = await readBlockTimestamps(node.client, {
      chainId: 4242,
      store,
      blocks: [10n, 20n, 30n, 20n],
      known,
    })
    expect([...timestamps].sort(([a], [b]) => Number(a - b))).toEqual([
      [10n, timestampOf(10n)],
      [20n, timestampOf(20n)],
      [30n, timestampOf(30n)],
    ])
    // Block 20's log came without a timestamp: its block, and only it, was fetched.
    expect(node.counts.getBlock - before).toBe(1)
    // Fetched once, then cached; known ones cost nothing.
    await readBlockTimestamps(node.client, { chainId: 4242, store, blocks: [10n, 20n, 30n], known })
    expect(node.counts.getBlock - before).toBe(1)
  })

  it('keeps blockTimestamp in the cached entry: a reload has the timestamps without any block read', async () => {
    const node = fakeNode([lpTransfer(PAIR, 10n, 0, timestampOf(10n))])
    const store = createMemoryLogStore()
    const scan = { cacheKey: 'pair', address: PAIR, topics: [T.transfer], fromBlock: 1n, toBlock: 100n }
    await fetchLogsCached(node.client, { ...scan, store })
    const reloaded = createMemoryLogStore()
    for (const [key, value] of store.entries) reloaded.entries.set(key, structuredClone(value))
    const fresh = fakeNode([lpTransfer(PAIR, 10n, 0, timestampOf(10n))])
    const logs = await fetchLogsCached(fresh.client, { ...scan, store: reloaded })
    expect(logs.map((log) => log.blockTimestamp)).toEqual([timestampOf(10n)])
    expect(fresh.counts).toEqual({ getLogs: 0, getBlock: 1 })
    const timestamps = await readBlockTimestamps(fresh.client, {
      chainId: 4242,
      store: reloaded,
      blocks: [10n],
      known: timestampsFromLogs(logs),
    })
    expect(timestamps.get(10n)).toBe(timestampOf(10n))
    expect(fresh.counts.getBlock).toBe(1)
  })
})
