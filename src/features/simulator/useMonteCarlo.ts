import type { Outcome } from '../../domain/projection/outcome.ts'
import {
  type NetReturnSimulation,
  type NetReturnSimulationParameters,
  simulateNetReturn,
} from '../../domain/projection/simulateNetReturn.ts'
import { type SimulatorApi, useWorkerJob, type WorkerJobState } from './useWorkerJob.ts'

/** Wait after the last change before simulating: a drag posts one job, not one per pixel. */
const DEBOUNCE_MS = 150

export type MonteCarloState = WorkerJobState<NetReturnSimulation>

const run = (api: SimulatorApi, input: NetReturnSimulationParameters) =>
  api ? api.simulateNetReturn(input) : simulateNetReturn(input)

/**
 * Runs the net-return Monte Carlo in a Web Worker (inline where there is none, e.g. jsdom), debounced,
 * keeping the previous result on screen while the next one runs and dropping stale answers.
 * @param parameters the simulation inputs, or why it cannot run; null = an input is still loading (wait)
 */
export function useMonteCarlo(parameters: Outcome<NetReturnSimulationParameters> | null): MonteCarloState {
  return useWorkerJob(parameters, run, DEBOUNCE_MS)
}
