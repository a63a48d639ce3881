import { queryOptions } from '@tanstack/react-query'
import type { Client } from 'viem'
import { readChainHealth } from '../chain/readChainHealth.ts'
import { isDevnetChain } from '../config/devnetChain.ts'

/** Poll cadence: the devnet mines on demand and is local; public chains are polled gently. */
const DEVNET_POLL_MS = 2_000
const PUBLIC_POLL_MS = 12_000

/** Query key of the health check of `chainId`: ['chainHealth', { chainId }]. */
export function chainHealthQueryKey(chainId: number) {
  return ['chainHealth', { chainId }] as const
}

/**
 * Query options for the chain-health poll (eth_chainId + latest block). Shared by the RPC banner
 * and by pages that print "as of block N".
 */
export function chainHealthQueryOptions(client: Client | undefined, chainId: number) {
  return queryOptions({
    queryKey: chainHealthQueryKey(chainId),
    queryFn: () => {
      if (!client) throw new Error('No client for the selected chain.')
      return readChainHealth(client, chainId)
    },
    enabled: client !== undefined,
    refetchInterval: isDevnetChain(chainId) ? DEVNET_POLL_MS : PUBLIC_POLL_MS,
    // One quick retry hides a blip; longer outages surface in the banner within seconds.
    retry: 1,
    retryDelay: 500,
    staleTime: 0,
  })
}
