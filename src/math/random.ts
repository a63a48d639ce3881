/**
 * A seeded generator: xoshiro128** (state seeded by splitmix32) with Box–Muller normals.
 * Deterministic for a given seed on every JS engine (pure 32-bit integer arithmetic).
 */
export type SeededRandom = {
  /** Uniform in (0, 1), never exactly 0 or 1. */
  nextFloat(): number
  /** Standard normal N(0, 1). */
  nextNormal(): number
}

/**
 * Creates a seeded random generator.
 * @param seed any integer (only its low 32 bits are used)
 * @example createSeededRandom(42).nextFloat() // same value every run
 */
export function createSeededRandom(seed: number): SeededRandom {
  let splitState = seed >>> 0
  const splitmix = (): number => {
    splitState = (splitState + 0x9e3779b9) >>> 0
    let z = splitState
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
  let s0 = splitmix()
  let s1 = splitmix()
  let s2 = splitmix()
  let s3 = splitmix()
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0
    const t = s1 << 9
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotl(s3, 11)
    return result
  }
  const nextFloat = (): number => (nextUint32() + 0.5) / 4294967296

  let spare = 0
  let hasSpare = false
  const nextNormal = (): number => {
    if (hasSpare) {
      hasSpare = false
      return spare
    }
    const radius = Math.sqrt(-2 * Math.log(nextFloat()))
    const angle = 2 * Math.PI * nextFloat()
    spare = radius * Math.sin(angle)
    hasSpare = true
    return radius * Math.cos(angle)
  }
  return { nextFloat, nextNormal }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}
