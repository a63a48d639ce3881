// Public chains, proven offline: the app's reads on the Ethereum and Arbitrum replicas behind the public-RPC
// limits proxy (test/faults/rpcProxy.ts, the 10,000-block profile scaled to the replica's block rate, 25
// requests/s, 128 blocks of state, 50M gas, 10 MB). Request counts are JSON-RPC calls counted at the proxy,
// made by the same chain functions the pages' queries call (so no chain-health poll is in them). The first
// figures are timed in Chromium on a private build, with 100 ms added to every request.
// Ports 8871-8879 and 4295.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { type Client, createPublicClient, http, type PublicClient } from 'viem'
import { preview } from 'vite'
import {
  REPLICA_SPECS,
  type Replica,
  type ReplicaChain,
  replicaAppEnv,
  startReplica,
} from '../devnet/replica/index.ts'
import { RPC_LIMIT_PROFILES, type RpcLimits, scaleLogRange } from '../test/faults/rpcLimits.ts'
import { type RpcProxy, startRpcProxy } from '../test/faults/rpcProxy.ts'
import type { BenchMetrics } from './types.ts'

// The catalogue reads the replicas' deployment blocks from the env when first imported: scripts/bench.ts sets
// it before any group runs.

const PORTS: Record<'ethereum' | 'arbitrum', { replica: number; proxy: number }> = {
  ethereum: { replica: 8871, proxy: 8872 },
  arbitrum: { replica: 8873, proxy: 8874 },
}
const APP_PORT = 4295
const LATENCY_MS = 100
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium']

interface Limited {
  replica: Replica
  proxy: RpcProxy
  limits: RpcLimits
  /** Through the proxy, counted there. */
  client: Client
  /** Straight to the replica (head, expectations). */
  direct: Client
}

function limitsFor(chain: ReplicaChain, replica: Replica, profile: RpcLimits): RpcLimits {
  return scaleLogRange(profile, {
    replicaBlocksPerHour: replica.deployments.seed.replicaBlocksPerHour,
    realBlocksPerHour: REPLICA_SPECS[chain].realBlocksPerHour,
  })
}

async function startLimited(chain: 'ethereum' | 'arbitrum'): Promise<Limited> {
  const replica = await startReplica({ chain, port: PORTS[chain].replica, quiet: true })
  const limits = limitsFor(chain, replica, RPC_LIMIT_PROFILES.standard)
  const proxy = await startRpcProxy({ upstream: replica.rpcUrl, port: PORTS[chain].proxy, limits })
  // The app's own transport (rate limiter, 429 retries), as the page uses it.
  const { createFallbackTransport } = await import('../src/config/chainTransport.ts')
  const { PUBLIC_RPC_RATE_LIMIT } = await import('../src/config/rpcRateLimit.ts')
  const client = createPublicClient({
    transport: createFallbackTransport([proxy.url], PUBLIC_RPC_RATE_LIMIT),
  })
  const direct = createPublicClient({ transport: http(replica.rpcUrl) })
  return { replica, proxy, limits, client, direct }
}

const ranges = (window: bigint, range: number) => Number((window + BigInt(range) - 1n) / BigInt(range))

