import { act, renderHook } from '@testing-library/react'
import { type UrlUpdateEvent, withNuqsTestingAdapter } from 'nuqs/adapters/testing'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_PARAMS } from './simulatorParams.ts'
import { useSimulatorParams } from './useSimulatorParams.ts'

const POOL = '0x08E3E4bEc747072695f73AA436Cf994AA8B4e365'

function renderParams(searchParams: string) {
  const updates: UrlUpdateEvent[] = []
  const view = renderHook(() => useSimulatorParams(), {
    wrapper: withNuqsTestingAdapter({ searchParams, onUrlUpdate: (event) => updates.push(event) }),
  })
  return { ...view, updates }
}

describe('useSimulatorParams (URL state through nuqs)', () => {
  it('opens an old shared link with the same state, and reports what it ignored', () => {
    const { result } = renderParams(`?pool=${POOL.toLowerCase()}&amount=25000&horizon=45&vol=abc`)
    expect(result.current.params).toEqual({
      ...DEFAULT_PARAMS,
      pool: POOL,
      depositUsd: 25_000,
      horizonDays: 45,
    })
    expect(result.current.ignored.map((entry) => entry.name)).toEqual(['vol'])
  })

  it('writes the whole state on a change, replacing the history entry, and drops bounds of a preset', async () => {
    const { result, updates } = renderParams('?preset=pct&lower=-10&upper=60&amount=500')
    expect(result.current.params.lower).toBe(-10)
    await act(async () => result.current.update({ preset: '25' }))
    await vi.waitFor(() => expect(updates.length).toBeGreaterThan(0)) // nuqs writes the URL throttled
    const last = updates.at(-1)
    expect(last?.options.history).toBe('replace')
    expect(Object.fromEntries(last?.searchParams ?? [])).toEqual({
      preset: '25',
      amount: '500',
      horizon: '30',
      paths: '5000',
      backtest: '7',
    })
    expect(result.current.params).toEqual({ ...DEFAULT_PARAMS, preset: '25', depositUsd: 500 })
  })
})
