import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import type { PreparedTx } from '../../../chain/write/prepareTx.ts'
import type { TxRequest } from '../../../chain/write/txRequest.ts'
import type { ReviewSimulationStatus } from '../../../domain/actions/reviewGate.ts'
import { finalStepSimulationQueryOptions } from '../../../queries/finalStepSimulationQuery.ts'

/** The final step's simulation, before any of the approvals in front of it is signed. */
export type FinalStepSimulation = {
  status: ReviewSimulationStatus
  /** The prepared final step once simulated (ok or reverted). */
  simulated: PreparedTx | undefined
  /** Why the simulation cannot run, when status is 'cannot-run'. */
  cannotRunReason: string | undefined
  retry: () => void
}

/**
 * Simulates the LAST request of a flow (the deposit, the stake) as `account` before any approval is
 * signed: an eth_call state override makes the approvals in front of it look mined (their allowance
 * slots are found with eth_createAccessList / probing). The stepper simulates each step again right
 * before the wallet signs it.
 */
export function useFinalStepSimulation(
  chainId: number,
  account: Address | undefined,
  requests: readonly TxRequest[] | undefined,
  /**
   * What the flow is, apart from its deadline (which follows each new block): while it stays the same the
   * last result keeps showing as the exact calldata is simulated again, so the button does not flicker.
   */
  stableKey?: string,
): FinalStepSimulation {
  const config = useConfig()
  const query = useQuery(finalStepSimulationQueryOptions(config, { chainId, account, requests, stableKey }))
  const simulated = query.data === 'no-override' ? undefined : query.data
  const status: ReviewSimulationStatus =
    query.data === 'no-override' || (query.error && !simulated)
      ? 'cannot-run'
      : simulated?.ok
        ? 'ok'
        : simulated
          ? 'failed'
          : 'pending'
  const cannotRunReason =
    status !== 'cannot-run'
      ? undefined
      : query.data === 'no-override'
        ? 'A token here stores approvals in a way the simulator cannot reproduce, so the last step cannot be simulated before the approvals are mined.'
        : `The simulation could not run: ${query.error?.message ?? 'unknown error'}.`
  return { status, simulated, cannotRunReason, retry: () => void query.refetch() }
}
