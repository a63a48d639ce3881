import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import { getBlock } from 'viem/actions'
import type { Config } from 'wagmi'
import { getCatalogueCore } from '../chain/catalogue/getCatalogue.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readPoolPriceHistory } from '../chain/history/readPoolPriceHistory.ts'
import { resolveHistoryWindow } from '../chain/pools/resolveHistoryWindow.ts'
import { ticksInWindow } from '../domain/actions/rangePresets.ts'
import { clientFor } from './client.ts'

export interface PoolRecentTicksQueryParameters {
  chainId: number
  pool: Address
  days: number
}

/** Query key: ['poolRecentTicks', { chainId, pool, days }] (pool lowercased). */
export function poolRecentTicksQueryKey(parameters: PoolRecentTicksQueryParameters) {
  const { chainId, pool, days } = parameters
  return ['poolRecentTicks', { chainId, pool: pool.toLowerCase() as Address, days }] as const
}

/**
 * The ticks a V3 pool traded at over the last `days` of chain time (its Swap logs through the cached,
 * bounded getLogs; the scan opens at or before the window), for the "around the 30-day range" preset.
 * `ticks` is null when the window cannot be told from the logs (ticksInWindow).
 */
export function poolRecentTicksQueryOptions(
  config: Config,
  parameters: PoolRecentTicksQueryParameters,
  enabled = true,
) {
  return queryOptions({
    queryKey: poolRecentTicksQueryKey(parameters),
    queryFn: async ({ queryKey }) => {
      const { chainId, pool, days } = queryKey[1]
      const client = clientFor(config, chainId)
      const head = await getBlock(client, { blockTag: 'latest' })
      const timestamp = Number(head.timestamp)
      const window = await resolveHistoryWindow(client, {
        chainId,
        head: { number: head.number, timestamp },
        days: days + 1,
      })
      if (!window) throw new Error('no pool history on this chain')
      const points = await readPoolPriceHistory(client, {
        pool,
        protocol: 'v3',
        chainId,
        fromBlock: window.fromBlock,
        toBlock: head.number,
        store: getDefaultLogStore(),
      })
      return { ticks: ticksInWindow(points, timestamp, days), headBlock: head.number }
    },
    enabled: enabled && getCatalogueCore(parameters.chainId) !== undefined,
    staleTime: 60_000,
    retry: 2,
  })
}
