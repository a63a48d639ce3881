import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { isPoolsListChain, loadPoolsListConfig } from '../chain/pools/poolsListConfig.ts'
import { readPoolsList } from '../chain/pools/readPoolsList.ts'
import { clientFor } from './client.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

/** Query key of the pools list of a chain: ['poolsList', { chainId }]. */
export function poolsListQueryKey(chainId: number) {
  return ['poolsList', { chainId }] as const
}

/** Whether the app can list pools on `chainId` (it knows the chain's factories or pools). */
export const poolsListSupported = isPoolsListChain

/**
 * The pools list of `chainId` (public chains: pools discovered through the factories first);
 * disabled until the chain can be listed; polled while it stays failed.
 */
export function poolsListQueryOptions(config: Config, chainId: number) {
  return queryOptions({
    queryKey: poolsListQueryKey(chainId),
    queryFn: async ({ queryKey }) => {
      const { chainId } = queryKey[1]
      const client = clientFor(config, chainId)
      const listConfig = await loadPoolsListConfig(client, chainId)
      if (!listConfig) throw new Error('no pools config for this chain')
      return readPoolsList(client, { config: listConfig, store: getDefaultLogStore() })
    },
    enabled: isPoolsListChain(chainId),
    staleTime: 15_000,
    // After an outage longer than the retries, the list comes back by itself (not only on "Retry").
    refetchInterval: refetchWhileErrored(),
  })
}
