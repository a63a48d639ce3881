// Fault-injection reliability figures: the shared scenarios of test/faults/ run against a private
// devnet (8857), a private build served by `vite preview` (4290) and the fault proxy (8861); the
// POOLSCOPE_RELIABILITY_{DEVNET,APP,PROXY}_PORT variables move them.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import { startDevnet } from '../devnet/index.ts'
import type { PageProbe } from '../test/faults/pageProbes.ts'
import { startRpcProxy } from '../test/faults/rpcProxy.ts'
import { runFaultScenarios } from '../test/faults/scenarios.ts'
import { runTxInFlightScenario } from '../test/faults/txInFlight.ts'
import type { BenchMetrics } from './types.ts'

// Overridable, like the test ports, so parallel runs do not collide.
const BENCH_DEVNET_PORT = Number(process.env.POOLSCOPE_RELIABILITY_DEVNET_PORT ?? 8857)
const BENCH_APP_PORT = Number(process.env.POOLSCOPE_RELIABILITY_APP_PORT ?? 4290)
const BENCH_PROXY_PORT = Number(process.env.POOLSCOPE_RELIABILITY_PROXY_PORT ?? 8861)
type PageName = PageProbe['name']
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium']

/**
 * Runs every fault scenario and counts figures shown wrong against the chain oracles of test/faults/
 * (target 0): a figure is wrong when it differs from the devnet's truth at the block the page names, or
 * is neither shown nor marked unavailable. Builds its own copy of the app so other builds of dist/
 * during the run cannot interfere.
 * @returns `reliability.faultScenarios` (scenarios), `reliability.wrongFigures` (figures) and
 *   `reliability.faultTxLost` (a deposit confirmed under a fault and not shown confirmed)
 */
export async function runReliabilityBench(
  options: { only?: readonly PageName[]; reuseBuild?: boolean } = {},
): Promise<BenchMetrics> {
  const chromiumPath = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && existsSync(p))
  if (!chromiumPath) throw new Error('no Chromium: set CHROMIUM_PATH or apt-get install chromium')
  const outDir = join(tmpdir(), `poolscope-reliability-dist-${BENCH_APP_PORT}`)
  if (!options.reuseBuild || !existsSync(join(outDir, 'index.html')))
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      stdio: 'inherit',
    })
  const devnet = await startDevnet({ port: BENCH_DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const server = await preview({
    build: { outDir },
    preview: { port: BENCH_APP_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const env = {
    appUrl: `http://127.0.0.1:${BENCH_APP_PORT}`,
    rpcUrl: devnet.rpcUrl,
    deployments: devnet.deployments,
    chromiumPath,
    proxyPort: BENCH_PROXY_PORT,
  }
  try {
    const results = await runFaultScenarios(env, {
      log: (line) => console.log(line),
      ...(options.only ? { only: options.only } : {}),
    })
    // A deposit confirmed while the RPC drops connections must still end "confirmed".
    const proxy = await startRpcProxy({ upstream: env.rpcUrl, port: BENCH_PROXY_PORT })
    const tx = await runTxInFlightScenario(env, proxy, { kind: 'dropped-connection' }).finally(() =>
      proxy.close(),
    )
    const txTracked = tx.phaseAfter === 'done' && tx.stepsAfter.every((status) => status === 'confirmed')
    console.log(
      `[faults] tx in flight × dropped connection: during ${tx.stepsDuringFault}, after ${tx.phaseAfter} ${tx.stepsAfter}`,
    )
    for (const result of results) {
      for (const line of result.wrongFigures) console.log(`[faults]   wrong: ${line}`)
      for (const line of result.notRecovered?.slice(0, 5) ?? []) console.log(`[faults]   not back: ${line}`)
    }
    const count = (predicate: (r: (typeof results)[number]) => boolean) => results.filter(predicate).length
    return {
      'reliability.faultScenarios': { value: results.length + 1, unit: 'scenarios' },
      'reliability.wrongFigures': {
        value: results.reduce((sum, r) => sum + r.wrongFigures.length, 0),
        unit: 'figures',
      },
      'reliability.unavailableFigures': {
        value: results.reduce((sum, r) => sum + r.unavailableFigures, 0),
        unit: 'figures',
      },
      'reliability.unrecoveredScenarios': { value: count((r) => !r.recovered), unit: 'scenarios' },
      'reliability.uncaughtPageErrors': {
        value: results.reduce((sum, r) => sum + r.pageErrors.length, 0) + tx.pageErrors.length,
        unit: 'errors',
      },
      // The tx-in-flight-under-a-fault figure (reliability.lostTransactions is the tx lifecycle bench's).
      'reliability.faultTxLost': { value: txTracked ? 0 : 1, unit: 'transactions' },
    }
  } finally {
    await server.close()
    await devnet.stop()
  }
}

// `npx tsx bench/reliability.ts [page ...]`: run directly (REUSE_BUILD=1 skips the build), print the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2) as PageName[]
  console.log(
    await runReliabilityBench({
      reuseBuild: process.env.REUSE_BUILD === '1',
      ...(only.length > 0 ? { only } : {}),
    }),
  )
}
