import { createPublicClient, http } from 'viem'
import { devnetChain, startDevnet } from '../devnet/index.ts'
import { catalogueFromDeployments } from '../src/chain/catalogue/devnetCatalogue.ts'
import { poolsListConfigOf } from '../src/chain/catalogue/poolsListConfig.ts'
import { createMemoryLogStore } from '../src/chain/history/logStore.ts'
import { readPoolsState } from '../src/chain/pools/readPoolsState.ts'
import { readRecentSwaps } from '../src/chain/pools/readRecentSwaps.ts'
import type { PoolsListConfig } from '../src/domain/pools/poolsListTypes.ts'
import type { BenchMetrics } from './types.ts'

const BENCH_DEVNET_PORT = 8856

function countingClient(rpcUrl: string) {
  const counter = { requests: 0 }
  const client = createPublicClient({
    chain: devnetChain,
    cacheTime: 0,
    transport: http(rpcUrl, {
      batch: false,
      fetchFn: (input, init) => {
        counter.requests++
        return fetch(input, init)
      },
    }),
  })
  return { client, counter }
}

/** JSON-RPC requests of the pools list: state (one multicall) and swap logs, counted apart. */
async function measure(rpcUrl: string, config: PoolsListConfig) {
  const { client, counter } = countingClient(rpcUrl)
  const state = await readPoolsState(client, config)
  const loadRequests = counter.requests
  await readRecentSwaps(client, {
    chainId: config.chainId,
    v3Pools: config.v3Pools.map((pool) => pool.address),
    v2Pairs: config.v2Pairs.map((pair) => pair.address),
    blockNumber: state.blockNumber,
    timestamp: state.timestamp,
    startBlock: config.startBlock,
    store: createMemoryLogStore(),
  })
  return { loadRequests, logRequests: counter.requests - loadRequests }
}

/**
 * `pools.loadRequests`: requests for the current state of every devnet pool, pair and farm (must not
 * grow with the pool count: checked against a two-pool list); `pools.logRequests`: Swap log fetching.
 */
export async function runPoolsBench(): Promise<BenchMetrics> {
  const devnet = await startDevnet({ port: BENCH_DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  try {
    const full = poolsListConfigOf(catalogueFromDeployments(devnet.deployments))
    if (!full) throw new Error('the devnet catalogue has no pools list')
    const small: PoolsListConfig = {
      ...full,
      v3Pools: full.v3Pools.slice(0, 1),
      v2Pairs: full.v2Pairs.slice(0, 1),
    }
    const fullRun = await measure(devnet.rpcUrl, full)
    const smallRun = await measure(devnet.rpcUrl, small)
    if (fullRun.loadRequests !== smallRun.loadRequests || fullRun.logRequests !== smallRun.logRequests)
      throw new Error(
        `pool list requests grow with the pool count: ${JSON.stringify(smallRun)} (2 pools) vs ${JSON.stringify(fullRun)} (${full.v3Pools.length + full.v2Pairs.length} pools)`,
      )
    return {
      'pools.loadRequests': { value: fullRun.loadRequests, unit: 'requests' },
      'pools.logRequests': { value: fullRun.logRequests, unit: 'requests' },
    }
  } finally {
    await devnet.stop()
  }
}
