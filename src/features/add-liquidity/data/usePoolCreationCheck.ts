import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useClient } from 'wagmi'
import { readPoolCreationCheck } from '../../../chain/pools/readPoolCreationCheck.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { addLiquidityKeys } from './usePoolLiveState.ts'

/** Whether the pool to create already exists, and the same pair's prices elsewhere (read once per target). */
export function usePoolCreationCheck(
  chainId: number,
  factory: Address | undefined,
  target: { token0: Address; token1: Address; fee: number } | undefined,
  samePair: readonly PoolChoice[],
) {
  const client = useClient({ chainId: chainId as never })
  return useQuery({
    queryKey: [...addLiquidityKeys.all, 'creationCheck', { chainId, factory, ...target }] as const,
    queryFn: () => {
      if (!client || !factory || !target) throw new Error('creation check without its parameters')
      return readPoolCreationCheck(client, { factory, ...target, samePair })
    },
    enabled: client !== undefined && factory !== undefined && target !== undefined,
    staleTime: 10_000,
  })
}
