// `npm start`: the local devnet (real Uniswap contracts, seeded) and the app together, one Ctrl-C stops both.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// Children are spawned as plain node processes (no npx/npm layers) so a signal reaches them directly.
const VITE_BIN = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))

const DEVNET_PORT = process.env.DEVNET_PORT ?? '8545'
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

const devnet = spawn(process.execPath, ['--import', 'tsx', 'devnet/cli.ts', '--port', DEVNET_PORT], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
children.push(devnet)
devnet.on('exit', (code) => {
  if (!stopping) {
    console.error(`[poolscope] the devnet exited (code ${code}); stopping.`)
    stopAll(code ?? 1)
  }
})

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
        env: {
          ...process.env,
          VITE_RPC_URL_31337: process.env.VITE_RPC_URL_31337 ?? `http://127.0.0.1:${DEVNET_PORT}`,
        },
      },
    )
    children.push(app)
    app.on('exit', (code) => {
      if (!stopping) stopAll(code ?? 1)
    })
    setTimeout(() => {
      console.log(
        `\n  Poolscope is running: open http://127.0.0.1:${APP_PORT}/ and choose "Dev wallet" to connect.\n`,
      )
    }, 1500)
  }
})
