import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import { poolsListQueryOptions, poolsListSupported } from '../../../queries/poolsListQuery.ts'

/** The pools list of the selected chain, plus whether the chain has one at all. */
export function usePoolsList() {
  const chainId = useChainId()
  const query = useQuery(poolsListQueryOptions(useConfig(), chainId))
  return { ...query, chainSupported: poolsListSupported(chainId) }
}
