import type { Address, Client } from 'viem'
import { approvalsStateOverride } from './allowanceStateOverride.ts'
import { type PreparedTx, prepareTx } from './prepareTx.ts'
import type { TxRequest } from './txRequest.ts'

/** The outcome of simulating an action's last transaction before anything is signed. */
export type FinalStepSimulation =
  | { status: 'ok'; prepared: Extract<PreparedTx, { ok: true }>; withApprovals: boolean }
  | { status: 'reverted'; message: string; reason: string | undefined }
  /** A token's allowance slot could not be found: the final step can only be simulated after the approvals. */
  | { status: 'no-override' }

/**
 * Simulates the final request of `requests` as `owner`, with the approvals before it applied through an
 * eth_call state override (as if mined), so a final step that would revert is known before any approval
 * is requested.
 */
export async function simulateFinalStep(
  client: Client,
  owner: Address,
  requests: readonly TxRequest[],
): Promise<FinalStepSimulation> {
  const final = requests[requests.length - 1]
  if (!final) throw new Error('nothing to simulate')
  const approvals = requests.slice(0, -1)
  let prepared: PreparedTx
  if (approvals.length === 0) prepared = await prepareTx(client, owner, final)
  else {
    const stateOverride = await approvalsStateOverride(client, owner, approvals)
    if (!stateOverride) return { status: 'no-override' }
    prepared = await prepareTx(client, owner, final, { stateOverride })
  }
  return prepared.ok
    ? { status: 'ok', prepared, withApprovals: approvals.length > 0 }
    : { status: 'reverted', message: prepared.error.message, reason: prepared.error.reason }
}
