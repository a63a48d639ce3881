import { useQuery } from '@tanstack/react-query'
import type { Address } from 'viem'
import { useClient } from 'wagmi'
import { readPoolLiveState } from '../../../chain/pools/readPoolLiveState.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { refetchWhileErrored } from '../../../queries/refetchWhileErrored.ts'
import { useChainHealth } from '../../chain-status/useChainHealth.ts'

/** Key factory: general to specific; a new block refetches. */
export const addLiquidityKeys = {
  all: ['addLiquidity'] as const,
  live: (
    chainId: number,
    pool: Address,
    account: Address | undefined,
    blockNumber: bigint | undefined,
    startSqrtPriceX96?: bigint,
  ) => [...addLiquidityKeys.all, 'live', { chainId, pool, account, blockNumber, startSqrtPriceX96 }] as const,
}

/** The selected pool's live price and the account's balances/allowances, refreshed every block. */
export function usePoolLiveState(
  chainId: number,
  pool: PoolChoice | undefined,
  account: Address | undefined,
  spender: Address | undefined,
) {
  const client = useClient({ chainId: chainId as never })
  const { blockNumber } = useChainHealth()
  return useQuery({
    queryKey: addLiquidityKeys.live(
      chainId,
      pool?.address ?? '0x',
      account,
      blockNumber,
      pool?.create?.sqrtPriceX96,
    ),
    queryFn: () => {
      if (!client || !pool || !spender) throw new Error('live state read without its parameters')
      return readPoolLiveState(client, { pool, account, spender })
    },
    enabled: client !== undefined && pool !== undefined && spender !== undefined,
    placeholderData: (previous) => previous,
    // The key only changes on a new block: without this a read that failed during an outage stays failed.
    refetchInterval: refetchWhileErrored(),
  })
}
