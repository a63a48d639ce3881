import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { pairCreationCheckQueryOptions } from '../../../queries/pairCreationCheckQuery.ts'
import { useChainHealth } from '../../chain-status/useChainHealth.ts'

/**
 * Whether the V2 pair to create exists (factory.getPair), read again every block, and `recheck`: the same
 * read forced fresh, right before the flow starts (a pair created since the last block stops it).
 */
export function usePairCreationCheck(
  chainId: number,
  factory: Address | undefined,
  target: { tokenA: Address; tokenB: Address } | undefined,
  samePair: readonly PoolChoice[],
) {
  const config = useConfig()
  const queryClient = useQueryClient()
  const { blockNumber } = useChainHealth()
  const query = useQuery(
    pairCreationCheckQueryOptions(config, { chainId, factory, target, samePair, blockNumber }),
  )
  const recheck = useCallback(
    () =>
      queryClient.fetchQuery({
        ...pairCreationCheckQueryOptions(config, { chainId, factory, target, samePair, blockNumber }),
        staleTime: 0,
      }),
    [queryClient, config, chainId, factory, target, samePair, blockNumber],
  )
  return { ...query, recheck }
}
