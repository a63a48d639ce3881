import type { Page } from 'playwright-core'
import { type Address, createPublicClient, http, type PublicClient } from 'viem'
import { inject } from 'vitest'
import { REPLICA_SPECS, type Replica, type ReplicaChain, startReplica } from '../../devnet/replica/index.ts'
import { RPC_LIMIT_PROFILES, scaleLogRange } from '../faults/rpcLimits.ts'
import { type RpcProxy, startRpcProxy } from '../faults/rpcProxy.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp } from './harness.ts'

/**
 * Ports of the replica browser tests: apart from the browser devnet (8745) and the app (4273). Six from
 * POOLSCOPE_REPLICA_PORT_BASE (default 8781), so parallel runs on one machine can keep apart.
 */
const PORT_BASE = Number(process.env.POOLSCOPE_REPLICA_PORT_BASE ?? 8781)
const REPLICA_PORTS: Record<ReplicaChain, { replica: number; proxy: number }> = {
  ethereum: { replica: PORT_BASE, proxy: PORT_BASE + 1 },
  arbitrum: { replica: PORT_BASE + 2, proxy: PORT_BASE + 3 },
  base: { replica: PORT_BASE + 4, proxy: PORT_BASE + 5 },
}

/** A replica behind the public-RPC limits proxy (the 10,000-block profile, scaled to the replica's block rate). */
export interface LimitedReplica {
  replica: Replica
  proxy: RpcProxy
  /** Reads straight from the replica, outside the limits: the test's oracle. */
  direct: PublicClient
  stop(): Promise<void>
}

/** Starts the `chain` replica (warm from .devnet-cache when seeded this hour) and its limits proxy. */
export async function startLimitedReplica(chain: ReplicaChain): Promise<LimitedReplica> {
  const ports = REPLICA_PORTS[chain]
  const replica = await startReplica({ chain, port: ports.replica, quiet: true })
  const limits = scaleLogRange(RPC_LIMIT_PROFILES.standard, {
    replicaBlocksPerHour: replica.deployments.seed.replicaBlocksPerHour,
    realBlocksPerHour: REPLICA_SPECS[chain].realBlocksPerHour,
  })
  const proxy = await startRpcProxy({ upstream: replica.rpcUrl, port: ports.proxy, limits })
  const direct = createPublicClient({ transport: http(replica.rpcUrl), cacheTime: 0 }) as PublicClient
  return {
    replica,
    proxy,
    direct,
    async stop() {
      await proxy.close()
      await replica.stop()
    },
  }
}

/**
 * Opens the built app with the replica's chain read through the limits proxy, as a user who set their own
 * RPC for that public chain in Settings would, and selects that chain.
 */
export async function openOnReplica(limited: LimitedReplica, path = '/'): Promise<AppSession> {
  const { chainId } = limited.replica
  const session = await openApp({
    localStorage: {
      'poolscope.settings': JSON.stringify({
        rpcUrls: { 31337: [inject('browserRpcUrl')], [chainId]: [limited.proxy.url] },
      }),
    },
  })
  await selectChain(session.page, chainId)
  // The chosen chain is remembered (wagmi's storage), so a page opened by URL stays on it.
  if (path !== '/') {
    await session.page.goto(`${inject('appUrl')}${path}`)
    await session.page.locator(`[data-testid="chain-indicator"][data-chain-id="${chainId}"]`).waitFor()
  }
  return session
}

/** Picks `chainId` in the header's network switcher and waits until the page is on it. */
export async function selectChain(page: Page, chainId: number): Promise<void> {
  await page.getByTestId('chain-switcher').selectOption(String(chainId))
  await page.locator(`[data-testid="chain-indicator"][data-chain-id="${chainId}"]`).waitFor()
}

/** Watches `account` through the header form (no wallet). */
export async function watchAccount(page: Page, account: Address): Promise<void> {
  await page.getByTestId('watch-address-input').fill(account)
  await page.getByTestId('watch-address-submit').click()
  await page.locator(`[data-testid="positions-account"][data-account="${account}"]`).waitFor()
}

