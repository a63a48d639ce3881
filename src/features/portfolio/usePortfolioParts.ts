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
import { positionsQueryOptions } from '../../queries/positionsQuery.ts'
import { stakerScanFromBlock, v3IncentivesQueryOptions } from '../../queries/v3IncentivesQuery.ts'
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
  ) =>
    positionsQueryOptions(config, {
      chainId,
      account: address,
      blockNumber: head,
      ...(incentives ? { incentives } : {}),
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
  const selectedPositions = useQueries({
    queries: addresses.map((address, index) => {
      const hasStaker = selected !== undefined && stakerScanFromBlock(selected) !== undefined
      const incentives = selectedIncentives[index]?.data
      const options = positionsKeyOf(selected ?? 0, address, selectedHead, incentives)
      return { ...options, enabled: options.enabled === true && (!hasStaker || incentives !== undefined) }
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
  const otherPositions = useQueries({
    queries: otherPairs.map(({ chainId, address, head }, index) => {
      const hasStaker = stakerScanFromBlock(chainId) !== undefined
      const incentives = otherIncentives[index]?.data
      const options = positionsKeyOf(chainId, address, head, incentives)
      return { ...options, enabled: options.enabled === true && (!hasStaker || incentives !== undefined) }
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
