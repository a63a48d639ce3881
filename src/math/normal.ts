// Standard normal CDF with ~1e-15 absolute accuracy: a Taylor series for erf near 0 and a
// continued fraction for erfc in the tails (no cancellation where the tail is tiny).

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI)
const ONE_OVER_SQRT_PI = 1 / Math.sqrt(Math.PI)

function erfSeries(x: number): number {
  // erf(x) = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1)); for |x| <= 2 terms fall below 1e-17 by n ≈ 35.
  const x2 = x * x
  let term = x
  let sum = x
  for (let n = 1; n < 60; n++) {
    term *= -x2 / n
    const contribution = term / (2 * n + 1)
    sum += contribution
    if (Math.abs(contribution) < 1e-17 * Math.abs(sum)) break
  }
  return TWO_OVER_SQRT_PI * sum
}

function erfcContinuedFraction(x: number): number {
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), x > 0, evaluated by modified Lentz.
  const tiny = 1e-300
  let f = x
  let c = x
  let d = 0
  for (let k = 1; k < 500; k++) {
    const a = k / 2
    d = x + a * d
    d = d === 0 ? tiny : 1 / d
    c = x + a / c
    if (c === 0) c = tiny
    const delta = c * d
    f *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  return (Math.exp(-x * x) * ONE_OVER_SQRT_PI) / f
}

/**
 * Complementary error function erfc(x) = 1 − erf(x).
 * @example erfc(0) // 1
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN
  if (x < 0) return 2 - erfc(-x)
  if (x <= 2) return 1 - erfSeries(x)
  return erfcContinuedFraction(x)
}

/**
 * Error function erf(x).
 * @example erf(0.5) // 0.5204998778130465
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN
  if (Math.abs(x) <= 2) return erfSeries(x)
  return x > 0 ? 1 - erfcContinuedFraction(x) : erfcContinuedFraction(-x) - 1
}

/**
 * Standard normal cumulative distribution Φ(z) = P(Z <= z), accurate in both tails.
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2)
}
