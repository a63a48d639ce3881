import { type Address, createPublicClient, type Hex, http, parseAbiItem } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { catalogueFromDeployments } from '../../src/chain/catalogue/devnetCatalogue.ts'
import { poolsListConfigOf } from '../../src/chain/catalogue/poolsListConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { allPairsOf } from '../../src/chain/pools/discoverPools.ts'
import { discoverPoolsListConfig } from '../../src/chain/pools/discoverPoolsListConfig.ts'
import { readPoolsState } from '../../src/chain/pools/readPoolsState.ts'
import { readRecentSwaps } from '../../src/chain/pools/readRecentSwaps.ts'
import type { PoolsListConfig } from '../../src/domain/pools/poolsListTypes.ts'
import { type RpcProxy, startRpcProxy } from '../faults/rpcProxy.ts'

/** The proxy's port: the next one after this worktree's integration devnet (POOLSCOPE_INTEGRATION_PORT). */
const PROXY_PORT = Number(process.env.POOLSCOPE_INTEGRATION_PORT ?? 8645) + 2
const DAY = 86_400

// Independent of the app's decoders: the events as the Uniswap contracts declare them.
const V3_SWAP = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)
const V2_SWAP = parseAbiItem(
  'event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to)',
)

let proxy: RpcProxy
/** Every JSON-RPC call the app's client sent through the proxy, with its parameters. */
const sent: { method: string; params: unknown[] }[] = []

beforeAll(async () => {
  proxy = await startRpcProxy({ upstream: inject('rpcUrl'), port: PROXY_PORT })
})
afterAll(async () => {
  await proxy.close()
})

/** A client through the proxy recording each call's method and parameters (batches unrolled). */
function appClient() {
  return createPublicClient({
    cacheTime: 0,
    transport: http(proxy.url, {
      fetchFn: (input, init) => {
        const body = JSON.parse(String(init?.body)) as
          | { method: string; params: unknown[] }
          | { method: string; params: unknown[] }[]
        for (const call of Array.isArray(body) ? body : [body]) sent.push(call)
        return fetch(input, init)
      },
    }),
  })
}

/** Proxy calls counted since `before` (a copy of byMethod), by method and in total. */
function countsSince(before: Record<string, number>) {
  const byMethod: Record<string, number> = {}
  for (const [method, count] of Object.entries(proxy.stats.byMethod)) {
    const delta = count - (before[method] ?? 0)
    if (delta > 0) byMethod[method] = delta
  }
  return { byMethod, total: Object.values(byMethod).reduce((sum, n) => sum + n, 0) }
}

/** The devnet's catalogue as a public chain lists it: every pair of its tokens, through the factories. */
function factoriesCatalogue() {
  const catalogue = catalogueFromDeployments(inject('deployments'))
  return {
    ...catalogue,
    fullHistory: false,
    poolsList: { from: 'factories' as const, pairs: allPairsOf(catalogue.tokens.map((t) => t.address)) },
  }
}

/** Per-pool sums over the last `seconds` of the Swap events read directly with viem, dated with getBlock (independent). */
async function independentSums(config: PoolsListConfig, head: bigint, headTime: number, seconds = DAY) {
  const reader = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
  const fromBlock = BigInt(inject('deployments').startBlock)
  const [v3Logs, v2Logs] = await Promise.all([
    reader.getLogs({
      address: config.v3Pools.map((p) => p.address),
      event: V3_SWAP,
      fromBlock,
      toBlock: head,
    }),
    reader.getLogs({
      address: config.v2Pairs.map((p) => p.address),
      event: V2_SWAP,
      fromBlock,
      toBlock: head,
    }),
  ])
  const times = new Map<bigint, number>()
  for (const blockNumber of new Set([...v3Logs, ...v2Logs].map((log) => log.blockNumber)))
    times.set(blockNumber, Number((await reader.getBlock({ blockNumber })).timestamp))
  const sums = new Map<string, { count: number; in0: bigint; in1: bigint }>()
  const add = (pool: Address, in0: bigint, in1: bigint) => {
    const entry = sums.get(pool.toLowerCase()) ?? { count: 0, in0: 0n, in1: 0n }
    sums.set(pool.toLowerCase(), { count: entry.count + 1, in0: entry.in0 + in0, in1: entry.in1 + in1 })
  }
  const inDay = (blockNumber: bigint) => (times.get(blockNumber) ?? 0) > headTime - seconds
  for (const log of v3Logs) {
    if (!inDay(log.blockNumber)) continue
    const { amount0, amount1 } = log.args as { amount0: bigint; amount1: bigint }
    add(log.address, amount0 > 0n ? amount0 : 0n, amount1 > 0n ? amount1 : 0n)
  }
  for (const log of v2Logs) {
    if (!inDay(log.blockNumber)) continue
    const { amount0In, amount1In } = log.args as { amount0In: bigint; amount1In: bigint }
    add(log.address, amount0In, amount1In)
  }
  return sums
}

