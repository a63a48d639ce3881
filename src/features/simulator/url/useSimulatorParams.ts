import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import {
  type IgnoredParam,
  parseSimulatorParams,
  type SimulatorParams,
  serializeSimulatorParams,
} from './simulatorParams.ts'

/**
 * The simulator state lives in the URL: read it (with the list of ignored invalid parameters) and
 * replace it on change, so every state is shareable and the back button is not flooded by drags.
 */
export function useSimulatorParams(): {
  params: SimulatorParams
  ignored: IgnoredParam[]
  update: (change: Partial<SimulatorParams>) => void
} {
  const search = useSearch()
  const [, navigate] = useLocation()
  const { params, ignored } = useMemo(() => parseSimulatorParams(search), [search])
  const update = useCallback(
    (change: Partial<SimulatorParams>) => {
      navigate(`/simulator?${serializeSimulatorParams({ ...params, ...change })}`, { replace: true })
    },
    [navigate, params],
  )
  return { params, ignored, update }
}
