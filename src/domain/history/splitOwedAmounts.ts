import type { HistoryEntry } from './logTypes.ts'

export interface SplitOwedAmountsParameters {
  /** The position's DecreaseLiquidity ('withdraw') and Collect ('collect') events, chain-ordered. */
  entries: readonly Pick<HistoryEntry, 'kind' | 'amount0Wei' | 'amount1Wei'>[]
  /** What collect(max) would return now: NPM tokensOwed + fees accrued since the last poke (wei). */
  owed0Wei: bigint
  owed1Wei: bigint
}

export interface SplitOwedAmountsReturnType {
  /** Principal credited by DecreaseLiquidity and not yet paid out by a Collect (wei). */
  withdrawnUncollected0Wei: bigint
  withdrawnUncollected1Wei: bigint
  /** The rest of the owed amount: fees from fee growth, never principal (wei). */
  uncollectedFees0Wei: bigint
  uncollectedFees1Wei: bigint
  /** Fees already paid out by Collects (each Collect minus the principal it paid). */
  collectedFees0Wei: bigint
  collectedFees1Wei: bigint
}

/**
 * Splits a V3 position's owed amount into withdrawn principal and fees, per token, exactly.
 *
 * NonfungiblePositionManager keeps ONE `tokensOwed` per token: decreaseLiquidity adds the withdrawn
 * principal (the DecreaseLiquidity event's amount) and the fees accrued so far; collect pays from it.
 * The contract does not say which part a Collect paid, so the rule is: **a Collect pays withdrawn
 * principal first, then fees.** Walking the events in chain order, outstanding principal grows by each
 * DecreaseLiquidity amount and shrinks by each Collect (down to 0); the rest of each Collect is fees.
 * What remains outstanding is the withdrawn-but-uncollected principal; everything else in the owed
 * amount is fees. IncreaseLiquidity events are ignored (they add no principal to tokensOwed).
 * @example splitOwedAmounts({ entries: [withdraw(100, 0), collect(30, 0)], owed0Wei: 75n, owed1Wei: 0n })
 * // { withdrawnUncollected0Wei: 70n, uncollectedFees0Wei: 5n, collectedFees0Wei: 0n, … }
 */
export function splitOwedAmounts(parameters: SplitOwedAmountsParameters): SplitOwedAmountsReturnType {
  const { outstanding, collects } = walkCollects(parameters.entries)
  const collectedFees = [0n, 0n]
  for (const collect of collects)
    for (const side of [0, 1] as const)
      collectedFees[side] = (collectedFees[side] as bigint) + (collect.fees[side] as bigint)
  const owed = [parameters.owed0Wei, parameters.owed1Wei]
  // tokensOwed always holds the outstanding principal; a smaller owed amount means the events are
  // incomplete (e.g. a truncated history): never report more principal than is owed.
  const withdrawn = owed.map((value, side) =>
    (outstanding[side] as bigint) > value ? value : (outstanding[side] as bigint),
  ) as [bigint, bigint]
  return {
    withdrawnUncollected0Wei: withdrawn[0],
    withdrawnUncollected1Wei: withdrawn[1],
    uncollectedFees0Wei: parameters.owed0Wei - withdrawn[0],
    uncollectedFees1Wei: parameters.owed1Wei - withdrawn[1],
    collectedFees0Wei: collectedFees[0] as bigint,
    collectedFees1Wei: collectedFees[1] as bigint,
  }
}

/** What one Collect paid, split by the rule of {@link splitOwedAmounts}: principal first, then fees (wei). */
export interface CollectSplit {
  /** Index of the Collect in the entries passed in. */
  index: number
  principal: readonly [bigint, bigint]
  fees: readonly [bigint, bigint]
}

/**
 * Each Collect of a position split into withdrawn principal and fees, exactly, by the rule of
 * {@link splitOwedAmounts} (a Collect pays outstanding withdrawn principal first, the rest is fees).
 * @param entries the position's DecreaseLiquidity ('withdraw') and Collect ('collect') events, chain-ordered
 * @example splitCollects([withdraw(100, 0), collect(130, 0)]) // [{ index: 1, principal: [100n, 0n], fees: [30n, 0n] }]
 */
export function splitCollects(
  entries: readonly Pick<HistoryEntry, 'kind' | 'amount0Wei' | 'amount1Wei'>[],
): CollectSplit[] {
  return walkCollects(entries).collects
}

function walkCollects(entries: readonly Pick<HistoryEntry, 'kind' | 'amount0Wei' | 'amount1Wei'>[]): {
  outstanding: bigint[]
  collects: CollectSplit[]
} {
  const outstanding = [0n, 0n]
  const collects: CollectSplit[] = []
  entries.forEach((entry, index) => {
    const amounts = [entry.amount0Wei, entry.amount1Wei]
    if (entry.kind === 'withdraw')
      for (const side of [0, 1] as const)
        outstanding[side] = (outstanding[side] as bigint) + (amounts[side] as bigint)
    if (entry.kind !== 'collect') return
    const principal = [0n, 0n]
    const fees = [0n, 0n]
    for (const side of [0, 1] as const) {
      const amount = amounts[side] as bigint
      const paid = amount < (outstanding[side] as bigint) ? amount : (outstanding[side] as bigint)
      outstanding[side] = (outstanding[side] as bigint) - paid
      principal[side] = paid
      fees[side] = amount - paid
    }
    collects.push({
      index,
      principal: [principal[0] as bigint, principal[1] as bigint],
      fees: [fees[0] as bigint, fees[1] as bigint],
    })
  })
  return { outstanding, collects }
}
