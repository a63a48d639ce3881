// Lying-RPC figures: the scenarios of test/faults/lyingRpc.ts (the browser test runs the same ones)
// against a private devnet, a private build served by `vite preview` and the fault proxy.
// Ports 8858/4292/8862 by default; POOLSCOPE_LYING_BENCH_PORT=P uses P, P+1, P+2.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import { startDevnet } from '../devnet/index.ts'
import { LYING_RPC_SCENARIOS, runLyingRpcScenario } from '../test/faults/lyingRpc.ts'
import type { BenchMetrics } from './types.ts'

const BASE_PORT = process.env.POOLSCOPE_LYING_BENCH_PORT
  ? Number(process.env.POOLSCOPE_LYING_BENCH_PORT)
  : undefined
const DEVNET_PORT = BASE_PORT ?? 8858
const APP_PORT = BASE_PORT === undefined ? 4292 : BASE_PORT + 1
const PROXY_PORT = BASE_PORT === undefined ? 8862 : BASE_PORT + 2
const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium']

/**
 * Runs every lying-RPC scenario: the app reads the devnet through two URLs, one of them lying.
 * @returns `reliability.lyingRpcScenarios` (lying scenarios run, target ≥ 4),
 *   `reliability.lyingRpcUndetected` (lies served without the banner and a blocked write, target 0) and
 *   `reliability.lyingRpcFalseAlarms` (the honest control flagged, target 0)
 */
export async function runLyingRpcBench(): Promise<BenchMetrics> {
  const chromiumPath = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && existsSync(p))
  if (!chromiumPath) throw new Error('no Chromium: set CHROMIUM_PATH or apt-get install chromium')
  const outDir = join(tmpdir(), 'poolscope-lying-rpc-dist')
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  })
  const devnet = await startDevnet({ port: DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const server = await preview({
    build: { outDir },
    preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const env = {
    appUrl: `http://127.0.0.1:${APP_PORT}`,
    rpcUrl: devnet.rpcUrl,
    deployments: devnet.deployments,
    chromiumPath,
    proxyPort: PROXY_PORT,
  }
  try {
    const results = []
    for (const scenario of LYING_RPC_SCENARIOS) {
      const result = await runLyingRpcScenario(env, scenario)
      console.log(
        `[lyingRpc] ${result.name}: lies served ${result.liesServed}, banner ${result.bannerAbout ?? 'none'}, gate ${result.gateBlocked === null ? 'open' : 'blocked'}${result.pageErrors.length > 0 ? `, errors ${result.pageErrors.length}` : ''}`,
      )
      results.push(result)
    }
    const lying = results.filter((result) => result.lie !== null)
    return {
      'reliability.lyingRpcScenarios': { value: lying.length, unit: 'scenarios' },
      'reliability.lyingRpcUndetected': {
        // A lie that never reached the app would prove nothing: count it as undetected too.
        value: lying.filter((result) => result.undetected || result.liesServed === 0).length,
        unit: 'scenarios',
      },
      'reliability.lyingRpcFalseAlarms': {
        value: results.filter((result) => result.falseAlarm).length,
        unit: 'scenarios',
      },
    }
  } finally {
    await server.close()
    await devnet.stop()
  }
}
