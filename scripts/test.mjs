// The one test command (README: `npm install && npm test`): static checks, a production build, then every
// Vitest layer (unit, integration on a real devnet, browser in real Chromium). Ends with one plain line
// "tests: N passed, N failed" so any CI reads the result.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { ensureChromium } from './ensure-chromium.mjs'

const children = new Set()
/**
 * The build env of the browser tests' app: the chain replicas' deployment blocks
 * (VITE_DEPLOYMENT_BLOCK_<chainId>), the one setting a replica needs besides the RPC URL the tests store.
 */
const replicaEnv = () =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/replica-app-env.ts'], { encoding: 'utf8' }),
  )

const run = (cmd, args, env = {}) =>
  new Promise((resolve) => {
    console.log(`\n[poolscope test] $ ${cmd} ${args.join(' ')}`)
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    children.add(child)
    child.on('exit', (code, signal) => {
      children.delete(child)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const child of children) child.kill(sig)
    process.exit(130)
  })
}

const started = Date.now()
const chromium = ensureChromium()
const steps = [
  ['lint', 'npx', ['biome', 'check', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn'], replicaEnv()],
]
for (const [name, cmd, args, env] of steps) {
  const code = await run(cmd, args, env)
  if (code !== 0) {
    console.error(`\n[poolscope test] ${name} failed (exit ${code})`)
    console.log('tests: 0 passed, 1 failed')
    process.exit(code)
  }
}

mkdirSync('test-results', { recursive: true })
const projects = process.argv.slice(2).flatMap((p) => ['--project', p])
const vitestCode = await run(
  'npx',
  [
    'vitest',
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
  ],
  { CHROMIUM_PATH: chromium },
)

let passed = 0
let failed = 0
let skipped = 0
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  passed = report.numPassedTests
  failed = report.numFailedTests + (report.numFailedTestSuites ?? 0)
  skipped = report.numPendingTests + report.numTodoTests
} catch {
  failed = 1
}
if (skipped > 0) {
  // A skipped test hides a missing layer: treat it as a failure (the browser tests in particular).
  console.error(`[poolscope test] ${skipped} test(s) were skipped; skipping is not allowed here.`)
  failed += skipped
}
const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log(`\n[poolscope test] finished in ${seconds} s`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(vitestCode !== 0 || failed > 0 ? 1 : 0)
