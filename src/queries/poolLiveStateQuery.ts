import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readPoolLiveState } from '../chain/pools/readPoolLiveState.ts'
import type { PoolChoice } from '../domain/catalogue/poolChoice.ts'
import { clientFor } from './client.ts'
import { refetchWhileErrored } from './refetchWhileErrored.ts'

export interface PoolLiveStateQueryParameters {
  chainId: number
  pool: PoolChoice | undefined
  account: Address | undefined
  /** Who the deposit's approvals are for (NPM, Router02); undefined keeps the query disabled. */
  spender: Address | undefined
  /** Latest block from the chain-health poll: a new block refetches. */
  blockNumber: bigint | undefined
}

/** Query key: ['poolLiveState', { chainId, pool, account, spender, blockNumber }]. */
export function poolLiveStateQueryKey(parameters: PoolLiveStateQueryParameters) {
  const { chainId, pool, account, spender, blockNumber } = parameters
  return ['poolLiveState', { chainId, pool, account, spender, blockNumber }] as const
}

/** The selected pool's live price and the account's balances/allowances, refreshed every block. */
export function poolLiveStateQueryOptions(config: Config, parameters: PoolLiveStateQueryParameters) {
  return queryOptions({
    queryKey: poolLiveStateQueryKey(parameters),
    queryFn: ({ queryKey, signal }) => {
      const { chainId, pool, account, spender } = queryKey[1]
      if (!pool || !spender) throw new Error('live state read without its parameters')
      return readPoolLiveState(clientFor(config, chainId), { pool, account, spender, signal })
    },
    enabled: parameters.pool !== undefined && parameters.spender !== undefined,
    placeholderData: (previous) => previous,
    // The key only changes on a new block: without this a read that failed during an outage stays failed.
    refetchInterval: refetchWhileErrored(),
  })
}
