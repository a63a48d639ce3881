import { describe, expect, it } from 'vitest'
import { resolveRange } from './resolveRange.ts'

const pool = { tick: 0, tickSpacing: 60, decimals0: 18, decimals1: 18, kind: 'v3' as const }

describe('#resolveRange', () => {
  it('snaps a ±10 % preset to the nearest usable ticks', () => {
    // priceToTick(0.9) = floor(ln 0.9 / ln 1.0001) = −1054 → nearest multiple of 60: −1080; 1.1 → 953 → 960.
    const result = resolveRange({ preset: '10' }, pool)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.tickLower).toBe(-1080)
    expect(result.value.tickUpper).toBe(960)
    expect(result.value.priceLower).toBeCloseTo(1.0001 ** -1080, 10)
    expect(result.value.priceUpper).toBeCloseTo(1.0001 ** 960, 10)
    expect(result.value.isFullRange).toBe(false)
  })

  it('uses the outermost usable ticks for full range, and always for V2', () => {
    for (const selection of [{ preset: 'full' as const }, { preset: '5' as const }]) {
      const kind = selection.preset === 'full' ? 'v3' : 'v2'
      const result = resolveRange(selection, { ...pool, kind })
      expect(result).toEqual({
        ok: true,
        value: {
          tickLower: -887220,
          tickUpper: 887220,
          priceLower: 0,
          priceUpper: Infinity,
          isFullRange: true,
        },
      })
    }
  })

  it('takes % offsets from the current price for the pct preset', () => {
    // 1.0001^t: −20 % → tick −2232 → −2220; +30 % → 2623 → 2640.
    const result = resolveRange({ preset: 'pct', lower: -20, upper: 30 }, pool)
    expect(result.ok && [result.value.tickLower, result.value.tickUpper]).toEqual([-2220, 2640])
  })

  it('widens by one spacing when both bounds snap to the same tick', () => {
    const result = resolveRange({ preset: 'price', lower: 1, upper: 1.0001 }, pool)
    expect(result.ok && [result.value.tickLower, result.value.tickUpper]).toEqual([0, 60])
  })

  it('rejects lower ≥ upper, non-positive prices and bounds beyond the tick limits', () => {
    expect(resolveRange({ preset: 'price', lower: 2, upper: 1 }, pool)).toEqual({
      ok: false,
      reason: 'The minimum must be below the maximum.',
    })
    expect(resolveRange({ preset: 'price', lower: -1, upper: 1 }, pool).ok).toBe(false)
    expect(resolveRange({ preset: 'price', lower: 1, upper: 1e60 }, pool)).toEqual({
      ok: false,
      reason: 'A bound is outside the prices this pool can represent (tick limits).',
    })
    expect(resolveRange({ preset: 'pct', lower: -100, upper: 5 }, pool).ok).toBe(false)
    expect(resolveRange({ preset: 'price' }, pool).ok).toBe(false)
  })
})
