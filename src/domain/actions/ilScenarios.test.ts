import { describe, expect, it } from 'vitest'
import { ilScenarios } from './ilScenarios.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

describe('#ilScenarios', () => {
  it('V2: the classic 2√r/(1+r) − 1 at ±10 % and ±50 %', () => {
    const rows = ilScenarios(undefined)
    expect(rows.map((r) => r.move)).toEqual([-0.5, -0.1, 0.1, 0.5])
    expect(rows[0]?.il).toBeCloseTo(-0.0572, 4)
    expect(rows[3]?.il).toBeCloseTo(-0.0202, 4)
  })
  it('a narrow V3 range loses more than V2 for the same move', () => {
    const v3 = ilScenarios({ currentTick: 0, tickLower: -1000, tickUpper: 1000 })
    const v2 = ilScenarios(undefined)
    expect(must(v3[2]).il).toBeLessThan(must(v2[2]).il)
    expect(must(v3[2]).il).toBeLessThan(0)
  })
})
