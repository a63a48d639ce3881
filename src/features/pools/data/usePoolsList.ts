import { useQuery } from '@tanstack/react-query'
import { useChainId, useClient } from 'wagmi'
import { isPoolsListChain } from '../../../queries/catalogueQuery.ts'
import { poolsListQueryOptions } from '../../../queries/poolsListQuery.ts'

/** The pools list of the selected chain, plus whether the chain has one at all. */
export function usePoolsList() {
  const chainId = useChainId()
  const client = useClient({ chainId })
  const query = useQuery(poolsListQueryOptions(chainId, client))
  return { ...query, chainSupported: isPoolsListChain(chainId) }
}
