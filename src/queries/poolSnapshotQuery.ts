import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readPoolSnapshot } from '../chain/pools/readPoolSnapshot.ts'
import { simulatorDeployments } from '../chain/pools/simulatorDeployments.ts'
import { publicClientFor } from './client.ts'
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

const isNotAPool = (error: Error) => error.name === 'NotAPoolError'

/** A pool's snapshot (state, ticks, USD prices, farm) for the simulator, pool detail and add liquidity. */
export function poolSnapshotQueryOptions(config: Config, parameters: PoolSnapshotQueryParameters) {
  return queryOptions({
    queryKey: poolSnapshotQueryKey(parameters),
    queryFn: ({ queryKey }) => {
      const { chainId, pool } = queryKey[1]
      const deployments = simulatorDeployments(chainId)
      if (!pool || !deployments) throw new Error('pool snapshot read without a pool or deployments')
      return readPoolSnapshot(publicClientFor(config, chainId), { pool, deployments })
    },
    enabled: parameters.pool !== undefined && simulatorDeployments(parameters.chainId) !== undefined,
    staleTime: 60_000,
    retry: (failureCount, error) => !isNotAPool(error) && failureCount < 2,
    // Recover by itself after an RPC outage; a non-pool address stays an error.
    refetchInterval: refetchWhileErrored(isNotAPool),
  })
}
