import { impermanentLossV2, impermanentLossV3Curve } from '../../math/index.ts'

/** One point of the IL curve: at this price, the position is worth (1 + IL) × holding. */
export interface IlCurvePoint {
  price: number
  /** Percent, ≤ 0 (−5.7 = −5.7 %). */
  ilPct: number
}

export interface IlCurveParameters {
  /** All prices in one quote direction. */
  priceEntry: number
  priceNow: number
  /** null for V2 / full range. */
  range: { lower: number; upper: number } | null
  /** Points on the curve; default 121. */
  points?: number
}

/** How far either side of the interesting prices the curve extends (×/÷). */
const MARGIN = 1.6
/** Full-range bounds sit near 0 and ∞: the plotted window stays within ×/÷ 4 of today's price. */
const MAX_SPAN = 4

/**
 * IL versus holding over a geometric grid of prices covering the range, the entry and today's price
 * (src/math impermanentLossV3Curve / impermanentLossV2), plus today's point for the marker.
 */
export function ilCurve(parameters: IlCurveParameters): { curve: IlCurvePoint[]; today: IlCurvePoint } {
  const { priceEntry, priceNow, range } = parameters
  const points = parameters.points ?? 121
  const known = [priceEntry, priceNow, ...(range ? [range.lower, range.upper] : [])]
  const from = Math.max(Math.min(...known) / MARGIN, priceNow / MAX_SPAN)
  const to = Math.min(Math.max(...known) * MARGIN, priceNow * MAX_SPAN)
  const fullRange = !range || range.lower <= 0 || !Number.isFinite(range.upper)
  let curve: IlCurvePoint[]
  if (fullRange) {
    const step = Math.log(to / from) / (points - 1)
    curve = Array.from({ length: points }, (_, i) => {
      const price = from * Math.exp(step * i)
      return { price, ilPct: impermanentLossV2(price / priceEntry) * 100 }
    })
  } else {
    const { prices, impermanentLoss } = impermanentLossV3Curve({
      priceEntry,
      priceLower: range.lower,
      priceUpper: range.upper,
      priceFrom: from,
      priceTo: to,
      points,
    })
    curve = Array.from(prices, (price, i) => ({ price, ilPct: (impermanentLoss[i] as number) * 100 }))
  }
  const todayCurve = fullRange
    ? impermanentLossV2(priceNow / priceEntry)
    : impermanentLossV3Curve({
        priceEntry,
        priceLower: (range as { lower: number }).lower,
        priceUpper: (range as { upper: number }).upper,
        priceFrom: priceNow,
        priceTo: priceNow * (1 + 1e-12),
        points: 2,
      }).impermanentLoss[0]
  return { curve, today: { price: priceNow, ilPct: (todayCurve as number) * 100 } }
}
