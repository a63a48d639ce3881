import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readPoolCreationCheck } from '../chain/pools/readPoolCreationCheck.ts'
import type { PoolChoice } from '../domain/catalogue/poolChoice.ts'
import { clientFor } from './client.ts'

export interface PoolCreationCheckQueryParameters {
  chainId: number
  factory: Address | undefined
  /** The pool to create; undefined keeps the query disabled. */
  target: { token0: Address; token1: Address; fee: number } | undefined
  /** The listed pools of the same pair, whose prices the new pool's price is compared with. */
  samePair: readonly PoolChoice[]
}

/** Query key: ['poolCreationCheck', { chainId, factory, target, samePair }]. */
export function poolCreationCheckQueryKey(parameters: PoolCreationCheckQueryParameters) {
  const { chainId, factory, target, samePair } = parameters
  return ['poolCreationCheck', { chainId, factory, target, samePair }] as const
}

/** Whether the pool to create already exists, and the same pair's prices elsewhere (read once per target). */
export function poolCreationCheckQueryOptions(config: Config, parameters: PoolCreationCheckQueryParameters) {
  return queryOptions({
    queryKey: poolCreationCheckQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, factory, target, samePair } = queryKey[1]
      if (!factory || !target) throw new Error('creation check without its parameters')
      return readPoolCreationCheck(clientFor(config, chainId), { factory, ...target, samePair, signal })
    },
    enabled: parameters.factory !== undefined && parameters.target !== undefined,
    staleTime: 10_000,
  })
}
