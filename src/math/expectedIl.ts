import { assertPriceRange } from './impermanentLoss.ts'
import { normalCdf } from './normal.ts'
import { assertFiniteNumber, assertNonNegativeNumber, assertPositiveNumber } from './validate.ts'

/** Inputs of expectedImpermanentLoss. Omit the range for V2 / full range. */
export type ExpectedImpermanentLossParameters = {
  /** Annualised volatility σ of the price (0.8 = 80%/yr). */
  volatility: number
  /** Horizon T in years. */
  horizonYears: number
  /** Annualised drift μ of the price under GBM; default 0. */
  drift?: number
  /** Entry price; needed with a range (only the ratios Pa/P0, Pb/P0 matter). */
  priceEntry?: number
  priceLower?: number
  priceUpper?: number
}

/** E[e^{pX} 1{lower < X < upper}] for X ~ N(m, s²) (the partial lognormal expectation). */
function partialExpectation(p: number, m: number, s: number, lower: number, upper: number): number {
  const shift = m + p * s * s
  const weight = Math.exp(p * m + (p * p * s * s) / 2)
  const upperCdf = upper === Infinity ? 1 : normalCdf((upper - shift) / s)
  const lowerCdf = lower === -Infinity ? 0 : normalCdf((lower - shift) / s)
  return weight * (upperCdf - lowerCdf)
}

/**
 * Expected impermanent loss under geometric Brownian motion, in closed form: E[V_LP]/E[V_hold] − 1
 * (a ratio of expectations, which is what a large population of identical LPs realises on average).
 * V2: exp(−σ²T/8)/cosh(μT/2) − 1. V3 range: the position value integrated piecewise (below / inside /
 * above the range) with partial lognormal expectations.
 * @returns fraction ≤ 0, e.g. σ 0.8, T 1 (V2) → −0.07688
 */
export function expectedImpermanentLoss(parameters: ExpectedImpermanentLossParameters): number {
  const { volatility, horizonYears, drift = 0, priceLower, priceUpper } = parameters
  assertNonNegativeNumber(volatility, 'volatility', 'VOLATILITY')
  assertNonNegativeNumber(horizonYears, 'horizonYears', 'HORIZON')
  assertFiniteNumber(drift, 'drift', 'DRIFT')
  const variance = volatility * volatility * horizonYears
  if (priceLower === undefined && priceUpper === undefined)
    return Math.exp(-variance / 8) / Math.cosh((drift * horizonYears) / 2) - 1

  const priceEntry = parameters.priceEntry ?? Number.NaN
  assertPositiveNumber(priceEntry, 'priceEntry', 'PRICE')
  const lower = priceLower ?? Number.NaN
  const upper = priceUpper ?? Number.NaN
  assertPriceRange(lower, upper)
  // Work relative to P0 = 1.
  const a = lower / priceEntry
  const b = upper / priceEntry
  const sqrtA = Math.sqrt(a)
  const sqrtB = Math.sqrt(b)
  // Holdings per unit liquidity at entry (entry price clamped into the range).
  const sqrtEntry = Math.min(Math.max(1, sqrtA), sqrtB)
  const hold0 = 1 / sqrtEntry - 1 / sqrtB
  const hold1 = sqrtEntry - sqrtA
  const expectedHold = hold0 * Math.exp(drift * horizonYears) + hold1

  if (variance === 0) {
    // Deterministic path: P_T = e^{μT}.
    const price = Math.exp(drift * horizonYears)
    const sqrtP = Math.min(Math.max(Math.sqrt(price), sqrtA), sqrtB)
    return ((1 / sqrtP - 1 / sqrtB) * price + sqrtP - sqrtA) / expectedHold - 1
  }
  const m = (drift - (volatility * volatility) / 2) * horizonYears
  const s = Math.sqrt(variance)
  const l = Math.log(a)
  const u = Math.log(b)
  // Below: all token0, V = P(1/√a − 1/√b). Inside: V = 2√P − √a − P/√b. Above: all token1, V = √b − √a.
  const below = (1 / sqrtA - 1 / sqrtB) * partialExpectation(1, m, s, -Infinity, l)
  const inside =
    2 * partialExpectation(0.5, m, s, l, u) -
    sqrtA * partialExpectation(0, m, s, l, u) -
    partialExpectation(1, m, s, l, u) / sqrtB
  const above = (sqrtB - sqrtA) * partialExpectation(0, m, s, u, Infinity)
  return (below + inside + above) / expectedHold - 1
}
