import { MathError } from './errors.ts'
import { assertNonNegativeNumber, assertPositiveNumber } from './validate.ts'

/** Inputs of lvrRate: omit the range (or pass 0 and Infinity) for V2 / full range. */
export type LvrRateParameters = {
  /** Annualised volatility σ (0.8 = 80%/yr). */
  volatility: number
  /** Current price (needed for a range). */
  price?: number
  priceLower?: number
  priceUpper?: number
}

/**
 * Loss-versus-rebalancing rate as a fraction of position value per year (Milionis et al. 2022).
 * Constant product: σ²/8. V3 range, in range: σ²√P / (4(2√P − √Pa − P/√Pb)); out of range: 0.
 * @returns fraction per year, e.g. σ = 0.8 full range → 0.08
 * @example lvrRate({ volatility: 0.8 }) // 0.08
 */
export function lvrRate(parameters: LvrRateParameters): number {
  const { volatility, price, priceLower, priceUpper } = parameters
  assertNonNegativeNumber(volatility, 'volatility', 'VOLATILITY')
  const variance = volatility * volatility
  const fullRange =
    (priceLower === undefined || priceLower === 0) && (priceUpper === undefined || priceUpper === Infinity)
  if (fullRange) return variance / 8
  const lower = priceLower ?? 0
  const upper = priceUpper ?? Infinity
  assertNonNegativeNumber(lower, 'priceLower', 'PRICE')
  if (Number.isNaN(upper) || upper <= 0) throw new MathError('PRICE', `priceUpper must be > 0, got ${upper}`)
  if (upper <= lower) throw new MathError('TICK_ORDER', 'priceLower must be < priceUpper')
  assertPositiveNumber(price ?? Number.NaN, 'price', 'PRICE')
  const p = price as number
  if (p <= lower || p >= upper) return 0
  const sqrtPrice = Math.sqrt(p)
  const value = 2 * sqrtPrice - Math.sqrt(lower) - (upper === Infinity ? 0 : p / Math.sqrt(upper))
  return (variance * sqrtPrice) / (4 * value)
}

/** Inputs of breakEvenVolatility. */
export type BreakEvenVolatilityParameters = Omit<LvrRateParameters, 'volatility'> & {
  /** Fee yield as a fraction of position value per year (0.2 = 20%/yr). */
  feeApr: number
}

/**
 * Volatility at which LVR equals the fee yield: a hedged LP profits below it, loses above it.
 * LVR is proportional to σ², so σ* = sqrt(feeApr / lvrRate(σ = 1)).
 * @returns annualised σ; Infinity when out of range (no LVR, no fees)
 * @example breakEvenVolatility({ feeApr: 0.08 }) // 0.8
 */
export function breakEvenVolatility(parameters: BreakEvenVolatilityParameters): number {
  assertNonNegativeNumber(parameters.feeApr, 'feeApr', 'INPUT')
  const unitRate = lvrRate({ ...parameters, volatility: 1 })
  if (unitRate === 0) return Infinity
  return Math.sqrt(parameters.feeApr / unitRate)
}
