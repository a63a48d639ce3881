/**
 * mulberry32: a tiny seeded PRNG so the seeded history is identical on every run.
 * @param seed 32-bit integer seed.
 * @returns A function returning floats in [0, 1).
 * @example const random = mulberry32(42); random() // 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
