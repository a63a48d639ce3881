import { queryOptions, useQueries } from '@tanstack/react-query'
import type { Address } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { useChainId, useConfig } from 'wagmi'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import type { PortfolioPart } from '../../domain/portfolio/portfolioBook.ts'
import { computePortfolioTotals } from '../../domain/positions/computePortfolioTotals.ts'
import { isClosedPosition } from '../../domain/positions/filterPositions.ts'
import { isCatalogueChain } from '../../queries/catalogueQuery.ts'
import { clientFor } from '../../queries/client.ts'
import { positionsQueryOptions, type V4TokenIds } from '../../queries/positionsQuery.ts'
import { stakerScanFromBlock, v3IncentivesQueryOptions } from '../../queries/v3IncentivesQuery.ts'
import { hasV4Positions, v4PositionIdsQueryOptions } from '../../queries/v4PositionIdsQuery.ts'
import { useLatestBlockNumber } from '../chain-status/useChainHealth.ts'

/** One (address, chain) row of the portfolio, as it stands. */
export interface PortfolioPartRow {
  address: Address
  chainId: number
  part: PortfolioPart
  retry: () => void
}

/** How often another chain's head is polled for the portfolio (ms); the selected chain follows its health poll. */
const OTHER_CHAIN_POLL_MS = 12_000

/**
 * The chains the portfolio reads: the selected chain first, then (with `allChains`) every other chain
 * of the wagmi config Poolscope has a catalogue for, each through its own RPC.
 */
export function usePortfolioChains(allChains: boolean): number[] {
  const config = useConfig()
  const selected = useChainId()
  if (!allChains) return [selected]
  return [
    selected,
    ...config.chains.map((chain) => chain.id).filter((id) => id !== selected && isCatalogueChain(id)),
  ]
}

type V4IdsState = { data?: readonly bigint[] | undefined; error: Error | null } | undefined

/** A V4 ids query has an answer (its ids, or its error). */
const v4Settled = (state: V4IdsState) =>
  state !== undefined && (state.data !== undefined || state.error !== null)

/** The positions query's `v4TokenIds` from a V4 ids query's state (none while it has no answer). */
function v4TokenIdsOf(state: V4IdsState): { v4TokenIds?: V4TokenIds } {
  if (state?.data) return { v4TokenIds: { ok: true, value: state.data } }
  if (state?.error) return { v4TokenIds: { ok: false, error: state.error.message } }
  return {}
}

/**
 * Every address's positions on every chain asked for, as portfolio parts (current state only: value,
 * uncollected fees, pending rewards). The selected chain is read first; the other chains start once each
 * of its parts has settled, so they never delay its first figures.
 */
export function usePortfolioParts(
  addresses: readonly Address[],
  chainIds: readonly number[],
): PortfolioPartRow[] {
  const config = useConfig()
  const selected = chainIds[0]
  const selectedHead = useLatestBlockNumber()
  const others = chainIds.slice(1)
  const pairs = chainIds.flatMap((chainId) => addresses.map((address) => ({ chainId, address })))
  const positionsKeyOf = (
    chainId: number,
    address: Address,
    head: bigint | undefined,
    incentives: readonly V3IncentiveInfo[] | undefined,
    v4Ids: { data?: readonly bigint[] | undefined; error: Error | null } | undefined,
  ) =>
    positionsQueryOptions(config, {
      chainId,
      account: address,
      blockNumber: head,
      ...(incentives ? { incentives } : {}),
      ...v4TokenIdsOf(v4Ids),
    })

  const selectedIncentives = useQueries({
    queries: addresses.map((address) =>
      v3IncentivesQueryOptions(config, {
        chainId: selected ?? 0,
        blockNumber: selectedHead,
        account: address,
      }),
    ),
  })
  // V4 token ids from PositionManager Transfer logs: a part waits for them, as for the incentives.
  const selectedV4Ids = useQueries({
    queries: addresses.map((address) =>
      v4PositionIdsQueryOptions(config, {
        chainId: selected ?? 0,
        account: address,
        blockNumber: selectedHead,
      }),
    ),
  })
  const selectedPositions = useQueries({
    queries: addresses.map((address, index) => {
      const hasStaker = selected !== undefined && stakerScanFromBlock(selected) !== undefined
      const incentives = selectedIncentives[index]?.data
      const v4Ids = selectedV4Ids[index]
      const v4Waiting = selected !== undefined && hasV4Positions(selected) && !v4Settled(v4Ids)
      const options = positionsKeyOf(selected ?? 0, address, selectedHead, incentives, v4Ids)
      return {
        ...options,
        enabled: options.enabled === true && (!hasStaker || incentives !== undefined) && !v4Waiting,
      }
    }),
  })
  const selectedSettled = selectedPositions.every((q) => q.data !== undefined || q.error !== null)
  const heads = useQueries({
    queries: others.map((chainId) =>
      queryOptions({
        queryKey: ['portfolioHead', { chainId }] as const,
        queryFn: () => getBlockNumber(clientFor(config, chainId), { cacheTime: 0 }),
        enabled: selectedSettled,
        refetchInterval: OTHER_CHAIN_POLL_MS,
        retry: 1,
      }),
    ),
  })
  const otherPairs = others.flatMap((chainId, chainIndex) =>
    addresses.map((address) => ({ chainId, address, head: heads[chainIndex]?.data })),
  )
  const otherIncentives = useQueries({
    queries: otherPairs.map(({ chainId, address, head }) =>
      v3IncentivesQueryOptions(config, { chainId, blockNumber: head, account: address }),
    ),
  })
  const otherV4Ids = useQueries({
    queries: otherPairs.map(({ chainId, address, head }) =>
      v4PositionIdsQueryOptions(config, { chainId, account: address, blockNumber: head }),
    ),
  })
  const otherPositions = useQueries({
    queries: otherPairs.map(({ chainId, address, head }, index) => {
      const hasStaker = stakerScanFromBlock(chainId) !== undefined
      const incentives = otherIncentives[index]?.data
      const v4Ids = otherV4Ids[index]
      const v4Waiting = hasV4Positions(chainId) && !v4Settled(v4Ids)
      const options = positionsKeyOf(chainId, address, head, incentives, v4Ids)
      return {
        ...options,
        enabled: options.enabled === true && (!hasStaker || incentives !== undefined) && !v4Waiting,
      }
    }),
  })

  return pairs.map(({ chainId, address }, index) => {
    const isSelected = index < addresses.length
    const otherIndex = index - addresses.length
    const positions = isSelected ? selectedPositions[index] : otherPositions[otherIndex]
    const incentives = isSelected ? selectedIncentives[index] : otherIncentives[otherIndex]
    const head = isSelected ? undefined : heads[Math.floor(otherIndex / Math.max(addresses.length, 1))]
    const error = positions?.error ?? incentives?.error ?? head?.error ?? null
    const snapshot = positions?.data
    const part: PortfolioPart = snapshot
      ? {
          status: 'ok',
          totals: computePortfolioTotals(snapshot.positions, { v3Page: snapshot.v3Page }),
          positions: snapshot.positions.filter((position) => !isClosedPosition(position)).length,
          at: { blockNumber: snapshot.blockNumber, timestamp: snapshot.blockTimestamp },
        }
      : error
        ? { status: 'error', message: error.message.split('\n')[0] ?? 'the read failed' }
        : { status: 'loading' }
    return {
      address,
      chainId,
      part,
      retry: () => {
        void head?.refetch()
        void incentives?.refetch()
        void positions?.refetch()
      },
    }
  })
}
