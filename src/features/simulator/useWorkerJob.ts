import { type Remote, wrap } from 'comlink'
import { useEffect, useRef, useState } from 'react'
import type { Outcome } from '../../domain/projection/outcome.ts'
import type { StrategyWorkerApi } from '../../domain/projection/projectStrategies.ts'

/** A simulator job's state: the previous result stays on screen while the next one runs. */
export type WorkerJobState<Result> =
  | { status: 'idle' | 'running'; result: Result | null }
  | { status: 'done'; result: Result }
  | { status: 'error'; result: null; reason: string }

/** The simulator worker's API, or null where there is no Worker (jsdom): the job then runs inline. */
export type SimulatorApi = Remote<StrategyWorkerApi> | null

type WorkerHandle = { api: Remote<StrategyWorkerApi>; worker: Worker }

function createWorker(): WorkerHandle | null {
  if (typeof Worker === 'undefined') return null
  const worker = new Worker(new URL('../../workers/simulator.worker.ts', import.meta.url), { type: 'module' })
  return { api: wrap<StrategyWorkerApi>(worker), worker }
}

/**
 * Runs one simulator job in a Web Worker of its own (inline where there is none), debounced, keeping the
 * previous result while the next runs and dropping stale answers.
 * @param input the job's inputs (JSON: they are the job's identity), or why it cannot run; null = an input
 *   is still loading (wait)
 * @param run the job, given the worker's API (null: run it inline)
 * @param debounceMs wait after the last change before running: a drag posts one job, not one per pixel
 */
export function useWorkerJob<Input, Result>(
  input: Outcome<Input> | null,
  run: (api: SimulatorApi, input: Input) => Promise<Result> | Result,
  debounceMs: number,
): WorkerJobState<Result> {
  const [state, setState] = useState<WorkerJobState<Result>>({ status: 'idle', result: null })
  const handle = useRef<WorkerHandle | null | undefined>(undefined)
  const latestJob = useRef(0)
  const runRef = useRef(run)
  runRef.current = run
  const key = JSON.stringify(input)

  useEffect(
    () => () => {
      handle.current?.worker.terminate()
      handle.current = undefined
    },
    [],
  )

  useEffect(() => {
    const job = ++latestJob.current
    const parsed = JSON.parse(key) as Outcome<Input> | null
    if (parsed === null) {
      setState((previous) => ({ status: 'running', result: previous.result }))
      return
    }
    if (!parsed.ok) {
      setState({ status: 'error', result: null, reason: parsed.reason })
      return
    }
    setState((previous) => ({ status: 'running', result: previous.result }))
    const timer = setTimeout(async () => {
      try {
        if (handle.current === undefined) handle.current = createWorker()
        const result = await runRef.current(handle.current?.api ?? null, parsed.value)
        if (job === latestJob.current) setState({ status: 'done', result })
      } catch (error) {
        if (job === latestJob.current)
          setState({
            status: 'error',
            result: null,
            reason: error instanceof Error ? error.message : 'simulation failed',
          })
      }
    }, debounceMs)
    return () => clearTimeout(timer)
  }, [key, debounceMs])

  return state
}
