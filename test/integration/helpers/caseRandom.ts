import { createSeededRandom } from '../../../src/math/index.ts'

/** Seeded draws for random test cases: the same seed replays the same cases. */
export type CaseRandom = {
  seed: number
  /** Uniform float in (0, 1). */
  float(): number
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** A bigint spread log-uniformly over [10^minExponent, 10^maxExponent). */
  logUniform(minExponent: number, maxExponent: number): bigint
  /** floor(value · u) for u uniform in (min, max): a random share of a bigint. */
  share(value: bigint, min?: number, max?: number): bigint
}

export function createCaseRandom(seed: number): CaseRandom {
  const random = createSeededRandom(seed)
  const float = () => random.nextFloat()
  const int = (min: number, max: number) => min + Math.floor(float() * (max - min + 1))
  // 1e6 steps of resolution on the share: plenty for amounts, exact in bigint.
  const share = (value: bigint, min = 0, max = 1) =>
    (value * BigInt(Math.floor((min + (max - min) * float()) * 1e6))) / 1_000_000n
  return {
    seed,
    float,
    int,
    chance: (probability) => float() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(float() * items.length)] as (typeof items)[number]
    },
    logUniform: (minExponent, maxExponent) => {
      const exponent = minExponent + float() * (maxExponent - minExponent)
      const whole = Math.floor(exponent)
      const mantissa = 10 ** (exponent - whole)
      return (BigInt(Math.floor(mantissa * 1e9)) * 10n ** BigInt(whole)) / 1_000_000_000n
    },
    share,
  }
}
