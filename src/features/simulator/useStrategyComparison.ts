import { useMemo } from 'react'
import type { Outcome } from '../../domain/projection/outcome.ts'
import {
  type StrategyComparison,
  type StrategyProjection,
  simulateStrategyComparison,
} from '../../domain/projection/projectStrategies.ts'
import { type SimulatorApi, useWorkerJob, type WorkerJobState } from './useWorkerJob.ts'

/** Wait after the last change before simulating: a drag posts one job, not one per pixel. */
const DEBOUNCE_MS = 250

export type StrategyComparisonState = WorkerJobState<StrategyComparison>

const run = (api: SimulatorApi, input: StrategyProjection['parameters']) =>
  api ? api.simulateStrategyComparison(input) : simulateStrategyComparison(input)

/**
 * Runs the static-vs-τ-reset Monte Carlo in its own Web Worker (inline where there is none), debounced,
 * keeping the previous result while the next runs and dropping stale answers.
 */
export function useStrategyComparison(
  projection: Outcome<StrategyProjection> | null,
): StrategyComparisonState {
  // The job is the projection's parameters (its other fields derive from them).
  const input = useMemo(
    (): Outcome<StrategyProjection['parameters']> | null =>
      projection === null
        ? null
        : projection.ok
          ? { ok: true, value: projection.value.parameters }
          : projection,
    [projection],
  )
  return useWorkerJob(input, run, DEBOUNCE_MS)
}
