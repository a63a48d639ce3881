import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readPoolStates } from '../chain/readers/readPoolStates.ts'
import type { AlertPoolState } from '../domain/alerts/evaluateAlert.ts'
import { clientFor } from './client.ts'

/** Query key: ['alertPools', { chainId, pools, blockNumber }] (pools lower-cased and sorted). */
export function alertPoolsQueryKey(
  chainId: number,
  pools: readonly Address[],
  blockNumber: bigint | undefined,
) {
  const sorted = [...new Set(pools.map((p) => p.toLowerCase()))].sort()
  return ['alertPools', { chainId, pools: sorted, blockNumber: blockNumber?.toString() ?? null }] as const
}

/**
 * The current tick of each pool an alert watches, with the block and chain time, in one eth_call per new
 * block (the chain-status poll's block number keys it). A pool whose read failed is absent: its alerts
 * wait for the next block rather than fire on a guess.
 */
export function alertPoolsQueryOptions(
  config: Config,
  chainId: number,
  pools: readonly Address[],
  blockNumber: bigint | undefined,
) {
  return queryOptions({
    queryKey: alertPoolsQueryKey(chainId, pools, blockNumber),
    queryFn: async ({ queryKey, signal }): Promise<ReadonlyMap<string, AlertPoolState>> => {
      const { chainId, pools } = queryKey[1]
      const read = await readPoolStates(clientFor(config, chainId), {
        v3Pools: pools as Address[],
        signal,
      })
      const states = new Map<string, AlertPoolState>()
      for (const [pool, result] of read.v3)
        if (result.ok)
          states.set(pool, {
            tick: result.value.tick,
            blockNumber: read.blockNumber,
            blockTimestamp: Number(read.timestamp),
          })
      return states
    },
    enabled: pools.length > 0 && blockNumber !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30_000,
  })
}
