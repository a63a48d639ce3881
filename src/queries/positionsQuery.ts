import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { getPositionsConfig, withImportedPairs } from '../chain/catalogue/positionsConfig.ts'
import { getDefaultLogStore, type LogStore } from '../chain/history/logStore.ts'
import { loadPositions, type V4TokenIds } from '../chain/readPositions.ts'
import { mergeV3Incentives } from '../domain/catalogue/mergeV3Incentives.ts'
import type { V2PairInfo, V3IncentiveInfo } from '../domain/catalogue/types.ts'
import { clientFor } from './client.ts'

export type { V4TokenIds }

// Keys carry the block number, so every block leaves an old snapshot behind: drop them after 30 s instead of
// React Query's 5 min (measured: heap grew 67 MB over a 10-minute session with the default).
export const PER_BLOCK_GC_TIME_MS = 30_000

/** Backoff for RPC failures: 0.5 s, 1 s, 2 s (then the page shows the error with a retry). */
export const positionsRetryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8_000)
export const POSITIONS_RETRIES = 3

export interface PositionsQueryParameters {
  chainId: number
  account: Address | undefined
  /** Latest block from the chain-health poll: a new block refetches. */
  blockNumber: bigint | undefined
  importedPairs?: readonly V2PairInfo[]
  /** V3 staker incentives found from the staker's logs, merged with the catalogue's (by id). */
  incentives?: readonly V3IncentiveInfo[]
  /**
   * Read only the newest this-many V3 positions (the Positions page's pager: `V3_POSITIONS_PAGE`
   * more per "Load more"); every position when omitted.
   */
  v3Limit?: number
  /**
   * The account's V4 token ids (v4PositionIdsQuery) or why they could not be found: the V4 positions are read
   * with the rest. Omitted while they are being found (the snapshot then has no V4 position).
   */
  v4TokenIds?: V4TokenIds
}

/** V3 positions the Positions page reads at first, and how many more each "Load more" reads. */
export const V3_POSITIONS_PAGE = 50

/**
 * Query key of every position (or the newest `v3Limit` V3 ones) of an account at a block:
 * ['positions', { chainId, account, blockNumber, importedPairs, incentives, v3Limit, v4TokenIds }].
 */
export function positionsQueryKey(parameters: PositionsQueryParameters) {
  const {
    chainId,
    account,
    blockNumber,
    importedPairs = [],
    incentives = [],
    v3Limit = null,
    v4TokenIds = null,
  } = parameters
  return [
    'positions',
    { chainId, account, blockNumber, importedPairs, incentives, v3Limit, v4TokenIds },
  ] as const
}

/** The positions config of `chainId` with imported pairs and discovered incentives merged in. */
export function positionsConfigWith(
  chainId: number,
  extra: { importedPairs?: readonly V2PairInfo[]; incentives?: readonly V3IncentiveInfo[] },
) {
  const base = getPositionsConfig(chainId)
  if (!base) return undefined
  const withPairs = withImportedPairs(base, extra.importedPairs ?? [])
  return { ...withPairs, incentives: mergeV3Incentives(withPairs.incentives, extra.incentives ?? []) }
}

/** Query options of every position of `account` as of the latest block; the inputs are read from the key. */
export function positionsQueryOptions(
  config: Config,
  parameters: PositionsQueryParameters,
  store: LogStore = getDefaultLogStore(),
) {
  const positionsConfig = getPositionsConfig(parameters.chainId)
  return queryOptions({
    gcTime: PER_BLOCK_GC_TIME_MS,
    queryKey: positionsQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, account, blockNumber, importedPairs, incentives, v3Limit, v4TokenIds } = queryKey[1]
      const positionsConfig = positionsConfigWith(chainId, { importedPairs, incentives })
      if (!account || !positionsConfig || blockNumber === undefined)
        throw new Error('positions query ran without its parameters')
      // Every read of the load at the chain-health block: the figures are "as of block N".
      return loadPositions(clientFor(config, chainId), {
        account,
        config: positionsConfig,
        store,
        toBlock: blockNumber,
        signal,
        ...(v3Limit === null ? {} : { v3Limit }),
        ...(v4TokenIds === null ? {} : { v4TokenIds }),
      })
    },
    enabled:
      parameters.account !== undefined &&
      positionsConfig !== undefined &&
      parameters.blockNumber !== undefined,
    // Keep showing block N while N+1 loads; the page marks the figures with their block.
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: POSITIONS_RETRIES,
    retryDelay: positionsRetryDelay,
  })
}
