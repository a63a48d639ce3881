import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { getDefaultLogStore, type LogStore } from '../chain/history/logStore.ts'
import { readVersusHolding } from '../chain/history/readVersusHolding.ts'
import { getPositionsConfig, withImportedPairs } from '../chain/positionsConfig.ts'
import type { V2PairInfo } from '../domain/catalogue/types.ts'
import type { PositionsSnapshot } from '../domain/positions/model.ts'
import { clientFor } from './client.ts'
import { PER_BLOCK_GC_TIME_MS, POSITIONS_RETRIES, positionsRetryDelay } from './positionsQuery.ts'

export interface VersusHoldingQueryParameters {
  /** The loaded positions snapshot the history is read for (its chain, account and block). */
  snapshot: PositionsSnapshot | undefined
  importedPairs?: readonly V2PairInfo[]
}

/** Query key: ['versusHolding', { chainId, account, blockNumber, importedPairs }] of the snapshot. */
export function versusHoldingQueryKey(parameters: VersusHoldingQueryParameters) {
  const { snapshot, importedPairs = [] } = parameters
  return [
    'versusHolding',
    {
      chainId: snapshot?.chainId,
      account: snapshot?.account,
      blockNumber: snapshot?.blockNumber,
      importedPairs,
    },
  ] as const
}

/**
 * Query options of the "versus holding" figures of a loaded snapshot (event history, cached). The
 * snapshot itself is not in the key (it is large): its chain, account and block identify it.
 */
export function versusHoldingQueryOptions(
  config: Config,
  parameters: VersusHoldingQueryParameters,
  store: LogStore = getDefaultLogStore(),
) {
  const { snapshot } = parameters
  const positionsConfig = snapshot ? getPositionsConfig(snapshot.chainId) : undefined
  return queryOptions({
    gcTime: PER_BLOCK_GC_TIME_MS,
    queryKey: versusHoldingQueryKey(parameters),
    queryFn: ({ queryKey }) => {
      const { chainId, importedPairs } = queryKey[1]
      const base = chainId === undefined ? undefined : getPositionsConfig(chainId)
      if (!snapshot || !base || chainId === undefined)
        throw new Error('versus-holding query ran without its parameters')
      return readVersusHolding(clientFor(config, chainId), {
        config: withImportedPairs(base, importedPairs),
        store,
        snapshot,
      })
    },
    enabled: snapshot !== undefined && positionsConfig !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: POSITIONS_RETRIES,
    retryDelay: positionsRetryDelay,
  })
}
