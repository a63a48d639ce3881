import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { getPositionsConfig } from '../chain/catalogue/positionsConfig.ts'
import { getDefaultLogStore, type LogStore } from '../chain/history/logStore.ts'
import { readVersusHolding } from '../chain/history/readVersusHolding.ts'
import type { V2PairInfo, V3IncentiveInfo } from '../domain/catalogue/types.ts'
import type { PositionsSnapshot } from '../domain/positions/model.ts'
import { clientFor } from './client.ts'
import { historyProgressKey, reportHistoryProgress } from './historyProgress.ts'
import {
  PER_BLOCK_GC_TIME_MS,
  POSITIONS_RETRIES,
  positionsConfigWith,
  positionsRetryDelay,
} from './positionsQuery.ts'

export interface VersusHoldingQueryParameters {
  /** The loaded positions snapshot the history is read for (its chain, account and block). */
  snapshot: PositionsSnapshot | undefined
  importedPairs?: readonly V2PairInfo[]
  /** Discovered V3 staker incentives (as passed to the positions query). */
  incentives?: readonly V3IncentiveInfo[]
}

/**
 * Query key: ['versusHolding', { chainId, account, blockNumber, positions, importedPairs, incentives }] of the
 * snapshot. `positions` (the ids of its 'ok' positions) is in it because one block's snapshot grows: the V4
 * positions join once their token ids are found, "Load more" adds V3 pages, a retry turns an unavailable
 * position ok. A key of the block alone would keep the first, smaller answer (staleTime is infinite) and
 * leave the later positions without figures.
 */
export function versusHoldingQueryKey(parameters: VersusHoldingQueryParameters) {
  const { snapshot, importedPairs = [], incentives = [] } = parameters
  return [
    'versusHolding',
    {
      chainId: snapshot?.chainId,
      account: snapshot?.account,
      blockNumber: snapshot?.blockNumber,
      positions: snapshot?.positions.flatMap((p) => (p.status === 'ok' ? [p.id] : [])) ?? [],
      importedPairs,
      incentives,
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
    queryFn: ({ queryKey, signal }) => {
      const { chainId, importedPairs, incentives } = queryKey[1]
      const merged =
        chainId === undefined ? undefined : positionsConfigWith(chainId, { importedPairs, incentives })
      if (!snapshot || !merged || chainId === undefined)
        throw new Error('versus-holding query ran without its parameters')
      const progressKey = historyProgressKey(chainId, snapshot.account)
      // Imported pairs are scanned apart: the shared staker + V2 + farms entry stays the catalogue's, the
      // one the incentives query has just filled.
      const catalogued = new Set(positionsConfig?.v2Pairs.map((pair) => pair.address.toLowerCase()))
      const separatePairs = merged.v2Pairs
        .map((pair) => pair.address)
        .filter((pair) => !catalogued.has(pair.toLowerCase()))
      // The query's signal stops the scans between ranges (account or chain changed, page left);
      // what they scanned stays cached and the next load resumes there.
      return readVersusHolding(clientFor(config, chainId), {
        config: merged,
        store,
        snapshot,
        separatePairs,
        signal,
        onProgress: (scan, progress) => reportHistoryProgress(progressKey, scan, progress),
      })
    },
    enabled: snapshot !== undefined && positionsConfig !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: POSITIONS_RETRIES,
    retryDelay: positionsRetryDelay,
  })
}
