import { useQuery } from '@tanstack/react-query'
import type { Address, PublicClient } from 'viem'
import { useChainId, usePublicClient } from 'wagmi'
import { readPoolSnapshot } from '../../../chain/pools/readPoolSnapshot.ts'
import { catalogueQueryOptions } from '../../../queries/catalogueQuery.ts'
import { refetchWhileErrored } from '../../../queries/refetchWhileErrored.ts'

/** Query key: ['simulator', 'snapshot', { chainId, pool }]. */
export function poolSnapshotQueryKey(chainId: number, pool: Address | undefined) {
  return ['simulator', 'snapshot', { chainId, pool: pool?.toLowerCase() }] as const
}

/** The pool's snapshot for the simulator; disabled until a pool, a client and the chain's catalogue exist. */
export function usePoolSnapshot(pool: Address | undefined) {
  const chainId = useChainId()
  const client = usePublicClient({ chainId })
  const catalogue = useQuery(catalogueQueryOptions(chainId)).data ?? undefined
  return useQuery({
    queryKey: poolSnapshotQueryKey(chainId, pool),
    queryFn: () => {
      if (!client || !pool || !catalogue) throw new Error('no client, pool or catalogue')
      // wagmi's client is chain-specific; the reader only needs the generic public actions.
      return readPoolSnapshot(client as unknown as PublicClient, { pool, catalogue })
    },
    enabled: Boolean(client && pool && catalogue),
    staleTime: 60_000,
    retry: (failureCount, error) => error.name !== 'NotAPoolError' && failureCount < 2,
    // Recover by itself after an RPC outage; a non-pool address stays an error.
    refetchInterval: refetchWhileErrored((error) => error.name === 'NotAPoolError'),
  })
}