/** Positions on the Ethereum replica: current state, then the event history cold and warm. */
async function positionsMetrics(limited: Limited): Promise<BenchMetrics> {
  const { getPositionsConfig } = await import('../src/chain/catalogue/positionsConfig.ts')
  const { loadPositions } = await import('../src/chain/readPositions.ts')
  const { discoverV3Incentives } = await import('../src/chain/history/discoverV3Incentives.ts')
  const { mergeV3Incentives } = await import('../src/domain/catalogue/mergeV3Incentives.ts')
  const { readVersusHolding } = await import('../src/chain/history/readVersusHolding.ts')
  const { createMemoryLogStore } = await import('../src/chain/history/logStore.ts')
  const { createFallbackTransport } = await import('../src/config/chainTransport.ts')
  const { PUBLIC_RPC_RATE_LIMIT } = await import('../src/config/rpcRateLimit.ts')
  const { replica, proxy, client, direct } = limited
  const account = replica.deployments.demoAccount
  const base = getPositionsConfig(replica.chainId)
  if (!base) throw new Error('no positions config for the replica chain')
  if (base.historyFromBlock !== BigInt(replica.deployments.deploymentBlock))
    throw new Error(`the catalogue scans from ${base.historyFromBlock}, not the replica's deployment block`)
  const head = await (direct as ReturnType<typeof createPublicClient>).getBlockNumber()

  proxy.resetStats()
  const startedAt = performance.now()
  const snapshot = await loadPositions(client, { account, config: base, toBlock: head })
  const currentMs = performance.now() - startedAt
  const currentRequests = proxy.stats.calls
  const okPositions = snapshot.positions.filter((position) => position.status === 'ok').length

  // History: incentives (the staker's IncentiveCreated logs, in the shared staker + V2 + farms log, as the
  // page's incentives query reads it), then versus-holding for every position (its deposits, collects and
  // claims). The reload of current state with the incentives' rewards is not counted.
  const store = createMemoryLogStore()
  const discover = (from: typeof client, into: typeof store) =>
    base.contracts.v3Staker
      ? discoverV3Incentives(from, { config: base, toBlock: head, store: into })
      : Promise.resolve([])
  const methods = (stats: { byMethod: Record<string, number> }) => ({ ...stats.byMethod })
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [method, count] of Object.entries(from)) into[method] = (into[method] ?? 0) + count
  }
  proxy.resetStats()
  const incentives = await discover(client, store)
  const cold = { calls: proxy.stats.calls, byMethod: methods(proxy.stats) }
  const config = { ...base, incentives: mergeV3Incentives(base.incentives, incentives) }
  const withRewards = await loadPositions(client, { account, config, toBlock: head })
  proxy.resetStats()
  await readVersusHolding(client, { config, store, snapshot: withRewards })
  cold.calls += proxy.stats.calls
  add(cold.byMethod, proxy.stats.byMethod)
  // Warm: a reload — the stored entries survive (IndexedDB in the app), the in-memory verification and a
  // fresh client's caches do not.
  const reloaded = createMemoryLogStore()
  for (const [key, value] of store.entries) reloaded.entries.set(key, value)
  const reloadedClient = createPublicClient({
    transport: createFallbackTransport([proxy.url], PUBLIC_RPC_RATE_LIMIT),
  })
  proxy.resetStats()
  await discover(reloadedClient, reloaded)
  await readVersusHolding(reloadedClient, { config, store: reloaded, snapshot: withRewards })
  const warm = { calls: proxy.stats.calls, byMethod: methods(proxy.stats) }
  // The ledger (the /ledger page, and the position page's PnL when asked), cold in its own store: the
  // account's NFT transfers, approvals, position events, receipts and the past prices before each event.
  const { readLedger } = await import('../src/chain/ledger/readLedger.ts')
  const { loadCatalogue } = await import('../src/chain/catalogue/getCatalogue.ts')
  const catalogue = await loadCatalogue(replica.chainId)
  if (!catalogue) throw new Error('no catalogue for the replica chain')
  proxy.resetStats()
  const ledger = await readLedger(client, {
    config: base,
    catalogue,
    account,
    store: createMemoryLogStore(),
    toBlock: head,
  })
  const ledgerCold = { calls: proxy.stats.calls, byMethod: methods(proxy.stats) }
  const pricedLegs = ledger.entries.flatMap((entry) => entry.legsUsd).filter((usd) => usd !== null).length
  console.log(
    `[chains] ethereum ledger: ${ledger.entries.length} rows (${pricedLegs} legs priced), cold ${ledgerCold.calls} calls (${JSON.stringify(ledgerCold.byMethod)}) vs history cold ${cold.calls}`,
  )
  const window = head - BigInt(replica.deployments.deploymentBlock) + 1n
  const coldMinimum = ranges(window, limited.limits.getLogsMaxRange ?? 10_000)
  console.log(
    `[chains] ethereum positions: ${okPositions} positions, current ${currentRequests} calls in ${currentMs.toFixed(0)} ms; history cold ${cold.calls} calls (${JSON.stringify(cold.byMethod)}), warm ${warm.calls} (${JSON.stringify(warm.byMethod)}); window ${window} blocks at ${limited.limits.getLogsMaxRange}/range = ${coldMinimum} ranges`,
  )
  return {
    'chains.ethereum.positions.currentRequests': { value: currentRequests, unit: 'JSON-RPC calls' },
    'chains.ethereum.positions.currentNodeMs': { value: Math.round(currentMs), unit: 'ms' },
    'chains.ethereum.positions.historyRequests.cold': { value: cold.calls, unit: 'JSON-RPC calls' },
    'chains.ethereum.positions.historyRequests.coldGetLogs': {
      value: cold.byMethod.eth_getLogs ?? 0,
      unit: 'eth_getLogs',
    },
    'chains.ethereum.positions.historyRequests.coldGetBlock': {
      value: cold.byMethod.eth_getBlockByNumber ?? 0,
      unit: 'eth_getBlockByNumber',
    },
    'chains.ethereum.positions.historyRequests.coldOther': {
      value: Object.entries(cold.byMethod)
        .filter(([method]) => method !== 'eth_getLogs' && method !== 'eth_getBlockByNumber')
        .reduce((sum, [, count]) => sum + count, 0),
      unit: 'JSON-RPC calls',
    },
    'chains.ethereum.positions.historyRequests.warm': { value: warm.calls, unit: 'JSON-RPC calls' },
    'chains.ethereum.positions.historyRequests.coldMinimum': { value: coldMinimum, unit: 'ranges' },
    'chains.ethereum.ledger.loadRequests.cold': { value: ledgerCold.calls, unit: 'JSON-RPC calls' },
    'chains.ethereum.ledger.loadRequests.coldGetLogs': {
      value: ledgerCold.byMethod.eth_getLogs ?? 0,
      unit: 'eth_getLogs',
    },
    'chains.ethereum.ledger.coldVsHistory': { value: ledgerCold.calls / cold.calls, unit: 'x' },
    'chains.ethereum.ledger.pricedLegs': { value: pricedLegs, unit: 'legs' },
  }
}

