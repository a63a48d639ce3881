import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChainWriter } from '../chainWriter.ts'
import {
  CACHE_ROOT,
  type CacheEntry,
  hashFiles,
  pruneStaleEntries,
  REPO_ROOT,
  readCacheEntry,
  seedSourceFiles,
  stateCacheKey,
  writeAtomic,
  writeCacheEntry,
} from '../stateCache.ts'
import { replicaArtifactFiles } from './artifacts.ts'
import type { ReplicaDeployments } from './seedReplica.ts'
import { REPLICA_SPECS, type ReplicaChain } from './specs.ts'

const replicaDir = dirname(fileURLToPath(import.meta.url))

/** App files a replica reads its addresses from (catalogue, farms, token lists). */
function appInputFiles(chain: ReplicaChain): string[] {
  const catalogue = join(REPO_ROOT, 'src', 'chain', 'catalogue')
  return [
    join(catalogue, 'uniswapContracts.ts'),
    join(catalogue, 'publicCatalogues.ts'),
    join(catalogue, 'ethereumFarms.ts'),
    join(catalogue, 'tokens', `${REPLICA_SPECS[chain].chainId}.json`),
  ]
}

function replicaInputFiles(): string[] {
  return [...seedSourceFiles(replicaDir), ...replicaArtifactFiles()]
}

/**
 * Cache key of a replica's seeded state: the devnet's key (its sources, artifacts, anvil version), the
 * replica's own sources and artifacts, the app's address files, the chain and the history's anchor.
 */
export function replicaCacheKey(chain: ReplicaChain, anchorTimestamp: number): string {
  const hash = createHash('sha256')
  hash.update(stateCacheKey())
  hashFiles(hash, [...replicaInputFiles(), ...appInputFiles(chain)])
  hash.update(`${chain}:${anchorTimestamp}`)
  return hash.digest('hex').slice(0, 16)
}

export type CachedReplica = CacheEntry<ReplicaDeployments>

function entryDir(chain: ReplicaChain, key: string): string {
  return join(CACHE_ROOT, `replica-${chain}-${key}`)
}

/** The cached state of `chain` for `key`, or undefined when it was never (completely) written. */
export function readCachedReplica(chain: ReplicaChain, key: string): CachedReplica | undefined {
  return readCacheEntry<ReplicaDeployments>(entryDir(chain, key))
}

/** JSON of a replica's deployments: 2-space indent, trailing newline. */
export function serializeReplicaDeployments(deployments: ReplicaDeployments): string {
  return `${JSON.stringify(deployments, null, 2)}\n`
}

/** Path of the deployments of the chain's last started replica (for tools and tests; not for the app). */
export function replicaDeploymentsPath(chain: ReplicaChain): string {
  return join(CACHE_ROOT, `replica-${chain}.json`)
}

/** Dumps the seeded state and stores it with its deployments; prunes this chain's stale anchors. */
export async function writeCachedReplica(
  writer: ChainWriter,
  chain: ReplicaChain,
  key: string,
  deployments: ReplicaDeployments,
): Promise<string> {
  const statePath = await writeCacheEntry(writer, entryDir(chain, key), deployments)
  pruneStaleEntries((entry) => entry.startsWith(`replica-${chain}-`), `replica-${chain}-${key}`)
  return statePath
}

/** Writes `.devnet-cache/replica-<chain>.json` when it differs. */
export function writeReplicaDeploymentsFile(deployments: ReplicaDeployments): void {
  const path = replicaDeploymentsPath(deployments.chain)
  const json = serializeReplicaDeployments(deployments)
  mkdirSync(CACHE_ROOT, { recursive: true })
  if (!existsSync(path) || readFileSync(path, 'utf8') !== json) writeAtomic(path, json)
}
