import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { poolLiveStateQueryOptions } from '../../../queries/poolLiveStateQuery.ts'
import { useLatestBlockNumber } from '../../chain-status/useChainHealth.ts'

/** The selected pool's live price and the account's balances/allowances, refreshed every block. */
export function usePoolLiveState(
  chainId: number,
  pool: PoolChoice | undefined,
  account: Address | undefined,
  spender: Address | undefined,
) {
  const config = useConfig()
  const blockNumber = useLatestBlockNumber()
  return useQuery(poolLiveStateQueryOptions(config, { chainId, pool, account, spender, blockNumber }))
}
