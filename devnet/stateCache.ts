import { createHash, type Hash } from 'node:crypto'
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

/** The TypeScript sources (tests left out) and the contract sources of a seed folder, each sorted. */
export function seedSourceFiles(dir: string): string[] {
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => join(dir, file))
  const solidity = readdirSync(join(dir, 'contracts'))
    .sort()
    .map((file) => join(dir, 'contracts', file))
  return [...sources, ...solidity]
}

/** Feeds each file's repo-relative path and content into `hash` (in the order given). */
export function hashFiles(hash: Hash, files: readonly string[]): void {
  for (const file of files) {
    hash.update(file.slice(REPO_ROOT.length))
    hash.update(readFileSync(file))
  }
}

/** Files that decide the seeded chain: devnet sources, contract sources and all artifacts. */
function stateInputFiles(): string[] {
  return [...seedSourceFiles(devnetDir), ...artifactFiles()]
}

/**
 * Cache key of the seeded state: sha256 over every input file and the anvil binary's package version,
 * so editing the seed, a contract or upgrading anvil invalidates the cache.
 */
export function stateCacheKey(): string {
  const hash = createHash('sha256')
  hashFiles(hash, stateInputFiles())
  const anvilPackageJson = join(dirname(dirname(resolveAnvilBinary())), 'package.json')
  if (existsSync(anvilPackageJson)) hash.update(readFileSync(anvilPackageJson))
  return hash.digest('hex').slice(0, 16)
}

/** A complete cache entry: the state file for `anvil --load-state` and the deployments seeded with it. */
export interface CacheEntry<D> {
  statePath: string
  deployments: D
}
export type CachedState = CacheEntry<Deployments>

/** The entry stored in `dir`, or undefined when it was never (completely) written. */
export function readCacheEntry<D>(dir: string): CacheEntry<D> | undefined {
  const statePath = join(dir, 'state.json')
  const deploymentsPath = join(dir, 'deployments.json')
  if (!existsSync(statePath) || !existsSync(deploymentsPath)) return undefined
  return { statePath, deployments: JSON.parse(readFileSync(deploymentsPath, 'utf8')) as D }
}

/** Writes a file atomically (temp file + rename), so a concurrent reader never sees half of it. */
export function writeAtomic(path: string, content: string | Buffer): void {
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, content)
  renameSync(temp, path)
}

/**
 * Dumps anvil's state (anvil_dumpState returns gzipped JSON as hex) into `dir` with the deployments, which
 * are written last: their presence marks a complete entry.
 * @returns Path of the state file, for `anvil --load-state`.
 */
export async function writeCacheEntry<D>(writer: ChainWriter, dir: string, deployments: D): Promise<string> {
  const dumpHex = await writer.rpc<Hex>('anvil_dumpState')
  mkdirSync(dir, { recursive: true })
  writeAtomic(join(dir, 'state.json'), gunzipSync(Buffer.from(dumpHex.slice(2), 'hex')))
  writeAtomic(join(dir, 'deployments.json'), `${JSON.stringify(deployments, null, 2)}\n`)
  return join(dir, 'state.json')
}

/** Entries untouched this long are outdated dumps (~12-50 MB each) nobody is loading. */
const STALE_ENTRY_MS = 10 * 60 * 1000

/** Removes the stale entries of `.devnet-cache` that `belongs` claims, except `keep`. */
export function pruneStaleEntries(belongs: (entry: string) => boolean, keep: string): void {
  for (const entry of readdirSync(CACHE_ROOT)) {
    if (!belongs(entry) || entry === keep) continue
    const dir = join(CACHE_ROOT, entry)
    if (Date.now() - statSync(dir).mtimeMs > STALE_ENTRY_MS) rmSync(dir, { recursive: true, force: true })
  }
}

/** The cached devnet state for `key`, or undefined when it was never (completely) written. */
export function readCachedState(key: string): CachedState | undefined {
  return readCacheEntry<Deployments>(join(CACHE_ROOT, key))
}

/** Stores the seeded devnet state under `key` and prunes other keys' stale entries (never a replica's). */
export async function writeCachedState(
  writer: ChainWriter,
  key: string,
  deployments: Deployments,
): Promise<string> {
  const statePath = await writeCacheEntry(writer, join(CACHE_ROOT, key), deployments)
  pruneStaleEntries((entry) => !entry.startsWith('replica-'), key)
  return statePath
}

/** Canonical JSON of the deployments: 2-space indent, trailing newline (the committed file's format). */
export function serializeDeployments(deployments: Deployments): string {
  return `${JSON.stringify(deployments, null, 2)}\n`
}
