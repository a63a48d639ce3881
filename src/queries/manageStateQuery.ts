import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { type ReadManageStateParameters, readManageState } from '../chain/readManageState.ts'
import { clientFor } from './client.ts'

/** What the manage review reads: the position's pool, balances and allowances (see readManageState). */
export type ManageStateRequest = ReadManageStateParameters

export interface ManageStateQueryParameters {
  chainId: number
  request: ManageStateRequest
  /** The review's action ('remove', 'collect', ...): part of the identity of the read. */
  kind: string
  positionId: string
}

/** Query key: ['manageState', { chainId, kind, positionId, request }]. */
export function manageStateQueryKey(parameters: ManageStateQueryParameters) {
  const { chainId, kind, positionId, request } = parameters
  return ['manageState', { chainId, kind, positionId, request }] as const
}

/**
 * The state behind a manage review, read once when the review opens (Refresh reads again): the figures
 * stay put while the user reads them.
 */
export function manageStateQueryOptions(config: Config, parameters: ManageStateQueryParameters) {
  return queryOptions({
    queryKey: manageStateQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, request } = queryKey[1]
      return readManageState(clientFor(config, chainId), { ...request, signal })
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  })
}
