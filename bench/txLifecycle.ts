// Transaction lifecycle figures: the scenarios of test/integration/helpers/txLifecycle.ts (the same code
// the integration test asserts) run against a private devnet; each compares what the app shows after a
// reload with the chain's own answer.
import { startDevnet } from '../devnet/index.ts'
import { devnetRpc } from '../test/helpers/devnetRpc.ts'
import {
  isLost,
  TX_LIFECYCLE_SCENARIOS,
  type TxScenarioResult,
} from '../test/integration/helpers/txLifecycle.ts'
import type { BenchMetrics } from './types.ts'

const BENCH_DEVNET_PORT = Number(process.env.POOLSCOPE_BENCH_TX_PORT ?? 8867)

/**
 * Runs every transaction-lifecycle scenario (replaced, cancelled, dropped, devnet reset, tab switch
 * mid-flow, corrupt stored entry, failed storage write, reorged receipt), each from the same snapshot.
 * A scenario that throws counts as run and its transaction as lost (nothing proves it was shown right).
 * @returns `reliability.txLifecycleScenarios` (target ≥ 6) and `reliability.lostTransactions` (target 0)
 */
export async function runTxLifecycleBench(): Promise<BenchMetrics> {
  const devnet = await startDevnet({ port: BENCH_DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const env = { rpcUrl: devnet.rpcUrl, deployments: devnet.deployments }
  const rpc = (method: string, params: unknown[] = []) => devnetRpc(env.rpcUrl, method, params)
  let lost = 0
  try {
    for (const scenario of TX_LIFECYCLE_SCENARIOS) {
      const snapshot = (await rpc('evm_snapshot')) as string
      let result: TxScenarioResult | undefined
      try {
        result = await scenario(env)
      } catch (error) {
        console.log(`[txLifecycle] ${scenario.name}: threw ${(error as Error).message}`)
      } finally {
        await rpc('evm_setAutomine', [true])
        await rpc('evm_revert', [snapshot])
      }
      if (!result || isLost(result)) lost++
      if (result)
        console.log(
          `[txLifecycle] ${result.name}: shown ${result.shown}, chain ${result.truth}${isLost(result) ? '  LOST' : ''}`,
        )
    }
  } finally {
    await devnet.stop()
  }
  return {
    'reliability.txLifecycleScenarios': { value: TX_LIFECYCLE_SCENARIOS.length, unit: 'scenarios' },
    'reliability.lostTransactions': { value: lost, unit: 'transactions' },
  }
}

// `npx tsx bench/txLifecycle.ts`: run directly, print the figures.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await runTxLifecycleBench())