/** Pools on the Arbitrum replica: state, then 24 h volume and fee APR, under the 10,000 and 2,000 profiles. */
async function poolsMetrics(limited: Limited): Promise<BenchMetrics> {
  const { loadPoolsListConfig } = await import('../src/chain/catalogue/poolsListConfig.ts')
  const { readPoolsState } = await import('../src/chain/pools/readPoolsState.ts')
  const { readPoolsListFrom } = await import('../src/chain/pools/readPoolsList.ts')
  const { createMemoryLogStore } = await import('../src/chain/history/logStore.ts')
  const { replica, proxy, client } = limited
  const load = async () => {
    proxy.resetStats()
    const startedAt = performance.now()
    const config = await loadPoolsListConfig(client, replica.chainId)
    if (!config) throw new Error('no pools list on the replica chain')
    const state = await readPoolsState(client, config)
    const stateCalls = proxy.stats.calls
    const stateMs = performance.now() - startedAt
    const list = await readPoolsListFrom(client, {
      config,
      state,
      store: createMemoryLogStore(),
      sevenDays: false,
    })
    return {
      stateCalls,
      stateMs,
      dayCalls: proxy.stats.calls - stateCalls,
      loadMs: performance.now() - startedAt,
      pools: config.v3Pools.length + config.v2Pairs.length,
      rows: list,
    }
  }
  const standard = await load()
  proxy.setLimits(limitsFor('arbitrum', replica, RPC_LIMIT_PROFILES.strict))
  const strict = await load()
  proxy.setLimits(limited.limits)
  console.log(
    `[chains] arbitrum pools: ${standard.pools} pools; state ${standard.stateCalls} calls (${standard.stateMs.toFixed(0)} ms), 24 h ${standard.dayCalls} calls, ${standard.loadMs.toFixed(0)} ms; strict profile 24 h ${strict.dayCalls} calls`,
  )
  return {
    'chains.arbitrum.pools.stateRequests': { value: standard.stateCalls, unit: 'JSON-RPC calls' },
    'chains.arbitrum.pools.requests24h': { value: standard.dayCalls, unit: 'JSON-RPC calls' },
    'chains.arbitrum.pools.requests24hStrict': { value: strict.dayCalls, unit: 'JSON-RPC calls' },
    'chains.arbitrum.pools.loadMs': { value: Math.round(standard.loadMs), unit: 'ms' },
  }
}

/**
 * One pool's page on the Arbitrum replica (pool detail, the add form's range, the simulator): its state
 * (what the histogram and the range draw from: no log) against its swap figures (the 8-day Swap scan the
 * volume and the projection need), side by side in one run, requests counted at the proxy.
 */
async function poolPageMetrics(limited: Limited): Promise<BenchMetrics> {
  const { loadCatalogue } = await import('../src/chain/catalogue/getCatalogue.ts')
  const { readPoolState, readPoolSwapFigures } = await import('../src/chain/pools/readPoolSnapshot.ts')
  const { createMemoryLogStore } = await import('../src/chain/history/logStore.ts')
  const { replica, proxy } = limited
  const client = limited.client as PublicClient
  const catalogue = await loadCatalogue(replica.chainId)
  const pool = catalogue?.v3Pools[0]
  if (!catalogue || !pool) throw new Error('no V3 pool in the replica catalogue')
  proxy.resetStats()
  let startedAt = performance.now()
  const state = await readPoolState(client, { pool: pool.address, catalogue })
  const stateMs = performance.now() - startedAt
  const stateCalls = proxy.stats.calls
  proxy.resetStats()
  startedAt = performance.now()
  const figures = await readPoolSwapFigures(client, { state, catalogue, store: createMemoryLogStore() })
  const swapMs = performance.now() - startedAt
  const swapCalls = proxy.stats.calls
  console.log(
    `[chains] arbitrum pool ${pool.address}: state ${stateCalls} calls in ${stateMs.toFixed(0)} ms; swap figures (${figures.swapCount} swaps) ${swapCalls} calls in ${swapMs.toFixed(0)} ms`,
  )
  return {
    'chains.arbitrum.poolPage.stateRequests': { value: stateCalls, unit: 'JSON-RPC calls' },
    'chains.arbitrum.poolPage.stateMs': { value: Math.round(stateMs), unit: 'ms' },
    'chains.arbitrum.poolPage.swapFiguresRequests': { value: swapCalls, unit: 'JSON-RPC calls' },
    'chains.arbitrum.poolPage.swapFiguresMs': { value: Math.round(swapMs), unit: 'ms' },
  }
}

