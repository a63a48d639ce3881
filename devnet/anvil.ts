import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * Absolute path of the anvil binary shipped by `@foundry-rs/anvil-<platform>`.
 * Spawning the binary (not `npx anvil`) keeps the PID we kill the PID that holds the port.
 * @returns e.g. `/repo/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil`
 */
export function resolveAnvilBinary(): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch
  const pkg = `@foundry-rs/anvil-${process.platform}-${arch}`
  const candidates: string[] = []
  try {
    candidates.push(join(dirname(require.resolve(`${pkg}/package.json`)), 'bin', 'anvil'))
  } catch {
    // The package may not export package.json; fall back to the conventional location.
  }
  candidates.push(join(process.cwd(), 'node_modules', pkg, 'bin', 'anvil'))
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error(`anvil binary not found (looked in ${candidates.join(', ')})`)
  return found
}

const HOME_PREFIX = 'poolscope-anvil-'

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the private homes of anvils that are gone (their creator and their anvil both dead), e.g. after a
 * run was killed before its exit handlers ran.
 * @returns how many homes were removed
 */
export function sweepAnvilHomes(root: string = tmpdir()): number {
  let removed = 0
  for (const name of readdirSync(root)) {
    if (!name.startsWith(HOME_PREFIX)) continue
    const dir = join(root, name)
    const pids = ['creator.pid', 'anvil.pid'].flatMap((file) => {
      try {
        return [Number(readFileSync(join(dir, file), 'utf8'))]
      } catch {
        return []
      }
    })
    if (pids.some((pid) => Number.isInteger(pid) && pid > 0 && isAlive(pid))) continue
    rmSync(dir, { recursive: true, force: true })
    removed++
  }
  return removed
}

/**
 * A private HOME for one anvil. anvil keeps the block states beyond its in-memory window under
 * `$HOME/.foundry/anvil/tmp/anvil-state-*` and leaves them behind when it is stopped: 78 GB of them had piled
 * up in the shared `~/.foundry` and filled the disk (a CI run then failed with ENOSPC). Each anvil we spawn
 * gets its own home, removed when it exits; homes left by a killed run are swept at the next spawn.
 */
export function createAnvilHome(root: string = tmpdir()): string {
  sweepAnvilHomes(root)
  const dir = mkdtempSync(join(root, HOME_PREFIX))
  writeFileSync(join(dir, 'creator.pid'), String(process.pid))
  return dir
}

export interface AnvilProcess {
  rpcUrl: string
  port: number
  pid: number
  child: ChildProcess
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>
  /** Sends SIGTERM (SIGKILL after 5 s) and resolves once the process has exited. */
  stop(): Promise<void>
}

/** A seeded chain running on anvil (the devnet or a replica), with the deployments it was seeded with. */
export interface RunningChain<D> extends Omit<AnvilProcess, 'child'> {
  deployments: D
  /** Milliseconds from the start call until the chain was seeded and answering. */
  readyMs: number
  /** Whether the state came from .devnet-cache (warm) instead of a fresh seed (cold). */
  fromCache: boolean
}

/** How a seeded chain starts. */
export interface StartChainOptions {
  /** Port on 127.0.0.1 (default 8545). */
  port?: number
  /** Ignore the state cache and seed from scratch (the cache entry is then rewritten). */
  fresh?: boolean
  /** No progress output. */
  quiet?: boolean
}

export interface SpawnAnvilParameters {
  port: number
  /** Chain id anvil serves (default 31337, the devnet's). */
  chainId?: number
  /** Extra CLI flags, e.g. ['--load-state', path]. */
  args?: readonly string[]
  /** Forward anvil's stdout/stderr to ours. */
  verbose?: boolean
}

/**
 * Spawns anvil (chain 31337 unless `chainId` says otherwise, default mnemonic) on `127.0.0.1:port` and
 * resolves once it answers eth_chainId with that id.
 */
export async function spawnAnvil({
  port,
  chainId = 31337,
  args = [],
  verbose = false,
}: SpawnAnvilParameters): Promise<AnvilProcess> {
  const home = createAnvilHome()
  const child = spawn(
    resolveAnvilBinary(),
    [
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--chain-id',
      String(chainId),
      ...(verbose ? [] : ['--silent']),
      ...args,
    ],
    { stdio: ['ignore', verbose ? 'inherit' : 'ignore', 'pipe'], env: { ...process.env, HOME: home } },
  )
  if (child.pid !== undefined) writeFileSync(join(home, 'anvil.pid'), String(child.pid))
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    if (verbose) process.stderr.write(chunk)
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      rmSync(home, { recursive: true, force: true })
      resolve(code)
    }),
  )
  const pid = child.pid
  if (pid === undefined) throw new Error('anvil failed to spawn')
  const rpcUrl = `http://127.0.0.1:${port}`

  let hasExited = false
  void exited.then(() => {
    hasExited = true
  })
  const stop = async (): Promise<void> => {
    if (hasExited) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + 15_000
  while (true) {
    if (hasExited) throw new Error(`anvil exited before answering on port ${port}: ${stderr.trim()}`)
    if (await answersChainId(rpcUrl, chainId)) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`anvil did not answer on ${rpcUrl} within 15 s: ${stderr.trim()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return { rpcUrl, port, pid, child, exited, stop }
}

async function answersChainId(rpcUrl: string, chainId: number): Promise<boolean> {
  try {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
    })
    const body = (await response.json()) as { result?: string }
    return body.result === `0x${chainId.toString(16)}`
  } catch {
    return false
  }
}
