import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { isPoolsListChain, sevenDayFiguresAtFirstLoad } from '../chain/catalogue/poolsListConfig.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolsListFrom } from '../chain/pools/readPoolsList.ts'
import { clientFor } from './client.ts'
import { poolsStateQueryOptions } from './poolsStateQuery.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

/**
 * Query key of the pools list of a chain: ['poolsList', { chainId, sevenDays }] (sevenDays: whether the
 * 7-day figures are read too).
 */
export function poolsListQueryKey(chainId: number, sevenDays = sevenDayFiguresAtFirstLoad(chainId)) {
  return ['poolsList', { chainId, sevenDays }] as const
}

/** Whether the app can list pools on `chainId` (it knows the chain's factories or pools). */
export const poolsListSupported = isPoolsListChain

/** Whether the first pools-list load of `chainId` has its 7-day figures (else they load on demand). */
export const sevenDayFiguresLoadFirst = sevenDayFiguresAtFirstLoad

/**
 * The pools list of `chainId` (built on the pools-state query: pools found, state read), with its
 * 7-day figures when `sevenDays` (default: where the catalogue affords whole-history scans); the
 * previous list stays on screen while the 7-day one loads. Disabled until the chain can be listed;
 * polled while it stays failed.
 */
export function poolsListQueryOptions(
  config: Config,
  chainId: number,
  sevenDays = sevenDayFiguresAtFirstLoad(chainId),
) {
  return queryOptions({
    queryKey: poolsListQueryKey(chainId, sevenDays),
    queryFn: async ({ queryKey, client: queryClient }) => {
      const { chainId, sevenDays } = queryKey[1]
      // The pools and their state: the state query's answer when it is fresh (the page shows it first).
      const { config: listConfig, state } = await queryClient.fetchQuery(
        poolsStateQueryOptions(config, chainId),
      )
      return readPoolsListFrom(clientFor(config, chainId), {
        config: listConfig,
        state,
        store: getDefaultLogStore(),
        sevenDays,
      })
    },
    // The 24 h list of the same chain stays on screen while its 7-day version loads (never another chain's).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1].chainId === chainId ? previous : undefined,
    enabled: isPoolsListChain(chainId),
    staleTime: 15_000,
    // After an outage longer than the retries, the list comes back by itself (not only on "Retry").
    refetchInterval: refetchWhileErrored(),
  })
}
