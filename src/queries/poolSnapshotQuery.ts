import { queryOptions } from '@tanstack/react-query'
import type { Address, PublicClient } from 'viem'
import type { Config } from 'wagmi'
import { getPublicClient } from 'wagmi/actions'
import { getCatalogueCore, loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolSnapshot } from '../chain/pools/readPoolSnapshot.ts'
import type { V3IncentiveInfo } from '../domain/catalogue/types.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

export interface PoolSnapshotQueryParameters {
  chainId: number
  pool: Address | undefined
  /**
   * Staker incentives found from logs (v3IncentivesQuery), merged with the catalogue's. Only the pool's
   * own are in the key: another pool's new incentive does not re-read this one.
   */
  incentives?: readonly V3IncentiveInfo[] | undefined
}

/**
 * Query key: ['poolSnapshot', { chainId, pool }] (pool lowercased), plus `incentives` (the pool's
 * discovered ones, by id) when any were given.
 */
export function poolSnapshotQueryKey(parameters: PoolSnapshotQueryParameters) {
  const pool = parameters.pool?.toLowerCase() as Address | undefined
  const incentives = (parameters.incentives ?? [])
    .filter((incentive) => pool !== undefined && incentive.pool.toLowerCase() === pool)
    .sort((a, b) => a.incentiveId.localeCompare(b.incentiveId))
  return [
    'poolSnapshot',
    { chainId: parameters.chainId, pool, ...(incentives.length > 0 ? { incentives } : {}) },
  ] as const
}

/**
 * The chain's client with viem's public actions attached (the snapshot reader calls `client.multicall`).
 * Kept here, not in ./client.ts: getPublicClient pulls every public action, which must stay out of the
 * initial JS (measured: +~40 KB gzip when the health poll's module imported it).
 */
function publicClientFor(config: Config, chainId: number): PublicClient {
  const client = getPublicClient(config, { chainId: chainId as never })
  if (!client) throw new Error(`No RPC connection for chain ${chainId}.`)
  return client as PublicClient
}

const isNotAPool = (error: Error) => error.name === 'NotAPoolError'

/** A pool's snapshot (state, ticks, USD prices, farm) for the simulator, pool detail and add liquidity. */
export function poolSnapshotQueryOptions(config: Config, parameters: PoolSnapshotQueryParameters) {
  return queryOptions({
    queryKey: poolSnapshotQueryKey(parameters),
    queryFn: async ({ queryKey, signal }) => {
      const { chainId, pool } = queryKey[1]
      const incentives = 'incentives' in queryKey[1] ? queryKey[1].incentives : undefined
      // The chain's catalogue (tokens, route pools, farms): local data, a public chain's token list imported once.
      const catalogue = await loadCatalogue(chainId)
      if (!pool || !catalogue) throw new Error('pool snapshot read without a pool or catalogue')
      // The app's log cache: the Swap scan is shared with the backtest's (and a reload resumes it).
      return readPoolSnapshot(publicClientFor(config, chainId), {
        pool,
        catalogue,
        signal,
        store: getDefaultLogStore(),
        incentives,
      })
    },
    enabled: parameters.pool !== undefined && getCatalogueCore(parameters.chainId) !== undefined,
    staleTime: 60_000,
    retry: (failureCount, error) => !isNotAPool(error) && failureCount < 2,
    // Recover by itself after an RPC outage; a non-pool address stays an error.
    refetchInterval: refetchWhileErrored(isNotAPool),
  })
}
