import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { getCatalogueCore } from '../chain/catalogue/getCatalogue.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolHistory } from '../chain/pools/readPoolHistory.ts'
import { resolveHistoryWindow } from '../chain/pools/resolveHistoryWindow.ts'
import type { PoolRow } from '../domain/pools/poolsListTypes.ts'
import { clientFor } from './client.ts'

export interface PoolHistoryQueryParameters {
  chainId: number
  /** The pool's row of the pools list; undefined keeps the query disabled. */
  pool: Pick<PoolRow, 'kind' | 'address' | 'token0' | 'token1'> | undefined
  /** The list's block: history is read up to it. */
  toBlock: bigint | undefined
  /** Chain time of `toBlock` (dates the bounded window on public chains). */
  toTimestamp: number | undefined
}

/** Query key: ['poolHistory', { chainId, pool: { kind, address, decimals0, decimals1 }, toBlock }]. */
export function poolHistoryQueryKey(parameters: PoolHistoryQueryParameters) {
  const { chainId, pool, toBlock, toTimestamp } = parameters
  const identity = pool
    ? {
        kind: pool.kind,
        address: pool.address,
        decimals0: pool.token0.decimals,
        decimals1: pool.token1.decimals,
      }
    : undefined
  return ['poolHistory', { chainId, pool: identity, toBlock, toTimestamp }] as const
}

/**
 * A pool's on-chain price history (and V3 events) up to the list's block (bounded, cached getLogs): from
 * the catalogue's start block where whole histories are affordable, else over the last 7 days of
 * blocks (the answer's `window` says which).
 */
export function poolHistoryQueryOptions(config: Config, parameters: PoolHistoryQueryParameters) {
  return queryOptions({
    queryKey: poolHistoryQueryKey(parameters),
    queryFn: async ({ queryKey }) => {
      const { chainId, pool, toBlock, toTimestamp } = queryKey[1]
      if (!pool || toBlock === undefined || toTimestamp === undefined)
        throw new Error('pool history read without its parameters')
      const client = clientFor(config, chainId)
      const window = await resolveHistoryWindow(client, {
        chainId,
        head: { number: toBlock, timestamp: toTimestamp },
      })
      if (!window) throw new Error('no catalogue for this chain')
      const history = await readPoolHistory(client, {
        chainId,
        pool,
        fromBlock: window.fromBlock,
        toBlock,
        store: getDefaultLogStore(),
      })
      return { ...history, window }
    },
    enabled:
      parameters.pool !== undefined &&
      getCatalogueCore(parameters.chainId) !== undefined &&
      parameters.toBlock !== undefined &&
      parameters.toTimestamp !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  })
}
