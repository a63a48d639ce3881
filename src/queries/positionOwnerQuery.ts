import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readPositionOwner } from '../chain/readPositionOwner.ts'
import { clientFor } from './client.ts'

export interface PositionOwnerQueryParameters {
  chainId: number
  npm: Address | undefined
  staker: Address | undefined
  /** undefined while the URL has no valid id (the query stays disabled). */
  tokenId: bigint | undefined
}

/** Query key: ['positionOwner', { chainId, npm, staker, tokenId }]. */
export function positionOwnerQueryKey(parameters: PositionOwnerQueryParameters) {
  const { chainId, npm, staker, tokenId } = parameters
  return ['positionOwner', { chainId, npm, staker, tokenId }] as const
}

/**
 * Who owns V3 position `tokenId` (the depositor of a staked one), or that it does not exist. Read once
 * per page visit: the page then follows that owner's positions block by block (a stake keeps the owner;
 * a burn drops the position from them).
 */
export function positionOwnerQueryOptions(config: Config, parameters: PositionOwnerQueryParameters) {
  return queryOptions({
    queryKey: positionOwnerQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, npm, staker, tokenId } = queryKey[1]
      if (!npm || tokenId === undefined) throw new Error('position owner read without its parameters')
      return readPositionOwner(clientFor(config, chainId), { npm, staker, tokenId, signal })
    },
    enabled: parameters.npm !== undefined && parameters.tokenId !== undefined,
    // "No such position" is an answer, not an error to retry.
    retry: 2,
  })
}
