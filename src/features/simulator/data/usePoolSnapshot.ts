import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import { poolSnapshotQueryOptions } from '../../../queries/poolSnapshotQuery.ts'

/** The pool's snapshot for the simulator; disabled until a pool exists on a chain with deployments. */
export function usePoolSnapshot(pool: Address | undefined) {
  const chainId = useChainId()
  const config = useConfig()
  return useQuery(poolSnapshotQueryOptions(config, { chainId, pool }))
}