describe('pools list request budget behind the RPC proxy (devnet listed as a public chain)', () => {
  it('state in ≤ 3 requests, then 24 h volume in ≤ 40, equal to the Swap events summed directly', async () => {
    const client = appClient()
    const start = { ...proxy.stats.byMethod }
    const sentBefore = sent.length
    const config = await discoverPoolsListConfig(client, factoriesCatalogue())
    const state = await readPoolsState(client, config)
    const stateCounts = countsSince(start)
    // Every devnet pool and pair is found through the factories.
    const deployments = inject('deployments')
    expect(config.v3Pools.length).toBe(deployments.v3Pools.length)
    expect(config.v2Pairs.length).toBe(deployments.v2Pairs.length)
    expect(stateCounts.total).toBeLessThanOrEqual(3)
    expect(stateCounts.byMethod).toEqual({ eth_call: 2 })

    const afterState = { ...proxy.stats.byMethod }
    const swaps = await readRecentSwaps(client, {
      chainId: config.chainId,
      v3Pools: config.v3Pools.map((p) => p.address),
      v2Pairs: config.v2Pairs.map((p) => p.address),
      blockNumber: state.blockNumber,
      timestamp: state.timestamp,
      startBlock: config.startBlock,
      store: createMemoryLogStore(),
    })
    const swapCounts = countsSince(afterState)
    console.info(
      `pools list on the devnet: state ${stateCounts.total} requests ${JSON.stringify(stateCounts.byMethod)}, 24 h ${swapCounts.total} ${JSON.stringify(swapCounts.byMethod)}`,
    )
    expect(swapCounts.total).toBeLessThanOrEqual(40)
    expect(swapCounts.byMethod.eth_getLogs).toBe(swaps.windows.logRanges)
    expect(swaps.windows.week).toBeNull()
    expect(swaps.windows.timedLogs).toBe(true)
    expect(swaps.windows.day.coveredSeconds).toBe(DAY)

    // Each getLogs carried every pool's address and both Swap topics, never an empty address list.
    const getLogs = sent.slice(sentBefore).filter((call) => call.method === 'eth_getLogs')
    expect(getLogs.length).toBeGreaterThan(0)
    for (const call of getLogs) {
      const [filter] = call.params as [{ address: Address[]; topics: Hex[][] }]
      expect(filter.address.length).toBe(config.v3Pools.length + config.v2Pairs.length)
      expect(filter.topics[0]?.length).toBe(2)
    }

    const expected = await independentSums(config, state.blockNumber, state.timestamp)
    const total = [...expected.values()].reduce((sum, entry) => sum + entry.count, 0)
    expect(total).toBeGreaterThan(0)
    const got = new Map(
      [...swaps.totals24h].map(([pool, t]) => [
        pool,
        { count: t.count, in0: t.amount0InWei, in1: t.amount1InWei },
      ]),
    )
    expect(got).toEqual(expected)

    // On demand: the 7-day figures (one scan of the 7 days; the 24 h ones come from it unchanged).
    const week = await readRecentSwaps(client, {
      chainId: config.chainId,
      v3Pools: config.v3Pools.map((p) => p.address),
      v2Pairs: config.v2Pairs.map((p) => p.address),
      blockNumber: state.blockNumber,
      timestamp: state.timestamp,
      startBlock: config.startBlock,
      store: createMemoryLogStore(),
      sevenDays: true,
    })
    const sums = (map: typeof week.totals7d) =>
      new Map(
        [...map].map(([pool, t]) => [pool, { count: t.count, in0: t.amount0InWei, in1: t.amount1InWei }]),
      )
    const expected7d = await independentSums(config, state.blockNumber, state.timestamp, 7 * DAY)
    expect([...expected7d.values()].reduce((sum, entry) => sum + entry.count, 0)).toBeGreaterThan(total)
    expect(sums(week.totals7d)).toEqual(expected7d)
    expect(sums(week.totals24h)).toEqual(expected)
    expect(week.windowSeconds7d).toBe(7 * DAY)
  })

  it('the devnet as it lists itself (known pools) also reads its state in one request', async () => {
    const config = poolsListConfigOf(catalogueFromDeployments(inject('deployments')))
    if (!config) throw new Error('no devnet pools list config')
    const start = { ...proxy.stats.byMethod }
    await readPoolsState(appClient(), config)
    expect(countsSince(start).byMethod).toEqual({ eth_call: 1 })
  })

  it('no pools: no request at all, and never an eth_getLogs with an empty address list', async () => {
    const client = appClient()
    const start = { ...proxy.stats.byMethod }
    const head = await createPublicClient({ transport: http(inject('rpcUrl')) }).getBlock()
    const swaps = await readRecentSwaps(client, {
      chainId: 31337,
      v3Pools: [],
      v2Pairs: [],
      blockNumber: head.number,
      timestamp: Number(head.timestamp),
      startBlock: 0n,
      store: createMemoryLogStore(),
    })
    expect(countsSince(start).total).toBe(0)
    expect([swaps.totals24h.size, swaps.windows.logRanges]).toEqual([0, 0])
    // A catalogue whose main pairs have no pools: one discovery request, zero pools, no getLogs.
    const catalogue = factoriesCatalogue()
    const key = (a: string, b: string) => [a.toLowerCase(), b.toLowerCase()].sort().join('-')
    const pooled = new Set([...catalogue.v3Pools, ...catalogue.v2Pairs].map((p) => key(p.token0, p.token1)))
    const unpooled = catalogue.poolsList.pairs.filter(([a, b]) => !pooled.has(key(a, b)))
    expect(unpooled.length).toBeGreaterThan(0)
    const beforeDiscovery = { ...proxy.stats.byMethod }
    const none = await discoverPoolsListConfig(client, {
      ...catalogue,
      poolsList: { from: 'factories', pairs: unpooled },
    })
    expect(countsSince(beforeDiscovery).byMethod).toEqual({ eth_call: 1 })
    expect([none.v3Pools, none.v2Pairs]).toEqual([[], []])
    expect(
      sent.some(
        (call) =>
          call.method === 'eth_getLogs' && (call.params[0] as { address: unknown[] }).address?.length === 0,
      ),
    ).toBe(false)
  })
})
