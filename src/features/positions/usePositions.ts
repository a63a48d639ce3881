import { useQuery } from '@tanstack/react-query'
import { useMemo, useState, useSyncExternalStore } from 'react'
import { useChainId, useConfig } from 'wagmi'
import type { V2PairInfo } from '../../domain/catalogue/types.ts'
import { computePortfolioTotals } from '../../domain/positions/computePortfolioTotals.ts'
import type {
  PortfolioTotals,
  PositionsSnapshot,
  PositionView,
  V3PositionsPage,
} from '../../domain/positions/model.ts'
import { withVersusHolding } from '../../domain/positions/withVersusHolding.ts'
import { isCatalogueChain } from '../../queries/catalogueQuery.ts'
import {
  type HistoryProgressSummary,
  historyProgressKey,
  historyProgressOf,
  subscribeHistoryProgress,
} from '../../queries/historyProgress.ts'
import { positionsQueryOptions, V3_POSITIONS_PAGE, type V4TokenIds } from '../../queries/positionsQuery.ts'

export { V3_POSITIONS_PAGE }

import { stakerScanFromBlock, v3IncentivesQueryOptions } from '../../queries/v3IncentivesQuery.ts'
import { hasV4Positions, v4PositionIdsQueryOptions } from '../../queries/v4PositionIdsQuery.ts'
import { versusHoldingQueryOptions } from '../../queries/versusHoldingQuery.ts'
import { useLatestBlockNumber } from '../chain-status/useChainHealth.ts'
import { useActiveAccount } from '../wallet/useActiveAccount.ts'

export interface UsePositionsReturnType {
  /** The account shown (wallet or watched); undefined → the page shows "connect or watch". */
  account: ReturnType<typeof useActiveAccount>
  /** False when the app has no Uniswap addresses for the selected chain. */
  chainSupported: boolean
  snapshot: PositionsSnapshot | undefined
  /** Positions with `versusHolding` merged in once the history has loaded. */
  positions: readonly PositionView[]
  totals: PortfolioTotals | undefined
  /** Block the figures are from. */
  blockNumber: bigint | undefined
  /** The figures are from an older block than the latest known one (refetching or failing). */
  isStale: boolean
  isLoading: boolean
  isHistoryLoading: boolean
  error: Error | null
  historyError: Error | null
  /** The staker's incentives are still being found: staked positions' rewards are "loading", not 0. */
  isRewardsLoading: boolean
  /** Why staked positions' rewards cannot be shown (the incentives scan failed); null otherwise. */
  rewardsError: Error | null
  /** How far the history scans (incentives, events) have got; undefined before the first report. */
  historyProgress: HistoryProgressSummary | undefined
  /** V3 positions loaded of all the account has (newest first); undefined before the first load. */
  v3Page: V3PositionsPage | undefined
  /** Reads the next `V3_POSITIONS_PAGE` older V3 positions. */
  loadMore: () => void
  /** The next page is being read (the list shows the loaded ones meanwhile). */
  isLoadingMore: boolean
  retry: () => void
}

