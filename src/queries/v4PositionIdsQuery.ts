import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { getPositionsConfig } from '../chain/catalogue/positionsConfig.ts'
import { findV4TokenIds } from '../chain/history/findV4TokenIds.ts'
import { getDefaultLogStore, type LogStore } from '../chain/history/logStore.ts'
import { clientFor } from './client.ts'
import { PER_BLOCK_GC_TIME_MS, POSITIONS_RETRIES, positionsRetryDelay } from './positionsQuery.ts'

export interface V4PositionIdsQueryParameters {
  chainId: number
  account: Address | undefined
  /** The head the Transfer-log scan runs to (the chain-health poll's block). */
  blockNumber: bigint | undefined
}

/** Query key: ['v4PositionIds', { chainId, account, blockNumber }]. */
export function v4PositionIdsQueryKey(parameters: V4PositionIdsQueryParameters) {
  const { chainId, account, blockNumber } = parameters
  return ['v4PositionIds', { chainId, account, blockNumber }] as const
}

/** Whether Poolscope reads V4 positions on `chainId`. */
export const hasV4Positions = (chainId: number) => getPositionsConfig(chainId)?.v4 !== undefined

/**
 * Query options of the V4 PositionManager token ids an account holds, from the PositionManager's Transfer
 * logs (a cached, reorg-checked scan from its deployment; a new block extends it). Part of the history
 * budget, not of the current-state load. Disabled on a chain without V4 in Poolscope.
 */
export function v4PositionIdsQueryOptions(
  config: Config,
  parameters: V4PositionIdsQueryParameters,
  store: LogStore = getDefaultLogStore(),
) {
  return queryOptions({
    gcTime: PER_BLOCK_GC_TIME_MS,
    queryKey: v4PositionIdsQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, account, blockNumber } = queryKey[1]
      const v4 = getPositionsConfig(chainId)?.v4
      if (!v4 || !account || blockNumber === undefined)
        throw new Error('V4 position ids query ran without its parameters')
      return findV4TokenIds(clientFor(config, chainId), {
        chainId,
        account,
        v4,
        store,
        toBlock: blockNumber,
        signal,
      })
    },
    enabled:
      hasV4Positions(parameters.chainId) &&
      parameters.account !== undefined &&
      parameters.blockNumber !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: POSITIONS_RETRIES,
    retryDelay: positionsRetryDelay,
  })
}
