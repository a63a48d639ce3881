import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { poolCreationCheckQueryOptions } from '../../../queries/poolCreationCheckQuery.ts'

/** Whether the pool to create already exists, and the same pair's prices elsewhere (read once per target). */
export function usePoolCreationCheck(
  chainId: number,
  factory: Address | undefined,
  target: { token0: Address; token1: Address; fee: number } | undefined,
  samePair: readonly PoolChoice[],
) {
  const config = useConfig()
  return useQuery(poolCreationCheckQueryOptions(config, { chainId, factory, target, samePair }))
}
