import { queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { RpcChainIdMismatchError } from '../chain/RpcChainIdMismatchError.ts'
import { readChainHealth } from '../chain/readChainHealth.ts'
import { crossCheckBlockHash } from '../config/chainTransport.ts'
import { isDevnetChain } from '../config/devnetChain.ts'
import { clientFor } from './client.ts'

/** Poll cadence: the devnet mines on demand and is local; public chains are polled gently. */
const DEVNET_POLL_MS = 2_000
const PUBLIC_POLL_MS = 12_000

/** The head's hash is cross-checked against the second RPC on every devnet poll, every 5th public one. */
const DEVNET_HASH_CHECK_EVERY = 1
const PUBLIC_HASH_CHECK_EVERY = 5
const pollCounts = new Map<number, number>()

/** Query key of the health check of `chainId`: ['chainHealth', { chainId }]. */
export function chainHealthQueryKey(chainId: number) {
  return ['chainHealth', { chainId }] as const
}

/**
 * Query options for the chain-health poll (eth_chainId + latest block header). Shared by the RPC
 * banner, the stale-node banner and pages that print "as of block N"; with a second RPC it also
 * cross-checks the head's hash (see `rpcCrossCheck.ts`).
 */
export function chainHealthQueryOptions(config: Config, chainId: number) {
  return queryOptions({
    queryKey: chainHealthQueryKey(chainId),
    queryFn: async ({ queryKey }) => {
      const { chainId } = queryKey[1]
      const health = await readChainHealth(clientFor(config, chainId), chainId)
      const count = (pollCounts.get(chainId) ?? 0) + 1
      pollCounts.set(chainId, count)
      const every = isDevnetChain(chainId) ? DEVNET_HASH_CHECK_EVERY : PUBLIC_HASH_CHECK_EVERY
      // Not awaited: the witness being slow must not delay "as of block N".
      if ((count - 1) % every === 0) void crossCheckBlockHash(chainId, health.blockNumber, health.blockHash)
      return health
    },
    refetchInterval: isDevnetChain(chainId) ? DEVNET_POLL_MS : PUBLIC_POLL_MS,
    // One quick retry hides a blip; longer outages surface in the banner within seconds.
    retry: 1,
    retryDelay: 500,
    staleTime: 0,
  })
}

/** The chain id the RPC reported when a health check failed because it serves another chain, else undefined. */
export function rpcChainIdOf(error: Error | null): number | undefined {
  return error instanceof RpcChainIdMismatchError ? error.rpcChainId : undefined
}
