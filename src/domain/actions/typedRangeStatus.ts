import { validateRangePrices } from './validateRangePrices.ts'

/**
 * Min/max price text as typed in the range step; `inverted` = typed as token0 per token1 (the flipped
 * direction: then the typed min sets tickUpper).
 */
export type TypedRangePrices = { lower: string; upper: string; inverted?: boolean }

/** Whether typed prices are the range in use, still to be applied, or absent. */
export type TypedRangeStatus =
  | { kind: 'none' }
  | { kind: 'applied'; tickLower: number; tickUpper: number }
  | { kind: 'pending'; message: string }

/**
 * Compares the typed min/max prices with the range the review and the mint use. Typed prices apply as
 * typed (snapped to ticks); while they are incomplete, invalid or differ from the range in use, they are
 * 'pending' and the review must stay closed — what the boxes show is what the mint uses.
 */
export function typedRangeStatus(
  typed: TypedRangePrices,
  pool: { decimals0: number; decimals1: number; tickSpacing: number },
  range: { tickLower: number; tickUpper: number },
): TypedRangeStatus {
  if (typed.lower.trim() === '' && typed.upper.trim() === '') return { kind: 'none' }
  const checked = validateRangePrices(typed.lower, typed.upper, {
    ...pool,
    inverted: typed.inverted === true,
  })
  if (!checked.ok) return { kind: 'pending', message: checked.message }
  if (checked.tickLower !== range.tickLower || checked.tickUpper !== range.tickUpper)
    return { kind: 'pending', message: 'The typed prices are not the range in use yet.' }
  return { kind: 'applied', tickLower: checked.tickLower, tickUpper: checked.tickUpper }
}
