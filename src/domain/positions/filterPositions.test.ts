import { describe, expect, it } from 'vitest'
import { DEFAULT_POSITION_FILTERS, filterPositions } from './filterPositions.ts'
import { positionsFixture } from './positionsFixture.ts'

const ids = (filters: Parameters<typeof filterPositions>[1]) =>
  filterPositions(positionsFixture.positions, filters).map((p) => p.id)

describe('filterPositions', () => {
  it('hides closed positions by default and keeps unavailable ones', () => {
    expect(ids(DEFAULT_POSITION_FILTERS)).toEqual([
      'v3:40',
      'v2:0x44c61fc055aae5b0d066589412514a5f49c77d13:farm',
      'v3:34',
      'v3:50',
      'v3:60',
    ])
  })
  it('shows only closed ones, or all', () => {
    expect(ids({ ...DEFAULT_POSITION_FILTERS, status: 'closed' })).toEqual(['v3:42'])
    expect(ids({ ...DEFAULT_POSITION_FILTERS, status: 'all' })).toHaveLength(6)
  })
  it('filters by protocol and location', () => {
    expect(ids({ status: 'all', protocol: 'v2', location: 'all' })).toEqual([
      'v2:0x44c61fc055aae5b0d066589412514a5f49c77d13:farm',
    ])
    expect(ids({ status: 'all', protocol: 'all', location: 'v3-staker' })).toEqual(['v3:40'])
    expect(ids({ status: 'open', protocol: 'v3', location: 'farm' })).toEqual([])
  })
})
