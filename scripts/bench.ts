// `npm run bench`: measures every target the issues name and merges them into bench-results.json
// (metric id → { value, unit }). Usage: npm run bench [-- group ...]; groups: bundle, devnet, math, positions, simulator, pools, minimums, badInputs, reliability, partialFailures, lyingRpc, txLifecycle, scale, chains, lighthouse, alerts, portfolio, ledger.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { BenchMetrics } from '../bench/types.ts'
import { replicaAppEnv } from '../devnet/replica/shape.ts'

// The catalogue reads the replicas' deployment blocks when first imported (by any group): set them first.
// They only concern the public chain ids, which the devnet groups never read.
Object.assign(process.env, replicaAppEnv())

const RESULTS_FILE = 'bench-results.json'

const groups: Record<string, () => Promise<BenchMetrics>> = {
  bundle: async () => (await import('../bench/bundle.ts')).runBundleBench(),
  devnet: async () => (await import('../bench/devnet.ts')).runDevnetBench(),
  math: async () => (await import('../bench/math.ts')).runMathBench(),
  positions: async () => (await import('../bench/positions.ts')).runPositionsBench(),
  simulator: async () => (await import('../bench/simulator.ts')).runSimulatorBench(),
  pools: async () => (await import('../bench/pools.ts')).runPoolsBench(),
  minimums: async () => (await import('../bench/minimums.ts')).runMinimumsBench(),
  badInputs: async () => (await import('../bench/badInputs.ts')).runBadInputsBench(),
  reliability: async () => (await import('../bench/reliability.ts')).runReliabilityBench(),
  partialFailures: async () => (await import('../bench/partialFailures.ts')).runPartialFailuresBench(),
  lyingRpc: async () => (await import('../bench/lyingRpc.ts')).runLyingRpcBench(),
  txLifecycle: async () => (await import('../bench/txLifecycle.ts')).runTxLifecycleBench(),
  scale: async () => (await import('../bench/scale.ts')).runScaleBench(),
  chains: async () => (await import('../bench/chains.ts')).runChainsBench(),
  lighthouse: async () => (await import('../bench/lighthouse.ts')).runLighthouseBench(),
  alerts: async () => (await import('../bench/alerts.ts')).runAlertsBench(),
  portfolio: async () => (await import('../bench/portfolio.ts')).runPortfolioBench(),
  ledger: async () => (await import('../bench/ledger.ts')).runLedgerBench(),
}

const wanted = process.argv.slice(2).filter((arg) => arg !== '--')
const selected = wanted.length > 0 ? wanted : Object.keys(groups)
const results: BenchMetrics = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) : {}

for (const name of selected) {
  const group = groups[name]
  if (!group) throw new Error(`unknown bench group "${name}"; known: ${Object.keys(groups).join(', ')}`)
  console.log(`[bench] ${name}…`)
  const metrics = await group()
  for (const [id, metric] of Object.entries(metrics)) {
    console.log(`[bench]   ${id} = ${metric.value} ${metric.unit}`)
    results[id] = metric
  }
}

const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)))
writeFileSync(RESULTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`)
console.log(`[bench] wrote ${RESULTS_FILE}`)
