/**
 * `npm run devnet`: starts the seeded devnet on port 8545 (or --port N), prints one ready line and
 * keeps running until SIGINT/SIGTERM, which are forwarded to anvil.
 * Flags: --fresh (ignore the state cache), --port N, --verbose.
 */
import { startDevnet } from './index.ts'

function parsePort(args: readonly string[]): number {
  const index = args.indexOf('--port')
  const value = index >= 0 ? Number(args[index + 1]) : 8545
  if (!Number.isInteger(value) || value <= 0) throw new Error(`invalid --port ${args[index + 1]}`)
  return value
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const devnet = await startDevnet({
    port: parsePort(args),
    fresh: args.includes('--fresh'),
    quiet: !args.includes('--verbose'),
  })
  let stopping = false
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    process.kill(devnet.pid, signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  console.log(`Poolscope devnet ready at ${devnet.rpcUrl} (chain ${devnet.deployments.chainId})`)
  const code = await devnet.exited
  process.exit(stopping ? 0 : (code ?? 1))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
