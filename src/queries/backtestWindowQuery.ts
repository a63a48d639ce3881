import { queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import { getBlock } from 'viem/actions'
import type { Config } from 'wagmi'
import { getCatalogueCore } from '../chain/catalogue/getCatalogue.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { readV3PoolEvents } from '../chain/pools/readV3PoolEvents.ts'
import { resolveHistoryWindow } from '../chain/pools/resolveHistoryWindow.ts'
import { type BacktestWindow, backtestWindow } from '../domain/backtest/backtestWindow.ts'
import { clientFor } from './client.ts'

export interface BacktestWindowQueryParameters {
  chainId: number
  pool: Address
  windowDays: number
}

/** Query key: ['backtestWindow', { chainId, pool, windowDays }] (pool lowercased). */
export function backtestWindowQueryKey(parameters: BacktestWindowQueryParameters) {
  const { chainId, pool, windowDays } = parameters
  return ['backtestWindow', { chainId, pool: pool.toLowerCase() as Address, windowDays }] as const
}

/** Whether Poolscope can backtest on the chain (it has a catalogue: whole or bounded history). */
export function backtestSupported(chainId: number): boolean {
  return getCatalogueCore(chainId) !== undefined
}

/**
 * A backtest window and how its history is read: `historyFromBlock` is where the event scan starts;
 * `method` 'replay' replays the whole history exactly, 'swap-path' estimates from the window's Swap
 * events (public chains, where the scan covers the window plus one day for the start price).
 */
export type ResolvedBacktestWindow = BacktestWindow & {
  historyFromBlock: bigint
  method: 'replay' | 'swap-path'
}

/**
 * The last `windowDays` of chain time of a V3 pool: its events (bounded, cached getLogs) pick the window
 * and its start price. Where the whole history cannot be scanned, the scan covers `windowDays + 1` days
 * of blocks (found from block timestamps). Depends only on the pool and the chain head, so range drags
 * do not refetch it.
 */
export function backtestWindowQueryOptions(
  config: Config,
  parameters: BacktestWindowQueryParameters,
  enabled = true,
) {
  return queryOptions({
    queryKey: backtestWindowQueryKey(parameters),
    queryFn: async ({ queryKey }): Promise<ResolvedBacktestWindow | null> => {
      const { chainId, pool, windowDays } = queryKey[1]
      const client = clientFor(config, chainId)
      const head = await getBlock(client, { blockTag: 'latest' })
      const now = { blockNumber: head.number, timestamp: Number(head.timestamp) }
      const history = await resolveHistoryWindow(client, {
        chainId,
        head: { number: now.blockNumber, timestamp: now.timestamp },
        days: windowDays + 1,
      })
      if (!history) throw new Error('no pool history on this chain')
      const events = await readV3PoolEvents(client, {
        chainId,
        pool,
        fromBlock: history.fromBlock,
        toBlock: head.number,
        store: getDefaultLogStore(),
      })
      const window = backtestWindow(events, windowDays, now)
      if (!window) return null
      return {
        ...window,
        historyFromBlock: history.fromBlock,
        method: history.kind === 'whole' ? 'replay' : 'swap-path',
      }
    },
    enabled: enabled && backtestSupported(parameters.chainId),
    staleTime: 60_000,
  })
}
