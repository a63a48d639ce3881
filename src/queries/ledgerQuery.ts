import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { loadCatalogue } from '../chain/catalogue/getCatalogue.ts'
import { getPositionsConfig } from '../chain/catalogue/positionsConfig.ts'
import { getDefaultLogStore, type LogStore } from '../chain/history/logStore.ts'
import { readLedger } from '../chain/ledger/readLedger.ts'
import { clientFor } from './client.ts'
import { PER_BLOCK_GC_TIME_MS, POSITIONS_RETRIES, positionsRetryDelay } from './positionsQuery.ts'

export interface LedgerQueryParameters {
  chainId: number
  account: Address | undefined
  /** The chain-health block the ledger is read as of. */
  blockNumber: bigint | undefined
}

/** Query key of an account's LP ledger at a block: ['ledger', { chainId, account, blockNumber }]. */
export function ledgerQueryKey(parameters: LedgerQueryParameters) {
  const { chainId, account, blockNumber } = parameters
  return ['ledger', { chainId, account, blockNumber }] as const
}

/** Query options of every LP event of `account` (exact amounts, USD at the time, gas) as of a block. */
export function ledgerQueryOptions(
  config: Config,
  parameters: LedgerQueryParameters,
  store: LogStore = getDefaultLogStore(),
) {
  return queryOptions({
    gcTime: PER_BLOCK_GC_TIME_MS,
    queryKey: ledgerQueryKey(parameters),
    queryFn: async ({ queryKey, signal }) => {
      const { chainId, account, blockNumber } = queryKey[1]
      const positionsConfig = getPositionsConfig(chainId)
      const catalogue = await loadCatalogue(chainId)
      if (!account || !positionsConfig || !catalogue || blockNumber === undefined)
        throw new Error('ledger query ran without its parameters')
      return readLedger(clientFor(config, chainId), {
        config: positionsConfig,
        catalogue,
        account,
        store,
        toBlock: blockNumber,
        signal,
      })
    },
    enabled:
      parameters.account !== undefined &&
      getPositionsConfig(parameters.chainId) !== undefined &&
      parameters.blockNumber !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: POSITIONS_RETRIES,
    retryDelay: positionsRetryDelay,
  })
}

/** Whether the app knows the LP contracts of `chainId` (the ledger can be read there). */
export function isLedgerChain(chainId: number): boolean {
  return getPositionsConfig(chainId) !== undefined
}
