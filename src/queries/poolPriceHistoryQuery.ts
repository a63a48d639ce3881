import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolPriceHistory } from '../chain/history/readPoolPriceHistory.ts'
import { clientFor } from './client.ts'

export interface PoolPriceHistoryQueryParameters {
  chainId: number
  pool: Address
  protocol: 'v2' | 'v3'
  /** First block of the position's history; undefined while the history loads. */
  fromBlock: bigint | undefined
  toBlock: bigint
}

/** Query key: ['poolPriceHistory', { chainId, pool, protocol, fromBlock, toBlock }]. */
export function poolPriceHistoryQueryKey(parameters: PoolPriceHistoryQueryParameters) {
  const { chainId, pool, protocol, fromBlock, toBlock } = parameters
  return ['poolPriceHistory', { chainId, pool, protocol, fromBlock, toBlock }] as const
}

/** The pool's price path since a position opened (Swap/Sync logs, cached in IndexedDB). */
export function poolPriceHistoryQueryOptions(config: Config, parameters: PoolPriceHistoryQueryParameters) {
  return queryOptions({
    queryKey: poolPriceHistoryQueryKey(parameters),
    queryFn: ({ queryKey }) => {
      const { chainId, pool, protocol, fromBlock, toBlock } = queryKey[1]
      if (fromBlock === undefined) throw new Error('price history ran without its parameters')
      return readPoolPriceHistory(clientFor(config, chainId), {
        pool,
        protocol,
        chainId,
        fromBlock,
        toBlock,
        store: getDefaultLogStore(),
      })
    },
    enabled: parameters.fromBlock !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: 2,
  })
}
