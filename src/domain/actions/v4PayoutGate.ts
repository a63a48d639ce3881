/** What the simulation of a V4 write said it pays the owner (see chain/write/simulatePayout). */
export type SimulatedPayoutResult =
  | { status: 'ok'; amountsWei: readonly bigint[] }
  | { status: 'unsupported' | 'reverted'; message: string }

/** Whether a reviewed V4 write may be signed, and what to tell the user. */
export type V4PayoutVerdict =
  | { sign: true; matches: true }
  /** Signing allowed, with a warning: the simulation pays other amounts (the price moved; the minimums hold). */
  | { sign: true; matches: false; message: string }
  | { sign: false; message: string }

/**
 * THE rule for signing a V4 write: on a pool whose hook has a return-delta permission (it may take or add
 * tokens, so the pool math need not be what arrives), sign only when the simulation of the exact calldata
 * pays exactly the reviewed amounts, to the wei. Elsewhere a different simulated payout (the price or fees
 * moved since the review's read) is shown as a warning; the minimums still bound the principal.
 * @example v4PayoutVerdict({ reviewedWei: [1n, 2n], simulated: { status: 'ok', amountsWei: [1n, 2n] }, hookMayAlterAmounts: true }) // { sign: true, matches: true }
 */
export function v4PayoutVerdict(parameters: {
  reviewedWei: readonly bigint[]
  simulated: SimulatedPayoutResult
  hookMayAlterAmounts: boolean
}): V4PayoutVerdict {
  const { reviewedWei, simulated, hookMayAlterAmounts } = parameters
  if (simulated.status !== 'ok')
    return hookMayAlterAmounts
      ? {
          sign: false,
          message: `This pool's hook may change the amounts, and the simulation could not show what it pays (${simulated.message}): Poolscope will not sign it.`,
        }
      : { sign: true, matches: false, message: `The simulated payout is unavailable (${simulated.message}).` }
  const matches =
    simulated.amountsWei.length === reviewedWei.length &&
    simulated.amountsWei.every((amount, index) => amount === reviewedWei[index])
  if (matches) return { sign: true, matches: true }
  if (hookMayAlterAmounts)
    return {
      sign: false,
      message:
        "This pool's hook may change the amounts, and the simulation pays other amounts than the review shows: Poolscope will not sign it. Refresh to read the position again.",
    }
  return {
    sign: true,
    matches: false,
    message:
      'The simulation pays other amounts than the review shows (the price or the fees moved since it was read); the minimums still protect the removal. Refresh to read again.',
  }
}
