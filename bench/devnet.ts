import { startDevnet } from '../devnet/index.ts'
import type { BenchMetrics } from './types.ts'

const BENCH_DEVNET_PORT = 8845

/** Devnet start to "ready": cold (no state cache: deploy + seed) and warm (cached state). */
export async function runDevnetBench(): Promise<BenchMetrics> {
  const cold = await startDevnet({
    port: BENCH_DEVNET_PORT,
    quiet: true,
    fresh: true,
    writeDeploymentsFile: false,
  })
  await cold.stop()
  const warm = await startDevnet({ port: BENCH_DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  await warm.stop()
  return {
    'devnet.readyMs': { value: Math.round(cold.readyMs), unit: 'ms' },
    'devnet.readyMs.warm': { value: Math.round(warm.readyMs), unit: 'ms' },
  }
}
