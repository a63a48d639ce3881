import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useTradeSettings } from './useTradeSettings.ts'

describe('useTradeSettings', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    window.localStorage.clear()
  })

  it('keeps a new setting in memory when storage refuses the write (private mode, quota)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('QuotaExceededError', 'QuotaExceededError')
    })
    const { result } = renderHook(() => useTradeSettings())
    act(() => result.current[1]({ slippageBps: 120, deadlineMinutes: 45 }))
    expect(result.current[0]).toEqual({ slippageBps: 120, deadlineMinutes: 45 })
  })

  it('remembers a setting across mounts when storage works', () => {
    const first = renderHook(() => useTradeSettings())
    act(() => first.result.current[1]({ slippageBps: 75, deadlineMinutes: 30 }))
    const second = renderHook(() => useTradeSettings())
    expect(second.result.current[0]).toEqual({ slippageBps: 75, deadlineMinutes: 30 })
  })
})
