import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import { getBlock } from 'viem/actions'
import type { Config } from 'wagmi'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { getPoolsListConfig } from '../chain/pools/poolsListConfig.ts'
import { readV3PoolEvents } from '../chain/pools/readV3PoolEvents.ts'
import { backtestWindow } from '../domain/backtest/backtestWindow.ts'
import { clientFor } from './client.ts'

export interface BacktestWindowQueryParameters {
  chainId: number
  pool: Address
  windowDays: number
}

/** Query key: ['backtestWindow', { chainId, pool, windowDays }] (pool lowercased). */
export function backtestWindowQueryKey(parameters: BacktestWindowQueryParameters) {
  const { chainId, pool, windowDays } = parameters
  return ['backtestWindow', { chainId, pool: pool.toLowerCase() as Address, windowDays }] as const
}

/** Whether the chain has the pool history a backtest replays (its first block is known). */
export function backtestSupported(chainId: number): boolean {
  return getPoolsListConfig(chainId) !== undefined
}

/**
 * The last `windowDays` of chain time of a V3 pool: its events (bounded, cached getLogs) pick the window
 * and its start price. Depends only on the pool and the chain head, so range drags do not refetch it.
 */
export function backtestWindowQueryOptions(
  config: Config,
  parameters: BacktestWindowQueryParameters,
  enabled = true,
) {
  return queryOptions({
    queryKey: backtestWindowQueryKey(parameters),
    queryFn: async ({ queryKey }) => {
      const { chainId, pool, windowDays } = queryKey[1]
      const listConfig = getPoolsListConfig(chainId)
      if (!listConfig) throw new Error('no pool history on this chain')
      const client = clientFor(config, chainId)
      const head = await getBlock(client, { blockTag: 'latest' })
      const events = await readV3PoolEvents(client, {
        chainId,
        pool,
        fromBlock: listConfig.startBlock,
        toBlock: head.number,
        store: getDefaultLogStore(),
      })
      return backtestWindow(events, windowDays, {
        blockNumber: head.number,
        timestamp: Number(head.timestamp),
      })
    },
    enabled: enabled && backtestSupported(parameters.chainId),
    staleTime: 60_000,
  })
}