/** Every position of the active account, refreshed on each new block, with versus-holding figures. */
export function usePositions(
  options: { importedPairs?: readonly V2PairInfo[] } = {},
): UsePositionsReturnType {
  const account = useActiveAccount()
  const chainId = useChainId()
  const config = useConfig()
  const latestBlock = useLatestBlockNumber()
  const importedPairs = options.importedPairs ?? []
  // How many V3 positions to read, newest first: one page, one more per "Load more"; back to one page
  // when the account or chain changes (derived, no effect).
  const pagerKey = `${chainId}:${account.address ?? ''}`
  const [pager, setPager] = useState({ key: pagerKey, v3Limit: V3_POSITIONS_PAGE })
  const v3Limit = pager.key === pagerKey ? pager.v3Limit : V3_POSITIONS_PAGE
  // The staker's incentives (IncentiveCreated logs, scanned once and extended per block) load beside the
  // current state, which needs no log: staked positions show first, their rewards when these arrive.
  const incentivesQuery = useQuery(
    v3IncentivesQueryOptions(config, { chainId, blockNumber: latestBlock, account: account.address }),
  )
  const incentives = incentivesQuery.data
  // The V4 token ids come from PositionManager Transfer logs (history budget); once found (or failed) the
  // V4 positions are read with the rest, in the same requests.
  const v4IdsQuery = useQuery(
    v4PositionIdsQueryOptions(config, { chainId, account: account.address, blockNumber: latestBlock }),
  )
  const v4TokenIds: V4TokenIds | undefined = v4IdsQuery.data
    ? { ok: true, value: v4IdsQuery.data }
    : v4IdsQuery.isError
      ? { ok: false, error: v4IdsQuery.error.message }
      : undefined
  const query = useQuery(
    positionsQueryOptions(config, {
      chainId,
      account: account.address,
      blockNumber: latestBlock,
      importedPairs,
      ...(incentives ? { incentives } : {}),
      v3Limit,
      ...(v4TokenIds ? { v4TokenIds } : {}),
    }),
  )
  // The same load without the discovered incentives, kept observed until the load with them has data: on a cold
  // start the incentives arrive while the first load is under way, and that key change would otherwise cancel it
  // and start over (measured on the Ethereum replica at 100 ms per request: first figures 2.8 s → 2.1 s). Until
  // then it is the same key (one query), and once the full load has data (or a previous block's) it is idle.
  const bootstrapOptions = positionsQueryOptions(config, {
    chainId,
    account: account.address,
    blockNumber: latestBlock,
    importedPairs,
    v3Limit,
  })
  const bootstrap = useQuery({
    ...bootstrapOptions,
    enabled: bootstrapOptions.enabled === true && query.data === undefined,
  })
  /** The staked positions' rewards in the shown snapshot were read without the incentives. */
  const showingBootstrap =
    query.data === undefined && bootstrap.data !== undefined && incentives !== undefined
  const snapshot = query.data ?? bootstrap.data
  const v3Page = snapshot?.v3Page
  const history = useQuery(
    versusHoldingQueryOptions(config, {
      snapshot: query.data,
      importedPairs,
      ...(incentives ? { incentives } : {}),
    }),
  )
  const progressKey = historyProgressKey(chainId, account.address)
  const historyProgress = useSyncExternalStore(subscribeHistoryProgress, () => historyProgressOf(progressKey))
  const positions = useMemo(() => {
    const list = snapshot?.positions ?? []
    const figures = history.data
    if (!figures) return list
    const pricesUsd = snapshot?.pricesUsd ?? {}
    return list.map((p): PositionView => withVersusHolding(p, figures.get(p.id), pricesUsd))
  }, [snapshot, history.data])
  const hasStaker = stakerScanFromBlock(chainId) !== undefined
  const rewardsUnknown = hasStaker && (incentives === undefined || showingBootstrap)
  // Until the V4 token ids are found, the shown snapshot has no V4 position: the value totals are partial.
  const v4Unknown = hasV4Positions(chainId) && (v4TokenIds === undefined || query.data === undefined)
  const totals = useMemo(() => {
    if (!snapshot) return undefined
    const computed = computePortfolioTotals(positions, { v3Page: snapshot.v3Page })
    // Staked positions' rewards are not known until the staker's incentives are: the reward and value
    // totals leave them out, so they say they are partial.
    const stakedWithoutRewards = rewardsUnknown && positions.some((p) => p.location === 'v3-staker')
    if (v4Unknown) computed.value = { ...computed.value, partial: true }
    if (!stakedWithoutRewards) return computed
    return {
      ...computed,
      value: { ...computed.value, partial: true },
      pendingRewards: { ...computed.pendingRewards, partial: true },
    }
  }, [snapshot, positions, rewardsUnknown, v4Unknown])
  return {
    account,
    chainSupported: isCatalogueChain(chainId),
    snapshot,
    positions,
    totals,
    blockNumber: snapshot?.blockNumber,
    isStale: snapshot !== undefined && latestBlock !== undefined && snapshot.blockNumber < latestBlock,
    isLoading: snapshot === undefined && query.isPending && query.fetchStatus !== 'idle',
    // A snapshot that grew at the same block (V4 ids found, "Load more") shows the previous answer while its own
    // loads: the positions without figures in it are loading, not unavailable.
    isHistoryLoading: history.isFetching && (history.isPending || history.isPlaceholderData),
    error: query.error,
    historyError: history.error,
    isRewardsLoading: rewardsUnknown && incentivesQuery.error === null,
    rewardsError: rewardsUnknown ? incentivesQuery.error : null,
    historyProgress,
    v3Page,
    loadMore: () => setPager({ key: pagerKey, v3Limit: v3Limit + V3_POSITIONS_PAGE }),
    isLoadingMore:
      query.isFetching && v3Page !== undefined && v3Page.loaded < Math.min(v3Limit, v3Page.total),
    retry: () => void query.refetch(),
  }
}
