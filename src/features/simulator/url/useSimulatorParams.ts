import { parseAsString, useQueryStates } from 'nuqs'
import { useCallback, useMemo } from 'react'
import {
  type IgnoredParam,
  parseSimulatorParams,
  SIMULATOR_QUERY_KEYS,
  type SimulatorParams,
  simulatorQueryValues,
} from './simulatorParams.ts'

/** Every simulator parameter as its raw string: the checks (with reasons) are parseSimulatorParams'. */
const QUERY_PARSERS = Object.fromEntries(SIMULATOR_QUERY_KEYS.map((key) => [key, parseAsString])) as Record<
  (typeof SIMULATOR_QUERY_KEYS)[number],
  typeof parseAsString
>

/**
 * The simulator state lives in the URL (nuqs): read it (with the list of ignored invalid parameters)
 * and replace it on change, so every state is shareable and the back button is not flooded by drags.
 */
export function useSimulatorParams(): {
  params: SimulatorParams
  ignored: IgnoredParam[]
  update: (change: Partial<SimulatorParams>) => void
} {
  const [query, setQuery] = useQueryStates(QUERY_PARSERS, { history: 'replace' })
  const queryKey = JSON.stringify(query)
  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey is the value of query
  const { params, ignored } = useMemo(() => parseSimulatorParams(query), [queryKey])
  const update = useCallback(
    (change: Partial<SimulatorParams>) => void setQuery(simulatorQueryValues({ ...params, ...change })),
    [setQuery, params],
  )
  return { params, ignored, update }
}
