import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import { chainHealthQueryOptions, rpcChainIdOf } from '../../queries/chainHealthQuery.ts'
import { staleLagSeconds } from './staleness.ts'

/**
 * checking: first answer pending · ok · stale: answers, but its head lags the wall clock by more than
 * 180 s (public chains only) · unreachable: RPC failed · wrong-chain: RPC serves another chain.
 */
export type ChainHealthStatus = 'checking' | 'ok' | 'stale' | 'unreachable' | 'wrong-chain'

export interface UseChainHealthReturnType {
  chainId: number
  status: ChainHealthStatus
  /** Latest block number seen (kept from the last good answer while the RPC is down). */
  blockNumber: bigint | undefined
  /** Seconds the head lags the wall clock when the node is stale, else null. */
  staleLagSeconds: number | null
  /** Chain id the RPC reported when it differs from the selected one. */
  rpcChainId: number | undefined
  error: Error | null
  /** ms epoch of the last good answer; pages use it to mark figures stale. */
  updatedAtMs: number | undefined
  isFetching: boolean
  retry: () => void
}

/** Health of the RPC of the selected chain, polled; the source of "figures as of block N". */
export function useChainHealth(): UseChainHealthReturnType {
  const chainId = useChainId()
  const config = useConfig()
  const query = useQuery(chainHealthQueryOptions(config, chainId))
  const rpcChainId = rpcChainIdOf(query.error)

  let status: ChainHealthStatus = 'checking'
  if (rpcChainId !== undefined) status = 'wrong-chain'
  else if (query.error) status = 'unreachable'
  else if (query.data) status = 'ok'
  // Judged at each poll's render against the wall clock at that moment.
  const lag =
    query.data && !query.error ? staleLagSeconds(chainId, query.data.blockTimestamp, Date.now()) : null
  if (status === 'ok' && lag !== null) status = 'stale'

  return {
    chainId,
    status,
    blockNumber: query.data?.blockNumber,
    staleLagSeconds: lag,
    rpcChainId,
    error: query.error,
    updatedAtMs: query.data ? query.dataUpdatedAt : undefined,
    isFetching: query.isFetching,
    retry: () => void query.refetch(),
  }
}

const selectBlockNumber = (health: { blockNumber: bigint }) => health.blockNumber

/**
 * The latest block number of the selected chain, from the same health poll, for pages that only
 * need "as of block N": unlike useChainHealth it re-renders only when the number changes, not twice
 * per poll (fetching, then fetched), which re-rendered whole pages and their charts every 2 s.
 */
export function useLatestBlockNumber(): bigint | undefined {
  const chainId = useChainId()
  const config = useConfig()
  return useQuery({ ...chainHealthQueryOptions(config, chainId), select: selectBlockNumber }).data
}
