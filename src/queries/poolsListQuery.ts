import { queryOptions } from '@tanstack/react-query'
import type { Client } from 'viem'
import { isPoolsListChain, loadPoolsListConfig } from '../chain/catalogue/poolsListConfig.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolsList } from '../chain/pools/readPoolsList.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

/** Query keys of the pools feature, general to specific. */
export const poolsQueryKeys = {
  all: ['pools'] as const,
  list: (chainId: number) => ['pools', 'list', { chainId }] as const,
  history: (chainId: number, pool: string) =>
    ['pools', 'history', { chainId, pool: pool.toLowerCase() }] as const,
}

/**
 * The pools list of `chainId` (public chains: pools discovered through the factories first);
 * disabled until a client exists and the chain can be listed; polled while it stays failed.
 */
export function poolsListQueryOptions(chainId: number, client: Client | undefined) {
  const supported = isPoolsListChain(chainId)
  return queryOptions({
    queryKey: poolsQueryKeys.list(chainId),
    queryFn: async () => {
      const config = client ? await loadPoolsListConfig(client, chainId) : undefined
      if (!client || !config) throw new Error('no client or pools config for this chain')
      return readPoolsList(client, { config, store: getDefaultLogStore() })
    },
    enabled: client !== undefined && supported,
    staleTime: 15_000,
    // After an outage longer than the retries, the list comes back by itself (not only on "Retry").
    refetchInterval: refetchWhileErrored(),
  })
}
