import { describe, expect, it } from 'vitest'
import { logTicks } from './logTicks.ts'

describe('logTicks', () => {
  it('spaces ticks geometrically', () => {
    const ticks = logTicks(1, 100, 3)
    expect(ticks[0]).toBe(1)
    expect(ticks[1]).toBeCloseTo(10, 12)
    expect(ticks[2]).toBeCloseTo(100, 12)
  })
  it('falls back to the bounds for a degenerate domain', () => {
    expect(logTicks(5, 5, 4)).toEqual([5, 5])
  })
})
