import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Outcome } from '../../domain/projection/outcome.ts'
import { type SimulatorApi, useWorkerJob } from './useWorkerJob.ts'

// jsdom has no Worker: the job runs inline (api null), which is what these tests drive.
describe('useWorkerJob', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const square = vi.fn((api: SimulatorApi, input: { x: number }) => {
    expect(api).toBeNull()
    if (input.x < 0) throw new Error('negative input')
    return input.x * input.x
  })

  it('debounces: only the last input of a burst runs, and its result is shown', async () => {
    square.mockClear()
    const { result, rerender } = renderHook(
      ({ input }: { input: Outcome<{ x: number }> | null }) => useWorkerJob(input, square, 100),
      { initialProps: { input: { ok: true, value: { x: 2 } } } },
    )
    expect(result.current.status).toBe('running')
    rerender({ input: { ok: true, value: { x: 3 } } })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(99)
    })
    expect(square).not.toHaveBeenCalled()
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1)
    })
    expect(square).toHaveBeenCalledTimes(1)
    expect(result.current).toEqual({ status: 'done', result: 9 })
  })

  it('keeps the previous result while the next runs, waits on null, and reports errors and bad inputs', async () => {
    const { result, rerender } = renderHook(
      ({ input }: { input: Outcome<{ x: number }> | null }) => useWorkerJob(input, square, 10),
      { initialProps: { input: { ok: true, value: { x: 4 } } } as { input: Outcome<{ x: number }> | null } },
    )
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10)
    })
    expect(result.current).toEqual({ status: 'done', result: 16 })
    rerender({ input: null })
    expect(result.current).toEqual({ status: 'running', result: 16 })
    rerender({ input: { ok: true, value: { x: -1 } } })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10)
    })
    expect(result.current).toEqual({ status: 'error', result: null, reason: 'negative input' })
    rerender({ input: { ok: false, reason: 'no pool price' } })
    expect(result.current).toEqual({ status: 'error', result: null, reason: 'no pool price' })
  })
})
