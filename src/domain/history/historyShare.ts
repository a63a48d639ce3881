/** One holder's exact fraction `numerator / denominator` of a whole (e.g. its LP over the account's LP). */
export interface ExactRatio {
  numerator: bigint
  denominator: bigint
}

/**
 * An exact share of a V2 pair's history held by one of the account's holdings (wallet or a farm).
 * Every holder but the last takes `floor(amount × ratio)`; the last takes what the others left
 * (`rest`), so the holdings' parts add up to the pair's amounts to the wei.
 */
export type HistoryShare =
  | { kind: 'all' }
  | { kind: 'ratio'; ratio: ExactRatio }
  | { kind: 'rest'; others: readonly ExactRatio[] }

/** floor(amount × numerator / denominator), rounding toward −∞ for negative amounts too. */
function floorMulDiv(amount: bigint, { numerator, denominator }: ExactRatio): bigint {
  if (denominator <= 0n) throw new Error('ratio denominator must be positive')
  const product = amount * numerator
  const quotient = product / denominator
  return product % denominator !== 0n && product < 0n ? quotient - 1n : quotient
}

/**
 * The part of `amount` (wei) that `share` holds, exact: no float anywhere.
 * @example scaleByShare(10n, { kind: 'ratio', ratio: { numerator: 1n, denominator: 3n } }) // 3n
 */
export function scaleByShare(amount: bigint, share: HistoryShare): bigint {
  if (share.kind === 'all') return amount
  if (share.kind === 'ratio') return floorMulDiv(amount, share.ratio)
  return share.others.reduce((rest, ratio) => rest - floorMulDiv(amount, ratio), amount)
}

/**
 * Shares of a pair's history for holdings with LP balances `weights` (wei), in order: each gets
 * its exact ratio of the total, the last the rest. A zero total gives every holding nothing.
 * @example splitShares([1n, 2n]) // [{ kind: 'ratio', … 1/3 }, { kind: 'rest', others: [1/3] }]
 */
export function splitShares(weights: readonly bigint[]): HistoryShare[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0n)
  if (weights.length === 1 && total > 0n) return [{ kind: 'all' }]
  if (total === 0n) return weights.map(() => ({ kind: 'ratio', ratio: { numerator: 0n, denominator: 1n } }))
  const ratios = weights.map((weight) => ({ numerator: weight, denominator: total }))
  return ratios.map((ratio, index) =>
    index === ratios.length - 1 ? { kind: 'rest', others: ratios.slice(0, -1) } : { kind: 'ratio', ratio },
  )
}
