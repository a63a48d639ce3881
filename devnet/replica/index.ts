import { type RunningChain, type StartChainOptions, spawnAnvil } from '../anvil.ts'
import { createChainWriter } from '../chainWriter.ts'
import {
  readCachedReplica,
  replicaCacheKey,
  writeCachedReplica,
  writeReplicaDeploymentsFile,
} from './cache.ts'
import { type ReplicaDeployments, replicaTimeline, seedReplica } from './seedReplica.ts'
import { REPLICA_SPECS, type ReplicaChain } from './specs.ts'

export { replicaDeploymentsPath } from './cache.ts'
export type { ReplicaContracts } from './deployReplica.ts'
export type { ReplicaDemoPosition, ReplicaDeployments, ReplicaV2Holding } from './seedReplica.ts'
export { REPLICA_HISTORY_DAYS } from './seedReplica.ts'
export type { ReplicaSpec } from './specs.ts'
export {
  isReplicaChain,
  REPLICA_CHAINS,
  REPLICA_SPECS,
  type ReplicaChain,
  replicaAppEnv,
  replicaDeploymentBlock,
} from './specs.ts'

/** Cancun or later: Prague (anvil's default in this version is also Prague). */
export const REPLICA_HARDFORK = 'prague'

/** A running replica of a public chain. */
export interface Replica extends RunningChain<ReplicaDeployments> {
  chain: ReplicaChain
  chainId: number
}

export interface StartReplicaOptions extends StartChainOptions {
  chain: ReplicaChain
  /**
   * End of the seeded history (unix seconds). Default: the start of the current UTC hour, so the
   * state is deterministic and cached per hour and the history ends less than an hour ago.
   */
  anchorTimestamp?: number
}

/** Start of the current UTC hour, unix seconds. */
export function currentHourAnchor(nowMs = Date.now()): number {
  return Math.floor(nowMs / 3_600_000) * 3_600
}

/**
 * Starts an anvil shaped like a public chain: its chain id, a real-order head block, Prague, the real
 * Uniswap contracts and tokens at their canonical addresses, an 8-day seeded history ending at the
 * anchor and a demo book on anvil account 0. Warm starts load the cached dump; a cold start seeds and
 * caches. The clock resumes at wall-clock time with interval mining, so the head is fresh.
 * @example const replica = await startReplica({ chain: 'arbitrum', port: 9110 }); await replica.stop()
 */
export async function startReplica(options: StartReplicaOptions): Promise<Replica> {
  const { chain, port = 8545, fresh = false, quiet = false } = options
  const anchor = options.anchorTimestamp ?? currentHourAnchor()
  const spec = REPLICA_SPECS[chain]
  const startedAt = performance.now()
  const log = (message: string) => {
    if (!quiet) console.error(`[replica ${chain}] ${message}`)
  }
  const key = replicaCacheKey(chain, anchor)
  const cached = fresh ? undefined : readCachedReplica(chain, key)
  let state = cached
  if (!state) {
    log(`no cached state for anchor ${new Date(anchor * 1000).toISOString()}: seeding (cold start)`)
    const { genesisTimestamp } = replicaTimeline(anchor)
    const seeding = await spawnAnvil({
      port,
      chainId: spec.chainId,
      args: [
        '--number',
        String(spec.genesisNumber),
        '--hardfork',
        REPLICA_HARDFORK,
        '--timestamp',
        String(genesisTimestamp),
      ],
    })
    try {
      const writer = createChainWriter(seeding.rpcUrl)
      const deployments = await seedReplica(writer, chain, anchor)
      state = { statePath: await writeCachedReplica(writer, chain, key, deployments), deployments }
    } finally {
      // Restarting from the dump makes a cold start behave exactly like a warm one.
      await seeding.stop()
    }
  } else {
    log(`loading cached state ${key}`)
  }
  const { deployments, statePath } = state
  // The clock resumes at wall-clock time (never before the history's end); interval mining keeps the
  // head fresh at far fewer blocks per hour than the real chain.
  const resumeAt = Math.max(deployments.seed.historyEndTimestamp + 1, Math.floor(Date.now() / 1000))
  const anvil = await spawnAnvil({
    port,
    chainId: spec.chainId,
    args: [
      '--load-state',
      statePath,
      '--hardfork',
      REPLICA_HARDFORK,
      '--timestamp',
      String(resumeAt),
      '--block-time',
      String(spec.blockTimeSec),
    ],
  })
  // One block at once: the head carries the current time before the first interval block.
  await createChainWriter(anvil.rpcUrl).rpc('evm_mine')
  writeReplicaDeploymentsFile(deployments)
  const readyMs = Math.round(performance.now() - startedAt)
  log(`ready in ${readyMs} ms (${cached ? 'warm' : 'cold'})`)
  return {
    chain,
    chainId: spec.chainId,
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
