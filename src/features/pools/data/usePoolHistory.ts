import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import type { PoolRow } from '../../../domain/pools/poolsListTypes.ts'
import { poolHistoryQueryOptions } from '../../../queries/poolHistoryQuery.ts'

/** A pool's on-chain price history (and V3 events) up to the list's block; disabled until both exist. */
export function usePoolHistory(
  row: PoolRow | undefined,
  head: { blockNumber: bigint; timestamp: number } | undefined,
) {
  const chainId = useChainId()
  return useQuery(
    poolHistoryQueryOptions(useConfig(), {
      chainId,
      pool: row,
      toBlock: head?.blockNumber,
      toTimestamp: head?.timestamp,
    }),
  )
}
