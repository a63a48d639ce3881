import { type Remote, wrap } from 'comlink'
import { useEffect, useRef, useState } from 'react'
import type { Outcome } from '../../domain/projection/outcome.ts'
import {
  type StrategyComparison,
  type StrategyProjection,
  type StrategyWorkerApi,
  simulateStrategyComparison,
} from '../../domain/projection/projectStrategies.ts'

/** Wait after the last change before simulating: a drag posts one job, not one per pixel. */
const DEBOUNCE_MS = 250

export type StrategyComparisonState =
  | { status: 'idle' | 'running'; result: StrategyComparison | null }
  | { status: 'done'; result: StrategyComparison }
  | { status: 'error'; result: null; reason: string }

type WorkerHandle = { api: Remote<StrategyWorkerApi>; worker: Worker }

function createWorker(): WorkerHandle | null {
  if (typeof Worker === 'undefined') return null
  const worker = new Worker(new URL('../../workers/simulator.worker.ts', import.meta.url), { type: 'module' })
  return { api: wrap<StrategyWorkerApi>(worker), worker }
}

/**
 * Runs the static-vs-τ-reset Monte Carlo in its own Web Worker (inline where there is none), debounced,
 * keeping the previous result while the next runs and dropping stale answers.
 */
export function useStrategyComparison(
  projection: Outcome<StrategyProjection> | null,
): StrategyComparisonState {
  const [state, setState] = useState<StrategyComparisonState>({ status: 'idle', result: null })
  const handle = useRef<WorkerHandle | null | undefined>(undefined)
  const latestJob = useRef(0)
  const key = JSON.stringify(
    projection === null
      ? null
      : projection.ok
        ? { ok: true, value: projection.value.parameters }
        : projection,
  )

  useEffect(
    () => () => {
      handle.current?.worker.terminate()
      handle.current = undefined
    },
    [],
  )

  useEffect(() => {
    const job = ++latestJob.current
    const input = JSON.parse(key) as Outcome<StrategyProjection['parameters']> | null
    if (input === null) {
      setState((previous) => ({ status: 'running', result: previous.result }))
      return
    }
    if (!input.ok) {
      setState({ status: 'error', result: null, reason: input.reason })
      return
    }
    setState((previous) => ({ status: 'running', result: previous.result }))
    const timer = setTimeout(async () => {
      try {
        if (handle.current === undefined) handle.current = createWorker()
        const result = handle.current
          ? await handle.current.api.simulateStrategyComparison(input.value)
          : simulateStrategyComparison(input.value)
        if (job === latestJob.current) setState({ status: 'done', result })
      } catch (error) {
        if (job === latestJob.current)
          setState({
            status: 'error',
            result: null,
            reason: error instanceof Error ? error.message : 'simulation failed',
          })
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [key])

  return state
}
