import { SECONDS_PER_YEAR } from '../../math/index.ts'

/** A price observation: whole-token price after a swap, at its block's timestamp. */
export type PriceObservation = { timestamp: number; price: number }

/**
 * Annualised realized volatility from irregularly spaced prices: σ² = Σ ln(pᵢ/pᵢ₋₁)² / (t_n − t_0) × year.
 * Dividing by elapsed time (not by the count) keeps it right when swaps are bunched in time.
 * @param observations in time order (same-block swaps are fine)
 * @returns σ per year, or null with fewer than 3 prices or no elapsed time
 * @example realizedVolatility([{ timestamp: 0, price: 1 }, { timestamp: 15768000, price: Math.exp(0.1) }, { timestamp: 31536000, price: 1 }]) // 0.1414
 */
export function realizedVolatility(observations: readonly PriceObservation[]): number | null {
  if (observations.length < 3) return null
  const first = observations[0] as PriceObservation
  const last = observations[observations.length - 1] as PriceObservation
  const elapsedSeconds = last.timestamp - first.timestamp
  if (!(elapsedSeconds > 0)) return null
  let sumSquares = 0
  for (let i = 1; i < observations.length; i++) {
    const previous = (observations[i - 1] as PriceObservation).price
    const current = (observations[i] as PriceObservation).price
    if (!(previous > 0 && current > 0)) return null
    const logReturn = Math.log(current / previous)
    sumSquares += logReturn * logReturn
  }
  const volatility = Math.sqrt((sumSquares / elapsedSeconds) * SECONDS_PER_YEAR)
  return Number.isFinite(volatility) ? volatility : null
}
