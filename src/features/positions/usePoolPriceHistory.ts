import { useQuery } from '@tanstack/react-query'
import { useConfig } from 'wagmi'
import {
  type PoolPriceHistoryQueryParameters,
  poolPriceHistoryQueryOptions,
} from '../../queries/poolPriceHistoryQuery.ts'

export type UsePoolPriceHistoryParameters = PoolPriceHistoryQueryParameters

/** The pool's price path since the position opened (Swap/Sync logs, cached in IndexedDB). */
export function usePoolPriceHistory(parameters: UsePoolPriceHistoryParameters) {
  return useQuery(poolPriceHistoryQueryOptions(useConfig(), parameters))
}
