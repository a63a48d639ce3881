import { queryOptions } from '@tanstack/react-query'
import type { Address, PublicClient } from 'viem'
import type { Config } from 'wagmi'
import { getPublicClient } from 'wagmi/actions'
import { getCatalogueCore, loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import { readPoolState } from '../chain/pools/readPoolSnapshot.ts'
import type { V3IncentiveInfo } from '../domain/catalogue/types.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

const isNotAPool = (error: Error) => error.name === 'NotAPoolError'

export interface PoolStateQueryParameters {
  chainId: number
  pool: Address | undefined
  /**
   * Staker incentives found from logs (v3IncentivesQuery), merged with the catalogue's. Only the pool's
   * own are in the key: another pool's new incentive does not re-read this one.
   */
  incentives?: readonly V3IncentiveInfo[] | undefined
}

/** A pool query's identity: { chainId, pool } (pool lowercased), plus the pool's discovered `incentives` (by id). */
export function poolQueryIdentity(parameters: PoolStateQueryParameters) {
  const pool = parameters.pool?.toLowerCase() as Address | undefined
  const incentives = (parameters.incentives ?? [])
    .filter((incentive) => pool !== undefined && incentive.pool.toLowerCase() === pool)
    .sort((a, b) => a.incentiveId.localeCompare(b.incentiveId))
  return { chainId: parameters.chainId, pool, ...(incentives.length > 0 ? { incentives } : {}) }
}

/**
 * The chain's client with viem's public actions attached (the snapshot reader calls `client.multicall`).
 * Kept here, not in ./client.ts: getPublicClient pulls every public action, which must stay out of the
 * initial JS (measured: +~40 KB gzip when the health poll's module imported it).
 */
export function publicClientFor(config: Config, chainId: number): PublicClient {
  const client = getPublicClient(config, { chainId: chainId as never })
  if (!client) throw new Error(`No RPC connection for chain ${chainId}.`)
  return client as PublicClient
}

/** Query key: ['poolState', { chainId, pool, incentives? }] (see poolQueryIdentity). */
export function poolStateQueryKey(parameters: PoolStateQueryParameters) {
  return ['poolState', poolQueryIdentity(parameters)] as const
}

/**
 * A pool's current state (price, liquidity, initialized ticks, USD prices, farm), no log: what the range
 * chart and the histogram draw from while the swap figures (poolSnapshotQuery) still scan logs. The
 * snapshot query builds on this one, so a page that shows both reads the state once.
 */
export function poolStateQueryOptions(config: Config, parameters: PoolStateQueryParameters) {
  return queryOptions({
    queryKey: poolStateQueryKey(parameters),
    queryFn: async ({ queryKey, signal }) => {
      const { chainId, pool } = queryKey[1]
      const incentives = 'incentives' in queryKey[1] ? queryKey[1].incentives : undefined
      const catalogue = await loadCatalogue(chainId)
      if (!pool || !catalogue) throw new Error('pool state read without a pool or catalogue')
      return readPoolState(publicClientFor(config, chainId), { pool, catalogue, signal, incentives })
    },
    enabled: parameters.pool !== undefined && getCatalogueCore(parameters.chainId) !== undefined,
    staleTime: 60_000,
    retry: (failureCount, error) => !isNotAPool(error) && failureCount < 2,
    // Recover by itself after an RPC outage; a non-pool address stays an error.
    refetchInterval: refetchWhileErrored(isNotAPool),
  })
}
