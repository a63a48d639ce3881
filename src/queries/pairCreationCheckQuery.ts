import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readPairCreationCheck } from '../chain/pools/readPairCreationCheck.ts'
import type { PoolChoice } from '../domain/catalogue/poolChoice.ts'
import { clientFor } from './client.ts'

export interface PairCreationCheckQueryParameters {
  chainId: number
  factory: Address | undefined
  /** The pair to create (either order); undefined keeps the query disabled. */
  target: { tokenA: Address; tokenB: Address } | undefined
  /** The listed pools of the same pair, whose prices the typed ratio is compared with. */
  samePair: readonly PoolChoice[]
  /** Latest block from the chain-health poll: a new block reads getPair again (a pair created meanwhile). */
  blockNumber: bigint | undefined
}

/** Query key: ['pairCreationCheck', { chainId, factory, target, samePair, blockNumber }]. */
export function pairCreationCheckQueryKey(parameters: PairCreationCheckQueryParameters) {
  const { chainId, factory, target, samePair, blockNumber } = parameters
  return ['pairCreationCheck', { chainId, factory, target, samePair, blockNumber }] as const
}

/** Whether the V2 pair to create already exists (factory.getPair), and the same pair's prices elsewhere. */
export function pairCreationCheckQueryOptions(config: Config, parameters: PairCreationCheckQueryParameters) {
  return queryOptions({
    queryKey: pairCreationCheckQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, factory, target, samePair } = queryKey[1]
      if (!factory || !target) throw new Error('pair creation check without its parameters')
      return readPairCreationCheck(clientFor(config, chainId), { factory, ...target, samePair, signal })
    },
    enabled: parameters.factory !== undefined && parameters.target !== undefined,
    // The previous block's answer for the SAME pair shows while the next one is read (no flicker back to
    // "checking"); another pair never inherits it.
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[1]
      const same =
        before?.chainId === parameters.chainId &&
        before.factory === parameters.factory &&
        before.target?.tokenA === parameters.target?.tokenA &&
        before.target?.tokenB === parameters.target?.tokenB
      return same ? previous : undefined
    },
  })
}
