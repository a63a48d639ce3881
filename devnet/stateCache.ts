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
import type { Deployments } from '../src/domain/catalogue/types.ts'
import { resolveAnvilBinary } from './anvil.ts'
import { artifactFiles } from './artifacts.ts'
import type { ChainWriter } from './chainWriter.ts'

const devnetDir = dirname(fileURLToPath(import.meta.url))
export const REPO_ROOT = join(devnetDir, '..')
export const CACHE_ROOT = join(REPO_ROOT, '.devnet-cache')

/** Files that decide the seeded chain: devnet sources, contract sources and all artifacts. */
function stateInputFiles(): string[] {
  const sources = readdirSync(devnetDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(devnetDir, file))
  const solidity = readdirSync(join(devnetDir, 'contracts')).map((file) => join(devnetDir, 'contracts', file))
  return [...sources.sort(), ...solidity.sort(), ...artifactFiles()]
}

/**
 * Cache key of the seeded state: sha256 over every input file and the anvil binary's package version,
 * so editing the seed, a contract or upgrading anvil invalidates the cache.
 */
export function stateCacheKey(): string {
  const hash = createHash('sha256')
  for (const file of stateInputFiles()) {
    hash.update(file.slice(REPO_ROOT.length))
    hash.update(readFileSync(file))
  }
  const anvilPackageJson = join(dirname(dirname(resolveAnvilBinary())), 'package.json')
  if (existsSync(anvilPackageJson)) hash.update(readFileSync(anvilPackageJson))
  return hash.digest('hex').slice(0, 16)
}

export interface CachedState {
  statePath: string
  deployments: Deployments
}

function cacheDir(key: string): string {
  return join(CACHE_ROOT, key)
}

/** The cached state for `key`, or undefined when it was never (completely) written. */
export function readCachedState(key: string): CachedState | undefined {
  const dir = cacheDir(key)
  const statePath = join(dir, 'state.json')
  const deploymentsPath = join(dir, 'deployments.json')
  if (!existsSync(statePath) || !existsSync(deploymentsPath)) return undefined
  return { statePath, deployments: JSON.parse(readFileSync(deploymentsPath, 'utf8')) as Deployments }
}

/** Writes a file atomically (temp file + rename), so a concurrent reader never sees half of it. */
function writeAtomic(path: string, content: string | Buffer): void {
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, content)
  renameSync(temp, path)
}

/**
 * Dumps anvil's state (anvil_dumpState returns gzipped JSON as hex) and stores it with the deployments.
 * The deployments file is written last: its presence marks a complete cache entry.
 * @returns Path of the state file, for `anvil --load-state`.
 */
export async function writeCachedState(
  writer: ChainWriter,
  key: string,
  deployments: Deployments,
): Promise<string> {
  const dumpHex = await writer.rpc<Hex>('anvil_dumpState')
  const dir = cacheDir(key)
  mkdirSync(dir, { recursive: true })
  writeAtomic(join(dir, 'state.json'), gunzipSync(Buffer.from(dumpHex.slice(2), 'hex')))
  writeAtomic(join(dir, 'deployments.json'), serializeDeployments(deployments))
  pruneStaleEntries(key)
  return join(dir, 'state.json')
}

/** Entries of other keys untouched this long are outdated dumps (~12 MB each) nobody is loading. */
const STALE_ENTRY_MS = 10 * 60 * 1000

function pruneStaleEntries(currentKey: string): void {
  for (const entry of readdirSync(CACHE_ROOT)) {
    const dir = join(CACHE_ROOT, entry)
    // Chain replicas (devnet/replica) keep their own entries and prune them themselves.
    if (entry.startsWith('replica-')) continue
    if (entry !== currentKey && Date.now() - statSync(dir).mtimeMs > STALE_ENTRY_MS) {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Canonical JSON of the deployments: 2-space indent, trailing newline (the committed file's format). */
export function serializeDeployments(deployments: Deployments): string {
  return `${JSON.stringify(deployments, null, 2)}\n`
}
