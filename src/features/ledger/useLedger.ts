import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useChainId, useConfig } from 'wagmi'
import { isLedgerChain, ledgerQueryOptions } from '../../queries/ledgerQuery.ts'
import { useLatestBlockNumber } from '../chain-status/useChainHealth.ts'
import { useActiveAccount } from '../wallet/useActiveAccount.ts'

/**
 * The active account's LP ledger, read as of the block the page first saw (a new block does not re-read
 * every receipt); `refresh` re-reads it as of the latest block.
 */
export function useLedger() {
  const account = useActiveAccount()
  const chainId = useChainId()
  const config = useConfig()
  const latestBlock = useLatestBlockNumber()
  const key = `${chainId}:${account.address ?? ''}`
  const [pinned, setPinned] = useState<{ key: string; block: bigint } | undefined>(undefined)
  const blockNumber = pinned?.key === key ? pinned.block : latestBlock
  if (latestBlock !== undefined && pinned?.key !== key) setPinned({ key, block: latestBlock })
  const query = useQuery(ledgerQueryOptions(config, { chainId, account: account.address, blockNumber }))
  return {
    account,
    chainId,
    chainSupported: isLedgerChain(chainId),
    ledger: query.data,
    isLoading: query.isPending && query.fetchStatus !== 'idle',
    isFetching: query.isFetching,
    error: query.error,
    retry: () => void query.refetch(),
    refresh: () => latestBlock !== undefined && setPinned({ key, block: latestBlock }),
    latestBlock,
  }
}
