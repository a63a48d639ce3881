import { describe, expect, it } from 'vitest'
import { interpolateTimestamp } from './interpolateTimestamp.ts'

const anchors = [
  { blockNumber: 800n, timestamp: 1769000000 },
  { blockNumber: 300n, timestamp: 1767000000 },
]

describe('interpolateTimestamp', () => {
  it('is exact at anchors and linear between them', () => {
    expect(interpolateTimestamp(anchors, 300n)).toBe(1767000000)
    expect(interpolateTimestamp(anchors, 800n)).toBe(1769000000)
    expect(interpolateTimestamp(anchors, 550n)).toBe(1768000000)
  })
  it('clamps outside the anchors', () => {
    expect(interpolateTimestamp(anchors, 299n)).toBe(1767000000)
    expect(interpolateTimestamp(anchors, 900n)).toBe(1769000000)
  })
  it('throws without anchors', () => {
    expect(() => interpolateTimestamp([], 1n)).toThrow(/at least one anchor/)
  })
})
