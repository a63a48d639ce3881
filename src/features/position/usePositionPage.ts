import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Address } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import type { PositionsSnapshot, PositionView } from '../../domain/positions/model.ts'
import { withVersusHolding } from '../../domain/positions/withVersusHolding.ts'
import { catalogueQueryOptions } from '../../queries/catalogueQuery.ts'
import { positionOwnerQueryOptions } from '../../queries/positionOwnerQuery.ts'
import { positionsQueryOptions } from '../../queries/positionsQuery.ts'
import { v3IncentivesQueryOptions } from '../../queries/v3IncentivesQuery.ts'
import { versusHoldingQueryOptions } from '../../queries/versusHoldingQuery.ts'
import { useLatestBlockNumber } from '../chain-status/useChainHealth.ts'
import { useActiveAccount } from '../wallet/useActiveAccount.ts'
import type { PositionRoute } from './parsePositionRoute.ts'

/** Why the page shows no position, in words the page prints. */
export type PositionPageProblem =
  | { kind: 'invalid'; message: string }
  | { kind: 'wrong-chain'; routeChainId: number; appChainId: number }
  | { kind: 'unsupported-chain'; chainId: number }
  | { kind: 'no-account' }
  | { kind: 'missing'; message: string }
  | { kind: 'error'; message: string; retry: () => void }

export type UsePositionPageReturnType = {
  /** The account whose position this is (a V3 NFT's owner; for V2 the active account). */
  holder: Address | undefined
  snapshot: PositionsSnapshot | undefined
  /** V3: one; V2: the wallet and the farm holding of the pair, each one that exists. */
  positions: readonly PositionView[]
  isLoading: boolean
  isHistoryLoading: boolean
  historyError: Error | null
  problem: PositionPageProblem | null
}

/**
 * A position page's data: the URL's position read for its owner (V3: ownerOf, the staker's depositor for
 * a staked one; V2: the active account's holdings of the pair), block by block like the Positions page,
 * with its versus-holding figures and history.
 */
export function usePositionPage(route: PositionRoute): UsePositionPageReturnType {
  const appChainId = useChainId()
  const config = useConfig()
  const account = useActiveAccount()
  const blockNumber = useLatestBlockNumber()
  const valid = route.kind !== 'invalid' && route.chainId === appChainId
  const catalogue = useQuery(catalogueQueryOptions(appChainId)).data ?? undefined
  const contracts = catalogue?.contracts
  const v4 = catalogue?.v4
  const nft = route.kind === 'v3' || route.kind === 'v4'
  // An NFT's owner: the V3 NPM's (or the staker's depositor), or the V4 PositionManager's ownerOf.
  const ownerQuery = useQuery(
    positionOwnerQueryOptions(config, {
      chainId: appChainId,
      npm: !valid
        ? undefined
        : route.kind === 'v3'
          ? contracts?.nonfungiblePositionManager
          : route.kind === 'v4'
            ? v4?.positionManager
            : undefined,
      staker: route.kind === 'v3' ? contracts?.v3Staker : undefined,
      tokenId: valid && nft ? route.tokenId : undefined,
    }),
  )
  const owner = ownerQuery.data?.status === 'owned' ? ownerQuery.data.owner : undefined
  const holder = !valid ? undefined : nft ? owner : account.address
  const { data: incentives } = useQuery(
    v3IncentivesQueryOptions(config, { chainId: appChainId, blockNumber, account: holder }),
  )
  const positionsQuery = useQuery(
    positionsQueryOptions(config, {
      chainId: appChainId,
      account: holder,
      blockNumber,
      ...(incentives ? { incentives } : {}),
      // The page's V4 NFT is known from the URL and its owner: no Transfer-log scan is needed to read it.
      ...(route.kind === 'v4' && owner ? { v4TokenIds: { ok: true as const, value: [route.tokenId] } } : {}),
    }),
  )
  const snapshot = positionsQuery.data
  const history = useQuery(
    versusHoldingQueryOptions(config, { snapshot, ...(incentives ? { incentives } : {}) }),
  )
  const positions = useMemo(() => {
    if (!snapshot || route.kind === 'invalid') return []
    const ids =
      route.kind === 'v3'
        ? [`v3:${route.tokenId}`]
        : route.kind === 'v4'
          ? [`v4:${route.tokenId}`]
          : [`v2:${route.pair.toLowerCase()}:wallet`, `v2:${route.pair.toLowerCase()}:farm`]
    const figures = history.data
    return (
      snapshot.positions
        // A burned V4 NFT is no position any more (as a burned V3 one drops out of the owner's list).
        .filter((p) => ids.includes(p.id) && !(p.status === 'unavailable' && p.v4?.burned))
        .map((p) => (figures ? withVersusHolding(p, figures.get(p.id), snapshot.pricesUsd) : p))
    )
  }, [snapshot, history.data, route])

  const problem = ((): PositionPageProblem | null => {
    if (route.kind === 'invalid') return { kind: 'invalid', message: route.message }
    if (route.chainId !== appChainId) return { kind: 'wrong-chain', routeChainId: route.chainId, appChainId }
    if (catalogue === undefined && !contracts) return null
    if (!contracts) return { kind: 'unsupported-chain', chainId: appChainId }
    if (route.kind === 'v4' && !v4)
      return {
        kind: 'missing',
        message: `Poolscope does not read Uniswap V4 on chain ${appChainId} yet, so V4 #${route.tokenId} cannot be shown.`,
      }
    if (nft) {
      if (ownerQuery.error)
        return { kind: 'error', message: ownerQuery.error.message, retry: () => void ownerQuery.refetch() }
      if (ownerQuery.data?.status === 'missing')
        return {
          kind: 'missing',
          message: `There is no ${route.kind === 'v4' ? 'V4 ' : ''}position #${route.tokenId} on this chain: it was never minted, or it was closed and burned.`,
        }
    } else if (!account.address) return { kind: 'no-account' }
    if (positionsQuery.error && !snapshot)
      return {
        kind: 'error',
        message: positionsQuery.error.message,
        retry: () => void positionsQuery.refetch(),
      }
    if (snapshot && positions.length === 0)
      return nft
        ? {
            kind: 'missing',
            message: `${route.kind === 'v4' ? 'V4 position' : 'Position'} #${route.tokenId} is no longer held by ${holder}: it was burned or transferred.`,
          }
        : {
            kind: 'missing',
            message: `${account.address} holds no LP tokens of the pair ${route.pair} (neither in the wallet nor in a farm), or Poolscope does not track that pair.`,
          }
    return null
  })()

  return {
    holder,
    snapshot,
    positions,
    isLoading: problem === null && positions.length === 0,
    // A snapshot that grew at the same block (V4 ids found, "Load more") shows the previous answer while its own
    // loads: the positions without figures in it are loading, not unavailable.
    isHistoryLoading: history.isFetching && (history.isPending || history.isPlaceholderData),
    historyError: history.error,
    problem,
  }
}
