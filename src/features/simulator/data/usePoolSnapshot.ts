import { useQuery } from '@tanstack/react-query'
import type { Address, PublicClient } from 'viem'
import { useChainId, usePublicClient } from 'wagmi'
import { readPoolSnapshot } from '../../../chain/pools/readPoolSnapshot.ts'
import { DEVNET_CHAIN_ID } from '../../../config/devnetChain.ts'
import { devnetDeployments } from '../../../config/devnetDeployments.ts'
import type { Deployments } from '../../../domain/catalogue/types.ts'
import { refetchWhileErrored } from '../../../queries/refetchWhileErrored.ts'

/** The deployments (tokens, pools, farms, USD token) the simulator knows for a chain. */
export function simulatorDeployments(chainId: number): Deployments | undefined {
  return chainId === DEVNET_CHAIN_ID ? devnetDeployments : undefined
}

/** Query key: ['simulator', 'snapshot', { chainId, pool }]. */
export function poolSnapshotQueryKey(chainId: number, pool: Address | undefined) {
  return ['simulator', 'snapshot', { chainId, pool: pool?.toLowerCase() }] as const
}

/** The pool's snapshot for the simulator; disabled until a pool and a client exist. */
export function usePoolSnapshot(pool: Address | undefined) {
  const chainId = useChainId()
  const client = usePublicClient({ chainId })
  const deployments = simulatorDeployments(chainId)
  return useQuery({
    queryKey: poolSnapshotQueryKey(chainId, pool),
    queryFn: () => {
      if (!client || !pool || !deployments) throw new Error('no client, pool or deployments')
      // wagmi's client is chain-specific; the reader only needs the generic public actions.
      return readPoolSnapshot(client as unknown as PublicClient, { pool, deployments })
    },
    enabled: Boolean(client && pool && deployments),
    staleTime: 60_000,
    retry: (failureCount, error) => error.name !== 'NotAPoolError' && failureCount < 2,
    // Recover by itself after an RPC outage; a non-pool address stays an error.
    refetchInterval: refetchWhileErrored((error) => error.name === 'NotAPoolError'),
  })
}
