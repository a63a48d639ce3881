import { describe, expect, it } from 'vitest'
import { ERRORED_REFETCH_MS, refetchWhileErrored } from './refetchWhileErrored.ts'

const state = (status: string, error: Error | null) => ({ state: { status, error } })

describe('refetchWhileErrored', () => {
  it('polls a failed query and leaves a healthy or pending one alone', () => {
    const interval = refetchWhileErrored()
    expect(interval(state('error', new Error('HTTP 503')))).toBe(ERRORED_REFETCH_MS)
    expect(interval(state('success', null))).toBe(false)
    expect(interval(state('pending', null))).toBe(false)
  })

  it('does not poll errors that retrying cannot fix', () => {
    const notAPool = Object.assign(new Error('not a pool'), { name: 'NotAPoolError' })
    const interval = refetchWhileErrored((error) => error.name === 'NotAPoolError')
    expect(interval(state('error', notAPool))).toBe(false)
    expect(interval(state('error', new Error('fetch failed')))).toBe(ERRORED_REFETCH_MS)
  })
})
