import { rmSync } from 'node:fs'
import { startDevnet } from '../devnet/index.ts'
import type { BenchMetrics } from './types.ts'

const BENCH_DEVNET_PORT = 8845

/** Devnet start to "ready": cold (no state cache: deploy + seed) and warm (cached state). */
export async function runDevnetBench(): Promise<BenchMetrics> {
  rmSync('.devnet-cache', { recursive: true, force: true })
  const cold = await startDevnet({ port: BENCH_DEVNET_PORT, quiet: true })
  await cold.stop()
  const warm = await startDevnet({ port: BENCH_DEVNET_PORT, quiet: true })
  await warm.stop()
  return {
    'devnet.readyMs': { value: Math.round(cold.readyMs), unit: 'ms' },
    'devnet.readyMs.warm': { value: Math.round(warm.readyMs), unit: 'ms' },
  }
}
