import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Deployments } from '../src/domain/catalogue/types.ts'
import { type RunningChain, type StartChainOptions, spawnAnvil } from './anvil.ts'
import { createChainWriter } from './chainWriter.ts'
import { seedDevnet } from './seedDevnet.ts'
import {
  REPO_ROOT,
  readCachedState,
  serializeDeployments,
  stateCacheKey,
  writeCachedState,
} from './stateCache.ts'
import { GENESIS_TIMESTAMP } from './timeline.ts'

export { ACCOUNT_INDEX, DEMO_ACCOUNT, DEVNET_MNEMONIC, testAccount, testAddress } from './accounts.ts'
export { resolveAnvilBinary, spawnAnvil } from './anvil.ts'
export { devnetChain } from './chain.ts'
export { MULTICALL3_ADDRESS } from './deployCore.ts'
export * from './timeline.ts'

/** Path of the committed deployments file the app imports. */
export const DEPLOYMENTS_FILE = join(REPO_ROOT, 'src', 'config', 'devnet.deployments.json')

/** A running, seeded devnet. */
export type Devnet = RunningChain<Deployments>

export interface StartDevnetOptions extends StartChainOptions {
  /** Update src/config/devnet.deployments.json when it differs (default true). */
  writeDeploymentsFile?: boolean
}

/**
 * Starts anvil with Uniswap V2/V3, farms and a 30-day seeded history. A warm start loads the cached
 * state dump (~1 s); a cold start deploys and seeds, then caches the result.
 * @example const devnet = await startDevnet({ port: 8550 }); await devnet.stop()
 */
export async function startDevnet(options: StartDevnetOptions = {}): Promise<Devnet> {
  const { port = 8545, fresh = false, quiet = false, writeDeploymentsFile = true } = options
  const startedAt = performance.now()
  const log = (message: string) => {
    if (!quiet) console.error(`[devnet] ${message}`)
  }
  const key = stateCacheKey()
  const cached = fresh ? undefined : readCachedState(key)

  let state = cached
  if (!state) {
    log('no cached state: deploying and seeding (cold start)')
    const seeding = await spawnAnvil({ port, args: ['--timestamp', String(GENESIS_TIMESTAMP)] })
    try {
      const writer = createChainWriter(seeding.rpcUrl)
      const deployments = await seedDevnet(writer)
      state = { statePath: await writeCachedState(writer, key, deployments), deployments }
    } finally {
      // Restarting from the dump makes a cold start behave exactly like a warm one (e.g. which
      // historical states eth_call can reach), so tests cannot pass on one and fail on the other.
      await seeding.stop()
    }
  } else {
    log(`loading cached state ${key}`)
  }
  const { deployments, statePath } = state
  // --timestamp makes the clock continue just after the end of the history: without it a loaded chain
  // jumps to wall-clock time and the farms would look finished.
  const anvil = await spawnAnvil({
    port,
    args: ['--load-state', statePath, '--timestamp', String(deployments.seed.historyEndTimestamp + 1)],
  })

  if (writeDeploymentsFile) {
    const json = serializeDeployments(deployments)
    if (!existsSync(DEPLOYMENTS_FILE) || readFileSync(DEPLOYMENTS_FILE, 'utf8') !== json) {
      writeFileSync(DEPLOYMENTS_FILE, json)
      log(`wrote ${DEPLOYMENTS_FILE}`)
    }
  }
  const readyMs = Math.round(performance.now() - startedAt)
  log(`ready in ${readyMs} ms (${cached ? 'warm' : 'cold'})`)
  return {
    rpcUrl: anvil.rpcUrl,
    port,
    pid: anvil.pid,
    deployments,
    readyMs,
    fromCache: cached !== undefined,
    exited: anvil.exited,
    stop: anvil.stop,
  }
}
