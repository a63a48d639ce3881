import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import type { PreparedTx } from '../chain/write/prepareTx.ts'
import { prepareFinalStep } from '../chain/write/simulateFinalStep.ts'
import type { TxRequest } from '../chain/write/txRequest.ts'
import { clientFor } from './client.ts'

export interface FinalStepSimulationQueryParameters {
  chainId: number
  account: Address | undefined
  /** The flow's requests; the LAST one is simulated with the approvals before it applied. */
  requests: readonly TxRequest[] | undefined
  /**
   * What the flow is, apart from its deadline (which follows each new block): while it stays the same the
   * last result keeps showing as the exact calldata is simulated again, so the button does not flicker.
   */
  stableKey?: string | undefined
}

/** Query key: ['finalStepSimulation', { chainId, account, stableKey, requests }]. */
export function finalStepSimulationQueryKey(parameters: FinalStepSimulationQueryParameters) {
  const { chainId, account, stableKey = null, requests = [] } = parameters
  return ['finalStepSimulation', { chainId, account, stableKey, requests }] as const
}

/**
 * Simulates the LAST request of a flow (the deposit, the stake) as `account` before any approval is
 * signed: an eth_call state override makes the approvals in front of it look mined (their allowance
 * slots are found with eth_createAccessList / probing). 'no-override' when a token's slot is not found.
 */
export function finalStepSimulationQueryOptions(
  config: Config,
  parameters: FinalStepSimulationQueryParameters,
) {
  const { stableKey } = parameters
  return queryOptions({
    queryKey: finalStepSimulationQueryKey(parameters),
    queryFn: async ({ queryKey }): Promise<PreparedTx | 'no-override'> => {
      const { chainId, account, requests } = queryKey[1]
      if (requests.length === 0 || !account)
        throw new Error('final-step simulation ran without its parameters')
      return prepareFinalStep(clientFor(config, chainId), account, requests)
    },
    enabled: (parameters.requests?.length ?? 0) > 0 && parameters.account !== undefined,
    staleTime: 5_000,
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[1]
      return stableKey !== undefined &&
        before?.chainId === parameters.chainId &&
        before.account === parameters.account &&
        before.stableKey === stableKey
        ? previous
        : undefined
    },
  })
}
