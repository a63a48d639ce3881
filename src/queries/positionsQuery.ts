import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Address, Client } from 'viem'
import { getPositionsConfig, withImportedPairs } from '../chain/catalogue/positionsConfig.ts'
import { getDefaultLogStore, type LogStore } from '../chain/history/logStore.ts'
import { readVersusHolding } from '../chain/history/readVersusHolding.ts'
import { loadPositions } from '../chain/loadPositions.ts'
import type { V2PairInfo } from '../domain/catalogue/types.ts'
import type { PositionsSnapshot } from '../domain/positions/model.ts'

// Keys carry the block number, so every block leaves an old snapshot behind: drop them after 30 s instead of
// React Query's 5 min (measured: heap grew 67 MB over a 10-minute session with the default).
const PER_BLOCK_GC_TIME_MS = 30_000

/** Backoff for RPC failures: 0.5 s, 1 s, 2 s (then the page shows the error with a retry). */
export const positionsRetryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8_000)
const RETRIES = 3

/** Key factory, general to specific (bigint-safe with the app's wagmi hashFn). */
export const positionsKeys = {
  all: ['positions'] as const,
  account: (chainId: number, account: Address) => [...positionsKeys.all, { chainId, account }] as const,
  snapshot: (
    chainId: number,
    account: Address,
    blockNumber: bigint | undefined,
    importedPairs: readonly Address[],
  ) => [...positionsKeys.account(chainId, account), 'snapshot', { blockNumber, importedPairs }] as const,
  versusHolding: (chainId: number, account: Address, blockNumber: bigint) =>
    [...positionsKeys.account(chainId, account), 'versusHolding', { blockNumber }] as const,
}

export interface PositionsQueryParameters {
  client: Client | undefined
  chainId: number
  account: Address | undefined
  /** Latest block from the chain-health poll: a new block refetches. */
  blockNumber: bigint | undefined
  importedPairs?: readonly V2PairInfo[]
  store?: LogStore
}

/** Query options of every position of `account` as of the latest block. */
export function positionsQueryOptions(parameters: PositionsQueryParameters) {
  const { client, chainId, account, blockNumber, importedPairs = [] } = parameters
  const config = getPositionsConfig(chainId)
  return queryOptions({
    gcTime: PER_BLOCK_GC_TIME_MS,
    queryKey: positionsKeys.snapshot(
      chainId,
      account ?? '0x0000000000000000000000000000000000000000',
      blockNumber,
      importedPairs.map((pair) => pair.address),
    ),
    queryFn: () => {
      if (!client || !account || !config || blockNumber === undefined)
        throw new Error('positions query ran without its parameters')
      return loadPositions(client, {
        account,
        config: withImportedPairs(config, importedPairs),
        store: parameters.store ?? getDefaultLogStore(),
        toBlock: blockNumber,
      })
    },
    enabled:
      client !== undefined && account !== undefined && config !== undefined && blockNumber !== undefined,
    // Keep showing block N while N+1 loads; the page marks the figures with their block.
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: RETRIES,
    retryDelay: positionsRetryDelay,
  })
}

/** Query options of the "versus holding" figures of a loaded snapshot (event history, cached). */
export function versusHoldingQueryOptions(parameters: {
  client: Client | undefined
  snapshot: PositionsSnapshot | undefined
  importedPairs?: readonly V2PairInfo[]
  store?: LogStore
}) {
  const { client, snapshot, importedPairs = [] } = parameters
  const config = snapshot ? getPositionsConfig(snapshot.chainId) : undefined
  return queryOptions({
    gcTime: PER_BLOCK_GC_TIME_MS,
    queryKey: positionsKeys.versusHolding(
      snapshot?.chainId ?? 0,
      snapshot?.account ?? '0x0000000000000000000000000000000000000000',
      snapshot?.blockNumber ?? 0n,
    ),
    queryFn: () => {
      if (!client || !snapshot || !config) throw new Error('versus-holding query ran without its parameters')
      return readVersusHolding(client, {
        config: withImportedPairs(config, importedPairs),
        store: parameters.store ?? getDefaultLogStore(),
        snapshot,
      })
    },
    enabled: client !== undefined && snapshot !== undefined && config !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    retry: RETRIES,
    retryDelay: positionsRetryDelay,
  })
}
