import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { Address } from 'viem'
import type { Config } from 'wagmi'
import { readBacktest } from '../chain/backtest/readBacktest.ts'
import { getDefaultLogStore } from '../chain/history/logStore.ts'
import { clientFor } from './client.ts'

export interface BacktestQueryParameters {
  chainId: number
  pool: {
    address: Address
    feePips: number
    tickSpacing: number
    decimals0: number
    decimals1: number
  }
  /**
   * The replayed window and where its history scan starts (from the backtest-window query); undefined
   * keeps the query disabled.
   */
  window:
    | { fromBlock: bigint; toBlock: bigint; historyFromBlock: bigint; method: 'replay' | 'swap-path' }
    | undefined
  range: { tickLower: number; tickUpper: number } | undefined
  /** The deposit's liquidity (an integer, as on chain); undefined keeps the query disabled. */
  liquidity: bigint | undefined
}

/** Query key: ['backtest', { chainId, pool, window, range, liquidity }]. */
export function backtestQueryKey(parameters: BacktestQueryParameters) {
  const { chainId, pool, window, range, liquidity } = parameters
  return ['backtest', { chainId, pool, window, range, liquidity }] as const
}

/**
 * Replays every swap of the window for a deposit of `liquidity` in the range: exactly from the whole
 * history ('replay'), or from the window's Swap events ('swap-path', an estimate, on public chains).
 */
export function backtestQueryOptions(config: Config, parameters: BacktestQueryParameters) {
  const { window, range, liquidity } = parameters
  return queryOptions({
    queryKey: backtestQueryKey(parameters),
    queryFn: ({ queryKey }) => {
      const { chainId, pool, window, range, liquidity } = queryKey[1]
      if (!window || !range || liquidity === undefined) throw new Error('no backtest input')
      return readBacktest(clientFor(config, chainId), {
        chainId,
        pool,
        historyFromBlock: window.historyFromBlock,
        method: window.method,
        fromBlock: window.fromBlock,
        toBlock: window.toBlock,
        tickLower: range.tickLower,
        tickUpper: range.tickUpper,
        deposit: { liquidity },
        store: getDefaultLogStore(),
      })
    },
    enabled: window !== undefined && range !== undefined && liquidity !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    // Keep the last chart while a dragged range recomputes.
    placeholderData: keepPreviousData,
    retry: false,
  })
}