/** How Chromium logs an HTTP 429 answer to a fetch. */
export const RATE_LIMITED_LOAD =
  'Failed to load resource: the server responded with a status of 429 (Too Many Requests)'

/**
 * A replica page's console errors besides the limits proxy's 429s. A 429 is the public RPC's rate limit,
 * answered with Retry-After and retried by the app with backoff (the issue allows them: counted at the
 * proxy, never shown as a figure), and Chromium logs each one as a failed resource load. More such lines
 * than the proxy sent 429s is itself an error; every other console error is kept.
 */
export function errorsBesidesRateLimits(errors: readonly string[], proxy: RpcProxy): string[] {
  const rateLimited = errors.filter((error) => error.endsWith(RATE_LIMITED_LOAD)).length
  const others = errors.filter((error) => !error.endsWith(RATE_LIMITED_LOAD))
  return rateLimited <= proxy.stats.http429
    ? others
    : [...others, `${rateLimited} rate-limited loads logged, but the proxy sent ${proxy.stats.http429} 429s`]
}

/** Requests the proxy refused that were not probes the app adapts to (range / result-count) or 429s. */
export function hiddenLimitBreaks(proxy: RpcProxy): number {
  const { refusedTotal, probes, refused } = proxy.stats
  return refusedTotal - probes - refused.rate
}

/** What a page opened on a replica carries besides the RPC settings (e.g. a scripted EIP-6963 wallet). */
export interface OpenOnReplicaOptions {
  initScript?: { fn: (arg: never) => void; arg: unknown }
  /** RPC URL the app is given for the replica's chain instead of the limits proxy (a wrong-chain node). */
  rpcUrl?: string
}

/**
 * `openOnReplica` with a script run before the app's own (the scripted wallet) and, optionally, another
 * RPC URL for the chain than the limits proxy (e.g. another replica's proxy: an RPC serving another chain).
 */
export async function openOnReplicaWith(
  limited: LimitedReplica,
  path: string,
  options: OpenOnReplicaOptions,
): Promise<AppSession> {
  const { chainId } = limited.replica
  const session = await openApp({
    localStorage: {
      'poolscope.settings': JSON.stringify({
        rpcUrls: { 31337: [inject('browserRpcUrl')], [chainId]: [options.rpcUrl ?? limited.proxy.url] },
      }),
    },
    ...(options.initScript ? { initScript: options.initScript } : {}),
  })
  await selectChain(session.page, chainId)
  if (path !== '/') {
    await session.page.goto(`${inject('appUrl')}${path}`)
    await session.page.locator(`[data-testid="chain-indicator"][data-chain-id="${chainId}"]`).waitFor()
  }
  return session
}

/** A block producer for a replica: mines as soon as a transaction is pending. */
export interface BlockProducer {
  /** Blocks it mined. */
  mined: number
  stop(): Promise<void>
}

/**
 * Mines a block on the replica whenever its pool holds a pending transaction (polled every `intervalMs`,
 * straight on the replica, outside the limits proxy): a replica mines only every 120 s, while the real
 * chains include a transaction within seconds (Arbitrum: 0.25 s blocks). The 120 s interval blocks go on.
 */
export function startBlockProducer(limited: LimitedReplica, intervalMs = 200): BlockProducer {
  const call = (method: string, params: unknown[] = []) => devnetRpc(limited.replica.rpcUrl, method, params)
  let running = true
  const producer: BlockProducer = {
    mined: 0,
    async stop() {
      running = false
      await loop
    },
  }
  const loop = (async () => {
    while (running) {
      try {
        const status = (await call('txpool_status')) as { pending: string }
        if (BigInt(status.pending) > 0n) {
          await call('evm_mine')
          producer.mined++
        }
      } catch {
        // The replica is stopping: the next round (if any) retries.
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  })()
  return producer
}
