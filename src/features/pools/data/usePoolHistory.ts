import { useQuery } from '@tanstack/react-query'
import { useChainId, useClient } from 'wagmi'
import { getDefaultLogStore } from '../../../chain/history/logStore.ts'
import { readPoolHistory } from '../../../chain/pools/readPoolHistory.ts'
import type { PoolRow } from '../../../domain/pools/poolsListTypes.ts'
import { catalogueQueryOptions } from '../../../queries/catalogueQuery.ts'
import { poolsQueryKeys } from '../../../queries/poolsListQuery.ts'

/** A pool's on-chain price history (and V3 events) up to the list's block; disabled until both exist. */
export function usePoolHistory(row: PoolRow | undefined, toBlock: bigint | undefined) {
  const chainId = useChainId()
  const client = useClient({ chainId })
  const catalogue = useQuery(catalogueQueryOptions(chainId)).data
  // Whole-history scans only where the catalogue says they are affordable (the devnet).
  const fromBlock = catalogue?.fullHistory ? BigInt(catalogue.startBlock) : undefined
  return useQuery({
    queryKey: [...poolsQueryKeys.history(chainId, row?.address ?? ''), { toBlock: toBlock?.toString() }],
    queryFn: () => {
      if (!client || !row || fromBlock === undefined || toBlock === undefined)
        throw new Error('missing pool or client')
      return readPoolHistory(client, {
        chainId,
        pool: {
          kind: row.kind,
          address: row.address,
          decimals0: row.token0.decimals,
          decimals1: row.token1.decimals,
        },
        fromBlock,
        toBlock,
        store: getDefaultLogStore(),
      })
    },
    enabled: client !== undefined && row !== undefined && fromBlock !== undefined && toBlock !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  })
}
