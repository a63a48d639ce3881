import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useClient } from 'wagmi'
import { getDefaultLogStore } from '../../chain/history/logStore.ts'
import { readPoolPriceHistory } from '../../chain/history/readPoolPriceHistory.ts'

export interface UsePoolPriceHistoryParameters {
  chainId: number
  pool: Address
  protocol: 'v2' | 'v3'
  /** First block of the position's history; undefined while the history loads. */
  fromBlock: bigint | undefined
  toBlock: bigint
}

/** The pool's price path since the position opened (Swap/Sync logs, cached in IndexedDB). */
export function usePoolPriceHistory({
  chainId,
  pool,
  protocol,
  fromBlock,
  toBlock,
}: UsePoolPriceHistoryParameters) {
  const client = useClient()
  return useQuery({
    queryKey: ['positions', 'poolPriceHistory', { chainId, pool, protocol, fromBlock, toBlock }],
    queryFn: () => {
      if (!client || fromBlock === undefined) throw new Error('price history ran without its parameters')
      return readPoolPriceHistory(client, {
        pool,
        protocol,
        chainId,
        fromBlock,
        toBlock,
        store: getDefaultLogStore(),
      })
    },
    enabled: client !== undefined && fromBlock !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    retry: 2,
  })
}
