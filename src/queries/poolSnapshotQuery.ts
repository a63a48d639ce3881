import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { getCatalogueCore, loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolSwapFigures } from '../chain/pools/readPoolSnapshot.ts'
import {
  type PoolStateQueryParameters,
  poolQueryIdentity,
  poolStateQueryOptions,
  publicClientFor,
} from './poolStateQuery.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

/** The snapshot's parameters: the pool and its discovered incentives, as the state's. */
export type PoolSnapshotQueryParameters = PoolStateQueryParameters

/** Query key: ['poolSnapshot', { chainId, pool, incentives? }] (see poolQueryIdentity). */
export function poolSnapshotQueryKey(parameters: PoolSnapshotQueryParameters) {
  return ['poolSnapshot', poolQueryIdentity(parameters)] as const
}

const isNotAPool = (error: Error) => error.name === 'NotAPoolError'

/**
 * A pool's snapshot (state, ticks, USD prices, farm, and the swap figures: volume, realized volatility)
 * for the simulator and the add form's projection. The state comes from poolStateQuery (one read for
 * both); the swaps from the app's log cache (shared with the backtest's scan, and a reload resumes it).
 */
export function poolSnapshotQueryOptions(config: Config, parameters: PoolSnapshotQueryParameters) {
  return queryOptions({
    queryKey: poolSnapshotQueryKey(parameters),
    queryFn: async ({ queryKey, signal, client }) => {
      const { chainId, pool } = queryKey[1]
      const incentives = 'incentives' in queryKey[1] ? queryKey[1].incentives : undefined
      // The chain's catalogue (tokens, route pools, farms): local data, a public chain's token list imported once.
      const catalogue = await loadCatalogue(chainId)
      if (!pool || !catalogue) throw new Error('pool snapshot read without a pool or catalogue')
      const state = await client.fetchQuery(poolStateQueryOptions(config, { chainId, pool, incentives }))
      const figures = await readPoolSwapFigures(publicClientFor(config, chainId), {
        state,
        catalogue,
        signal,
        store: getDefaultLogStore(),
      })
      return { ...state, ...figures }
    },
    enabled: parameters.pool !== undefined && getCatalogueCore(parameters.chainId) !== undefined,
    staleTime: 60_000,
    retry: (failureCount, error) => !isNotAPool(error) && failureCount < 2,
    // Recover by itself after an RPC outage; a non-pool address stays an error.
    refetchInterval: refetchWhileErrored(isNotAPool),
  })
}
