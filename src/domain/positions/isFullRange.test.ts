import { describe, expect, it } from 'vitest'
import { isFullRange, isFullRangeAtSpacing } from './isFullRange.ts'

describe('#isFullRange', () => {
  it('is true at the usable min/max tick of each fee tier', () => {
    expect(isFullRange({ tickLower: -887220, tickUpper: 887220, fee: 3000 })).toBe(true)
    expect(isFullRange({ tickLower: -887270, tickUpper: 887270, fee: 500 })).toBe(true)
    expect(isFullRange({ tickLower: -887200, tickUpper: 887200, fee: 10000 })).toBe(true)
    expect(isFullRange({ tickLower: -887272, tickUpper: 887272, fee: 100 })).toBe(true)
  })
  it('is false one spacing inside either limit', () => {
    expect(isFullRange({ tickLower: -887160, tickUpper: 887220, fee: 3000 })).toBe(false)
    expect(isFullRange({ tickLower: -887220, tickUpper: 887160, fee: 3000 })).toBe(false)
    expect(isFullRange({ tickLower: -887271, tickUpper: 887272, fee: 100 })).toBe(false)
    expect(isFullRange({ tickLower: -200, tickUpper: 200, fee: 3000 })).toBe(false)
  })
  it('by tick spacing: the add form’s full-range preset of a 200-spacing pool', () => {
    expect(isFullRangeAtSpacing(-887200, 887200, 200)).toBe(true)
    expect(isFullRangeAtSpacing(-887000, 887200, 200)).toBe(false)
  })
})
