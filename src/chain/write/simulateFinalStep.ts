import type { Address, Client } from 'viem'
import { approvalsStateOverride } from './allowanceStateOverride.ts'
import { type PreparedTx, prepareTx } from './prepareTx.ts'
import { type SimulatedPayout, simulatePayout } from './simulatePayout.ts'
import type { TxRequest } from './txRequest.ts'

/** The outcome of simulating an action's last transaction before anything is signed. */
export type FinalStepSimulation =
  | {
      status: 'ok'
      prepared: Extract<PreparedTx, { ok: true }>
      withApprovals: boolean
      /** Asked for (`options.payout`): what the same calldata pays the recipient, from its traced transfers. */
      payout?: SimulatedPayout
    }
  | { status: 'reverted'; message: string; reason: string | undefined }
  /** A token's allowance slot could not be found: the final step can only be simulated after the approvals. */
  | { status: 'no-override' }

/**
 * Prepares (simulates, estimates) the final request of `requests` as `owner`, with the approvals before it
 * applied through an eth_call state override (as if mined). 'no-override' when a token's allowance slot is
 * not found, so the final step can only be simulated after the approvals.
 */
export async function prepareFinalStep(
  client: Client,
  owner: Address,
  requests: readonly TxRequest[],
): Promise<PreparedTx | 'no-override'> {
  const final = requests[requests.length - 1]
  if (!final) throw new Error('nothing to simulate')
  const approvals = requests.slice(0, -1)
  if (approvals.length === 0) return prepareTx(client, owner, final)
  const stateOverride = await approvalsStateOverride(client, owner, approvals)
  return stateOverride ? prepareTx(client, owner, final, { stateOverride }) : 'no-override'
}

/**
 * Simulates the final request of `requests` as `owner` with the approvals before it applied (see
 * prepareFinalStep), so a final step that would revert is known before any approval is requested.
 */
export async function simulateFinalStep(
  client: Client,
  owner: Address,
  requests: readonly TxRequest[],
  options: { payout?: { recipient: Address; currencies: readonly Address[] } | undefined } = {},
): Promise<FinalStepSimulation> {
  const prepared = await prepareFinalStep(client, owner, requests)
  if (prepared === 'no-override') return { status: 'no-override' }
  if (!prepared.ok)
    return { status: 'reverted', message: prepared.error.message, reason: prepared.error.reason }
  const withApprovals = requests.length > 1
  // The payout trace runs without the approvals' override: only for a final step with nothing before it.
  if (!options.payout || withApprovals) return { status: 'ok', prepared, withApprovals }
  const payout = await simulatePayout(client, {
    account: owner,
    request: prepared.request,
    ...options.payout,
  })
  return { status: 'ok', prepared, withApprovals, payout }
}
