// `npm start`: the local devnet (real Uniswap contracts, seeded) and the app together, one Ctrl-C stops both.
// `npm start -- --replica ethereum|arbitrum|base` (or POOLSCOPE_REPLICA=…) starts a replica of that public
// chain instead and points the app at it through the public chain's own configuration
// (VITE_RPC_URL_<id>, VITE_DEPLOYMENT_BLOCK_<id>): no devnet branch is involved.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Children are spawned as plain node processes (no npx/npm layers) so a signal reaches them directly.
const VITE_BIN = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))

const DEVNET_PORT = process.env.DEVNET_PORT ?? '8545'
const REPLICAS = ['ethereum', 'arbitrum', 'base']
const replicaFlag = process.argv.indexOf('--replica')
const REPLICA = replicaFlag >= 0 ? process.argv[replicaFlag + 1] : process.env.POOLSCOPE_REPLICA
if (REPLICA !== undefined && !REPLICAS.includes(REPLICA)) {
  console.error(`[poolscope] unknown replica "${REPLICA}": choose one of ${REPLICAS.join(', ')}.`)
  process.exit(2)
}
const APP_PORT = process.env.PORT ?? '5173'
const children = []
let stopping = false

function stopAll(code) {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  const deadline = setTimeout(() => process.exit(code), 5000)
  deadline.unref()
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.on('exit', r)) : null))).then(
    () => process.exit(code),
  )
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

const devnetArgs = ['--import', 'tsx', 'devnet/cli.ts', '--port', DEVNET_PORT]
if (REPLICA) devnetArgs.push('--replica', REPLICA)
const devnet = spawn(process.execPath, devnetArgs, {
  stdio: ['ignore', 'pipe', 'inherit'],
})
children.push(devnet)
devnet.on('exit', (code) => {
  if (!stopping) {
    console.error(`[poolscope] the devnet exited (code ${code}); stopping.`)
    stopAll(code ?? 1)
  }
})

/** The app's build env: the devnet's RPC, or the replica's chain configured like the public chain it copies. */
function appEnv() {
  const rpcUrl = `http://127.0.0.1:${DEVNET_PORT}`
  if (!REPLICA) return { VITE_RPC_URL_31337: process.env.VITE_RPC_URL_31337 ?? rpcUrl }
  const deployments = JSON.parse(readFileSync(`.devnet-cache/replica-${REPLICA}.json`, 'utf8'))
  const id = deployments.chainId
  return {
    [`VITE_RPC_URL_${id}`]: rpcUrl,
    [`VITE_DEPLOYMENT_BLOCK_${id}`]: String(deployments.deploymentBlock),
    VITE_DEFAULT_CHAIN_ID: String(id),
  }
}

let appStarted = false
devnet.stdout.setEncoding('utf8')
devnet.stdout.on('data', (text) => {
  process.stdout.write(text)
  if (!appStarted && /ready/i.test(text)) {
    appStarted = true
    const app = spawn(
      process.execPath,
      [VITE_BIN, '--port', APP_PORT, '--strictPort', '--host', '127.0.0.1'],
      {
        stdio: 'inherit',
        env: { ...process.env, ...appEnv() },
      },
    )
    children.push(app)
    app.on('exit', (code) => {
      if (!stopping) stopAll(code ?? 1)
    })
    setTimeout(() => {
      console.log(
        REPLICA
          ? `\n  Poolscope is running on the ${REPLICA} replica: open http://127.0.0.1:${APP_PORT}/ and watch the demo account (anvil account 0), or connect a wallet pointed at ${`http://127.0.0.1:${DEVNET_PORT}`}.\n`
          : `\n  Poolscope is running: open http://127.0.0.1:${APP_PORT}/ and choose "Dev wallet" to connect.\n`,
      )
    }, 1500)
  }
})
