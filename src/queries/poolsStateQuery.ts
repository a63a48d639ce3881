import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { isPoolsListChain, loadPoolsListConfig } from '../chain/catalogue/poolsListConfig.ts'
import { readPoolsState } from '../chain/pools/readPoolsState.ts'
import { clientFor } from './client.ts'

/** Query key of a chain's pools and their current state: ['poolsState', { chainId }]. */
export function poolsStateQueryKey(chainId: number) {
  return ['poolsState', { chainId }] as const
}

/**
 * The pools of `chainId` (public chains: found through the factories, one request) and their state at
 * one block (one multicall): what price, TVL, liquidity and farm APR need, before any log is read. The
 * pools list query builds on it (same data, not read twice).
 */
export function poolsStateQueryOptions(config: Config, chainId: number) {
  return queryOptions({
    queryKey: poolsStateQueryKey(chainId),
    queryFn: async ({ queryKey, signal }) => {
      const { chainId } = queryKey[1]
      const client = clientFor(config, chainId)
      const listConfig = await loadPoolsListConfig(client, chainId)
      if (!listConfig) throw new Error('no pools config for this chain')
      return { config: listConfig, state: await readPoolsState(client, listConfig, { signal }) }
    },
    enabled: isPoolsListChain(chainId),
    staleTime: 15_000,
  })
}
