import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { simulateFinalStep } from '../chain/write/simulateFinalStep.ts'
import type { TxRequest } from '../chain/write/txRequest.ts'
import { clientFor } from './client.ts'

export interface ManageSimulationQueryParameters {
  chainId: number
  owner: Address
  requests: readonly TxRequest[]
  /** False while a balance is short: nothing is simulated then. */
  enabled: boolean
  /** Also trace what the final call pays `recipient` in these currencies (a call returning nothing: V4). */
  payout?: { recipient: Address; currencies: readonly Address[] } | undefined
}

/** Query key: ['manageSimulation', { chainId, owner, requests }]. */
export function manageSimulationQueryKey(parameters: ManageSimulationQueryParameters) {
  const { chainId, owner, requests, payout } = parameters
  return ['manageSimulation', { chainId, owner, requests, payout }] as const
}

/** The manage action's last transaction simulated before anything is signed (approvals as if mined). */
export function manageSimulationQueryOptions(config: Config, parameters: ManageSimulationQueryParameters) {
  return queryOptions({
    queryKey: manageSimulationQueryKey(parameters),
    queryFn: ({ queryKey }) => {
      const { chainId, owner, requests, payout } = queryKey[1]
      return simulateFinalStep(clientFor(config, chainId), owner, requests, { payout })
    },
    enabled: parameters.enabled && parameters.requests.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  })
}
