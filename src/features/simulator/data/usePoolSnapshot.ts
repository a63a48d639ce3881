import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { Address } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import { poolSnapshotQueryOptions } from '../../../queries/poolSnapshotQuery.ts'
import { stakerScanFromBlock, v3IncentivesQueryOptions } from '../../../queries/v3IncentivesQuery.ts'
import { useLatestBlockNumber } from '../../chain-status/useChainHealth.ts'

/** Where the staker's incentives scan is: the reward APR says it is still looking instead of "none". */
export type IncentivesScan = 'none' | 'pending' | 'done' | 'error'

/**
 * The pool's snapshot for the simulator; disabled until a pool exists on a chain with deployments.
 * Its reward program includes the V3 staker incentives found from the staker's logs (v3IncentivesQuery,
 * the scan the positions page shares, extended per block): the snapshot is read at once with the
 * catalogue's incentives, and re-read (its Swap scan cached) when the pool's discovered ones arrive.
 */
export function usePoolSnapshot(pool: Address | undefined) {
  const chainId = useChainId()
  const config = useConfig()
  const blockNumber = useLatestBlockNumber()
  // The staker scan starts once the snapshot has settled: sharing the rate limit with the snapshot's own
  // Swap scan would hold back the first figures (Arbitrum replica: 40 s instead of 21 s).
  const [snapshotSettled, setSnapshotSettled] = useState(false)
  const incentivesOptions = v3IncentivesQueryOptions(config, { chainId, blockNumber })
  const incentivesQuery = useQuery({
    ...incentivesOptions,
    enabled: incentivesOptions.enabled !== false && snapshotSettled,
  })
  const hasStaker = stakerScanFromBlock(chainId) !== undefined
  const snapshot = useQuery({
    ...poolSnapshotQueryOptions(config, { chainId, pool, incentives: incentivesQuery.data }),
    // The same pool re-read with its discovered incentives: keep its figures on screen meanwhile.
    placeholderData: (previous, previousQuery) => {
      const key = previousQuery?.queryKey[1]
      return key && key.chainId === chainId && key.pool === pool?.toLowerCase() ? previous : undefined
    },
  })
  // Still looking while the snapshot on screen is the placeholder read without the discovered incentives:
  // that one would say "no liquidity-mining program" for a pool that has one.
  const incentivesScan: IncentivesScan = !hasStaker
    ? 'none'
    : incentivesQuery.data && !snapshot.isPlaceholderData
      ? 'done'
      : incentivesQuery.isError
        ? 'error'
        : 'pending'
  const settled = snapshot.isSuccess || snapshot.isError
  useEffect(() => {
    if (settled) setSnapshotSettled(true)
  }, [settled])
  return { snapshot, incentivesScan }
}
