import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import type { Hex } from 'viem'
import type { ChainWriter } from '../chainWriter.ts'
import { CACHE_ROOT, REPO_ROOT, stateCacheKey } from '../stateCache.ts'
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
  const sources = readdirSync(replicaDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => join(replicaDir, file))
  const solidity = readdirSync(join(replicaDir, 'contracts'))
    .sort()
    .map((file) => join(replicaDir, 'contracts', file))
  return [...sources, ...solidity, ...replicaArtifactFiles()]
}

/**
 * Cache key of a replica's seeded state: the devnet's key (its sources, artifacts, anvil version), the
 * replica's own sources and artifacts, the app's address files, the chain and the history's anchor.
 */
export function replicaCacheKey(chain: ReplicaChain, anchorTimestamp: number): string {
  const hash = createHash('sha256')
  hash.update(stateCacheKey())
  for (const file of [...replicaInputFiles(), ...appInputFiles(chain)]) {
    hash.update(file.slice(REPO_ROOT.length))
    hash.update(readFileSync(file))
  }
  hash.update(`${chain}:${anchorTimestamp}`)
  return hash.digest('hex').slice(0, 16)
}

export interface CachedReplica {
  statePath: string
  deployments: ReplicaDeployments
}

function entryDir(chain: ReplicaChain, key: string): string {
  return join(CACHE_ROOT, `replica-${chain}-${key}`)
}

/** The cached state of `chain` for `key`, or undefined when it was never (completely) written. */
export function readCachedReplica(chain: ReplicaChain, key: string): CachedReplica | undefined {
  const dir = entryDir(chain, key)
  const statePath = join(dir, 'state.json')
  const deploymentsPath = join(dir, 'deployments.json')
  if (!existsSync(statePath) || !existsSync(deploymentsPath)) return undefined
  return { statePath, deployments: JSON.parse(readFileSync(deploymentsPath, 'utf8')) as ReplicaDeployments }
}

function writeAtomic(path: string, content: string | Buffer): void {
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, content)
  renameSync(temp, path)
}

/** JSON of a replica's deployments: 2-space indent, trailing newline. */
export function serializeReplicaDeployments(deployments: ReplicaDeployments): string {
  return `${JSON.stringify(deployments, null, 2)}\n`
}

/** Path of the deployments of the chain's last started replica (for tools and tests; not for the app). */
export function replicaDeploymentsPath(chain: ReplicaChain): string {
  return join(CACHE_ROOT, `replica-${chain}.json`)
}

/** Dumps the seeded state and stores it with its deployments (written last: marks a complete entry). */
export async function writeCachedReplica(
  writer: ChainWriter,
  chain: ReplicaChain,
  key: string,
  deployments: ReplicaDeployments,
): Promise<string> {
  const dumpHex = await writer.rpc<Hex>('anvil_dumpState')
  const dir = entryDir(chain, key)
  mkdirSync(dir, { recursive: true })
  writeAtomic(join(dir, 'state.json'), gunzipSync(Buffer.from(dumpHex.slice(2), 'hex')))
  writeAtomic(join(dir, 'deployments.json'), serializeReplicaDeployments(deployments))
  pruneStaleReplicas(chain, key)
  return join(dir, 'state.json')
}

/** Other anchors' entries of this chain untouched this long are outdated dumps nobody is loading. */
const STALE_ENTRY_MS = 10 * 60 * 1000

function pruneStaleReplicas(chain: ReplicaChain, currentKey: string): void {
  const prefix = `replica-${chain}-`
  for (const entry of readdirSync(CACHE_ROOT)) {
    if (!entry.startsWith(prefix) || entry === `${prefix}${currentKey}`) continue
    const dir = join(CACHE_ROOT, entry)
    if (Date.now() - statSync(dir).mtimeMs > STALE_ENTRY_MS) rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes `.devnet-cache/replica-<chain>.json` when it differs. */
export function writeReplicaDeploymentsFile(deployments: ReplicaDeployments): void {
  const path = replicaDeploymentsPath(deployments.chain)
  const json = serializeReplicaDeployments(deployments)
  mkdirSync(CACHE_ROOT, { recursive: true })
  if (!existsSync(path) || readFileSync(path, 'utf8') !== json) writeAtomic(path, json)
}
