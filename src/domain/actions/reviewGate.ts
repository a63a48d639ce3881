/** Where the review's simulation of the exact deposit stands. */
export type ReviewSimulationStatus = 'ok' | 'pending' | 'failed' | 'cannot-run'

/** Everything that decides whether the review's submit button may send the transactions. */
export type ReviewGateInput = {
  /** A wallet that can sign (not a watched address, not disconnected). */
  canSign: boolean
  /** The slippage and deadline fields hold valid values (not a stale last-valid value). */
  slippageValid: boolean
  deadlineValid: boolean
  /** Typed range prices that are not (yet) the range the review shows. */
  rangePending: boolean
  simulation: ReviewSimulationStatus
  /** The user acknowledged that the simulation could not run (only counts for 'cannot-run'). */
  simulationSkipAcknowledged: boolean
  /** Sides deposited with a minimum of 0 (see zeroMinimumSides). */
  zeroMinimumSides: readonly ('token0' | 'token1')[]
  /** The user acknowledged the zero-minimum warning for THIS mint. */
  zeroMinimumAcknowledged: boolean
}

/** The gate's answer: send allowed, or every reason it is not (shown under the button). */
export type ReviewGate = { canSubmit: boolean; blockers: string[] }

/**
 * Whether the review may send: a valid slippage and deadline, the range applied, a successful
 * simulation (or an acknowledged one that cannot run), and any zero-side minimum acknowledged.
 * A pending or failed simulation always blocks.
 */
export function reviewGate(input: ReviewGateInput): ReviewGate {
  const blockers: string[] = []
  if (!input.canSign) blockers.push('Connect a wallet that can sign.')
  if (!input.slippageValid) blockers.push('Fix the slippage tolerance (0.01 %–50 %).')
  if (!input.deadlineValid) blockers.push('Fix the deadline (1 minute–3 days).')
  if (input.rangePending) blockers.push('Apply or clear the typed range prices.')
  if (input.simulation === 'pending') blockers.push('Waiting for the simulation of the exact deposit.')
  if (input.simulation === 'failed') blockers.push('The simulation failed: this deposit would revert.')
  if (input.simulation === 'cannot-run' && !input.simulationSkipAcknowledged)
    blockers.push('Acknowledge that the deposit could not be simulated.')
  if (input.zeroMinimumSides.length > 0 && !input.zeroMinimumAcknowledged)
    blockers.push('Acknowledge the zero minimum: that side is not protected against price moves.')
  return { canSubmit: blockers.length === 0, blockers }
}
