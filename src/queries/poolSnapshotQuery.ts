import { queryOptions } from '@tanstack/react-query'
import type { Address, PublicClient } from 'viem'
import type { Config } from 'wagmi'
import { getPublicClient } from 'wagmi/actions'
import { getCatalogueCore, loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolSnapshot } from '../chain/pools/readPoolSnapshot.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

export interface PoolSnapshotQueryParameters {
  chainId: number
  pool: Address | undefined
}

/** Query key: ['poolSnapshot', { chainId, pool }] (pool lowercased). */
export function poolSnapshotQueryKey(parameters: PoolSnapshotQueryParameters) {
  return [
    'poolSnapshot',
    { chainId: parameters.chainId, pool: parameters.pool?.toLowerCase() as Address | undefined },
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
      // The chain's catalogue (tokens, route pools, farms): local data, a public chain's token list imported once.
      const catalogue = await loadCatalogue(chainId)
      if (!pool || !catalogue) throw new Error('pool snapshot read without a pool or catalogue')
      // The app's log cache: the Swap scan is shared with the backtest's (and a reload resumes it).
      return readPoolSnapshot(publicClientFor(config, chainId), {
        pool,
        catalogue,
        signal,
        store: getDefaultLogStore(),
      })
    },
    enabled: parameters.pool !== undefined && getCatalogueCore(parameters.chainId) !== undefined,
    staleTime: 60_000,
    retry: (failureCount, error) => !isNotAPool(error) && failureCount < 2,
    // Recover by itself after an RPC outage; a non-pool address stays an error.
    refetchInterval: refetchWhileErrored(isNotAPool),
  })
}
