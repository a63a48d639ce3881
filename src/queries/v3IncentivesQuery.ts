import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Config } from 'wagmi'
import { deploymentBlocksOf } from '../chain/catalogue/deploymentBlocks.ts'
import { getCatalogueCore } from '../chain/catalogue/getCatalogue.ts'
import { getPositionsConfig } from '../chain/catalogue/positionsConfig.ts'
import { discoverV3Incentives } from '../chain/history/discoverV3Incentives.ts'
import { getDefaultLogStore, type LogStore } from '../chain/history/logStore.ts'
import { clientFor } from './client.ts'
import { historyProgressKey, reportHistoryProgress } from './historyProgress.ts'
import { PER_BLOCK_GC_TIME_MS, POSITIONS_RETRIES, positionsRetryDelay } from './positionsQuery.ts'

export interface V3IncentivesQueryParameters {
  chainId: number
  /** The head the scan runs to (the positions snapshot's block). */
  blockNumber: bigint | undefined
  /** Whose page the scan's progress is shown on. */
  account?: string | undefined
}

/** Query key: ['v3Incentives', { chainId, blockNumber }] (incentives are the same for every account). */
export function v3IncentivesQueryKey(parameters: V3IncentivesQueryParameters) {
  return ['v3Incentives', { chainId: parameters.chainId, blockNumber: parameters.blockNumber }] as const
}

/**
 * The first block the staker's IncentiveCreated logs can be in (its deployment block); undefined on a
 * chain without a canonical staker. The shared log they are read from starts where its contracts do.
 */
export function stakerScanFromBlock(chainId: number): bigint | undefined {
  const core = getCatalogueCore(chainId)
  if (!core?.contracts.v3Staker) return undefined
  return deploymentBlocksOf(chainId)?.v3Staker ?? BigInt(core.startBlock)
}

/**
 * Query options of every V3 staker incentive of a chain, found from the staker's IncentiveCreated logs
 * in the shared staker + V2 + farms log (a cached, resumable scan from the contracts' deployment; a new
 * block extends it). Disabled on a
 * chain without a canonical staker. The query's signal cancels the scan (chain change, page left).
 */
export function v3IncentivesQueryOptions(
  config: Config,
  parameters: V3IncentivesQueryParameters,
  store: LogStore = getDefaultLogStore(),
) {
  const fromBlock = stakerScanFromBlock(parameters.chainId)
  const progressKey = historyProgressKey(parameters.chainId, parameters.account)
  return queryOptions({
    gcTime: PER_BLOCK_GC_TIME_MS,
    queryKey: v3IncentivesQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, blockNumber } = queryKey[1]
      const positionsConfig = getPositionsConfig(chainId)
      if (!positionsConfig?.contracts.v3Staker || fromBlock === undefined || blockNumber === undefined)
        throw new Error('incentives query ran without its parameters')
      // The catalogue's shared staker + V2 + farms log: the versus-holding history reads the same entry
      // (user-imported pairs are scanned apart there), so the staker is scanned once for both.
      return discoverV3Incentives(clientFor(config, chainId), {
        config: positionsConfig,
        toBlock: blockNumber,
        store,
        signal,
        // The same scan as the versus-holding's 'staker+v2': one entry in the page's progress.
        onProgress: (progress) => reportHistoryProgress(progressKey, 'staker+v2', progress),
      })
    },
    enabled: fromBlock !== undefined && parameters.blockNumber !== undefined,
    // A new block extends the scan; the incentives found so far stay shown meanwhile.
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: POSITIONS_RETRIES,
    retryDelay: positionsRetryDelay,
  })
}
