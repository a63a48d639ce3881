import { type Remote, wrap } from 'comlink'
import { useEffect, useRef, useState } from 'react'
import type { Outcome } from '../../domain/projection/outcome.ts'
import {
  type NetReturnSimulation,
  type NetReturnSimulationParameters,
  type SimulatorWorkerApi,
  simulateNetReturn,
} from '../../domain/projection/simulateNetReturn.ts'

/** Wait after the last change before simulating: a drag posts one job, not one per pixel. */
const DEBOUNCE_MS = 150

export type MonteCarloState =
  | { status: 'idle' | 'running'; result: NetReturnSimulation | null }
  | { status: 'done'; result: NetReturnSimulation }
  | { status: 'error'; result: null; reason: string }

type WorkerHandle = { api: Remote<SimulatorWorkerApi>; worker: Worker }

function createWorker(): WorkerHandle | null {
  if (typeof Worker === 'undefined') return null
  const worker = new Worker(new URL('../../workers/simulator.worker.ts', import.meta.url), { type: 'module' })
  return { api: wrap<SimulatorWorkerApi>(worker), worker }
}

/**
 * Runs the net-return Monte Carlo in a Web Worker (inline where there is none, e.g. jsdom), debounced,
 * keeping the previous result on screen while the next one runs and dropping stale answers.
 * @param parameters the simulation inputs, or why it cannot run; null = an input is still loading (wait)
 */
export function useMonteCarlo(parameters: Outcome<NetReturnSimulationParameters> | null): MonteCarloState {
  const [state, setState] = useState<MonteCarloState>({ status: 'idle', result: null })
  const handle = useRef<WorkerHandle | null | undefined>(undefined)
  const latestJob = useRef(0)
  const key = JSON.stringify(parameters)

  useEffect(
    () => () => {
      handle.current?.worker.terminate()
      handle.current = undefined
    },
    [],
  )

  useEffect(() => {
    const job = ++latestJob.current
    const input: Outcome<NetReturnSimulationParameters> | null = JSON.parse(key)
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
          ? await handle.current.api.simulateNetReturn(input.value)
          : simulateNetReturn(input.value)
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