/**
 * Navigation to the first position card showing exact amounts, on the Ethereum replica's demo account,
 * behind the 10,000 profile with 100 ms added to each request (median of 3 cold page loads).
 */
async function firstFiguresMs(limited: Limited): Promise<number> {
  const chromiumPath = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && existsSync(p))
  if (!chromiumPath) throw new Error('no Chromium: set CHROMIUM_PATH or apt-get install chromium')
  const outDir = join(tmpdir(), 'poolscope-chains-dist')
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
    // A fresh visitor lands on Ethereum, as with `npm start -- --replica ethereum`.
    env: { ...process.env, ...replicaAppEnv(), VITE_DEFAULT_CHAIN_ID: String(limited.replica.chainId) },
  })
  const server = await preview({
    build: { outDir },
    preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const { replica, proxy } = limited
  const settings = JSON.stringify({
    rpcUrls: { [replica.chainId]: [proxy.url] },
    watchAddress: replica.deployments.demoAccount,
  })
  const times: number[] = []
  try {
    await proxy.setFault({ kind: 'latency', ms: LATENCY_MS })
    for (let run = 0; run < 3; run++) {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
      })
      try {
        const context = await browser.newContext()
        // A fresh profile each run: cold caches. The chain is chosen as wagmi stores it.
        await context.addInitScript(
          ([value, chainId]) => {
            localStorage.setItem('poolscope.settings', value as string)
            localStorage.setItem(
              'poolscope.wagmi.store',
              JSON.stringify({
                state: { chainId, connections: { __type: 'Map', value: [] }, current: null },
              }),
            )
          },
          [settings, replica.chainId],
        )
        const page = await context.newPage()
        const startedAt = performance.now()
        await page.goto(`http://127.0.0.1:${APP_PORT}/`)
        await page
          .locator('[data-testid="position-card"] [data-testid="amount0"][data-wei]')
          .first()
          .waitFor({ timeout: 120_000 })
        times.push(performance.now() - startedAt)
      } finally {
        await browser.close()
      }
    }
  } finally {
    await proxy.setFault(null)
    await server.close()
  }
  times.sort((a, b) => a - b)
  console.log(`[chains] ethereum first figures: ${times.map((t) => t.toFixed(0)).join(', ')} ms`)
  return Math.round(times[1] ?? Number.NaN)
}

/** Runs the chains group: positions (Ethereum replica) and pools (Arbitrum replica), behind the limits. */
export async function runChainsBench(): Promise<BenchMetrics> {
  const metrics: BenchMetrics = {}
  let refused = 0
  let http429 = 0
  const tally = (proxy: RpcProxy) => {
    const { refusedTotal, probes, refused: byReason } = proxy.stats
    refused += refusedTotal - probes - byReason.rate
    http429 += proxy.stats.http429
  }
  const ethereum = await startLimited('ethereum')
  try {
    const positions = await positionsMetrics(ethereum)
    Object.assign(metrics, positions)
    tally(ethereum.proxy)
    ethereum.proxy.resetStats()
    metrics['chains.ethereum.positions.firstFiguresMs'] = {
      value: await firstFiguresMs(ethereum),
      unit: 'ms',
    }
    tally(ethereum.proxy)
  } finally {
    await ethereum.proxy.close()
    await ethereum.replica.stop()
  }
  const arbitrum = await startLimited('arbitrum')
  try {
    Object.assign(metrics, await poolsMetrics(arbitrum))
    tally(arbitrum.proxy)
    arbitrum.proxy.resetStats()
    Object.assign(metrics, await poolPageMetrics(arbitrum))
    tally(arbitrum.proxy)
  } finally {
    await arbitrum.proxy.close()
    await arbitrum.replica.stop()
  }
  metrics['rpcLimits.refusedRequests'] = { value: refused, unit: 'requests' }
  metrics['rpcLimits.http429'] = { value: http429, unit: 'responses' }
  return metrics
}
