import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { getPoolsListConfig } from '../chain/pools/poolsListConfig.ts'
import { readPoolHistory } from '../chain/pools/readPoolHistory.ts'
import type { PoolRow } from '../domain/pools/poolsListTypes.ts'
import { clientFor } from './client.ts'

export interface PoolHistoryQueryParameters {
  chainId: number
  /** The pool's row of the pools list; undefined keeps the query disabled. */
  pool: Pick<PoolRow, 'kind' | 'address' | 'token0' | 'token1'> | undefined
  /** The list's block: history is read up to it. */
  toBlock: bigint | undefined
}

/** Query key: ['poolHistory', { chainId, pool: { kind, address, decimals0, decimals1 }, toBlock }]. */
export function poolHistoryQueryKey(parameters: PoolHistoryQueryParameters) {
  const { chainId, pool, toBlock } = parameters
  const identity = pool
    ? {
        kind: pool.kind,
        address: pool.address,
        decimals0: pool.token0.decimals,
        decimals1: pool.token1.decimals,
      }
    : undefined
  return ['poolHistory', { chainId, pool: identity, toBlock }] as const
}

/** A pool's on-chain price history (and V3 events) up to the list's block (bounded, cached getLogs). */
export function poolHistoryQueryOptions(config: Config, parameters: PoolHistoryQueryParameters) {
  return queryOptions({
    queryKey: poolHistoryQueryKey(parameters),
    queryFn: ({ queryKey }) => {
      const { chainId, pool, toBlock } = queryKey[1]
      const listConfig = getPoolsListConfig(chainId)
      if (!pool || !listConfig || toBlock === undefined)
        throw new Error('pool history read without its parameters')
      return readPoolHistory(clientFor(config, chainId), {
        chainId,
        pool,
        fromBlock: listConfig.startBlock,
        toBlock,
        store: getDefaultLogStore(),
      })
    },
    enabled:
      parameters.pool !== undefined &&
      getPoolsListConfig(parameters.chainId) !== undefined &&
      parameters.toBlock !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  })
}
