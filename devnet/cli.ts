/**
 * `npm run devnet`: starts the seeded devnet on port 8545 (or --port N), prints one ready line and
 * keeps running until SIGINT/SIGTERM, which are forwarded to anvil.
 * Flags: --fresh (ignore the state cache), --port N, --verbose,
 * --replica ethereum|arbitrum|base (a replica of that public chain instead of the devnet).
 */
import { startDevnet } from './index.ts'
import { isReplicaChain, REPLICA_CHAINS, startReplica } from './replica/index.ts'

function parsePort(args: readonly string[]): number {
  const index = args.indexOf('--port')
  const value = index >= 0 ? Number(args[index + 1]) : 8545
  if (!Number.isInteger(value) || value <= 0) throw new Error(`invalid --port ${args[index + 1]}`)
  return value
}

/** The chain after --replica, or undefined without the flag. */
function parseReplica(args: readonly string[]) {
  const index = args.indexOf('--replica')
  if (index < 0) return undefined
  const value = args[index + 1] ?? ''
  if (!isReplicaChain(value))
    throw new Error(`invalid --replica ${value} (one of ${REPLICA_CHAINS.join(', ')})`)
  return value
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const options = {
    port: parsePort(args),
    fresh: args.includes('--fresh'),
    quiet: !args.includes('--verbose'),
  }
  const replicaChain = parseReplica(args)
  const node = replicaChain
    ? await startReplica({ chain: replicaChain, ...options })
    : await startDevnet(options)
  let stopping = false
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    process.kill(node.pid, signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  const name = replicaChain ? `${replicaChain} replica` : 'devnet'
  console.log(`Poolscope ${name} ready at ${node.rpcUrl} (chain ${node.deployments.chainId})`)
  const code = await node.exited
  process.exit(stopping ? 0 : (code ?? 1))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
