import { describe, expect, it } from 'vitest'
import { mulberry32 } from './prng.ts'

describe('#mulberry32', () => {
  it('returns the reference sequence for a seed', () => {
    const random = mulberry32(42)
    expect(random()).toBe(0.6011037519201636)
    expect(random()).toBe(0.44829055899754167)
  })

  it('is reproducible and seed-dependent', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    const c = mulberry32(8)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(c()).not.toBe(first[0])
  })

  it('stays in [0, 1)', () => {
    const random = mulberry32(1)
    for (let i = 0; i < 10_000; i++) {
      const value = random()
      expect(value >= 0 && value < 1).toBe(true)
    }
  })
})
