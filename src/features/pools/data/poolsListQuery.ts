import { queryOptions } from '@tanstack/react-query'
import type { Client } from 'viem'
import { getDefaultLogStore } from '../../../chain/history/logStore.ts'
import { getPoolsListConfig } from '../../../chain/pools/poolsListConfig.ts'
import { readPoolsList } from '../../../chain/pools/readPoolsList.ts'

/** Query keys of the pools feature, general to specific. */
export const poolsQueryKeys = {
  all: ['pools'] as const,
  list: (chainId: number) => ['pools', 'list', { chainId }] as const,
  history: (chainId: number, pool: string) =>
    ['pools', 'history', { chainId, pool: pool.toLowerCase() }] as const,
}

/** The pools list of `chainId`; disabled until a client exists and the chain has a pools config. */
export function poolsListQueryOptions(chainId: number, client: Client | undefined) {
  const config = getPoolsListConfig(chainId)
  return queryOptions({
    queryKey: poolsQueryKeys.list(chainId),
    queryFn: () => {
      if (!client || !config) throw new Error('no client or pools config for this chain')
      return readPoolsList(client, { config, store: getDefaultLogStore() })
    },
    enabled: client !== undefined && config !== undefined,
    staleTime: 15_000,
  })
}
