import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
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
    { stdio: ['ignore', verbose ? 'inherit' : 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    if (verbose) process.stderr.write(chunk)
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
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
