import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useChainId, useConfig } from 'wagmi'
import type { BacktestResult } from '../../../domain/backtest/types.ts'
import { depositLiquidity } from '../../../domain/projection/depositLiquidity.ts'
import type { PoolSnapshot, ResolvedRange } from '../../../domain/projection/types.ts'
import { backtestQueryOptions } from '../../../queries/backtestQuery.ts'
import {
  backtestSupported,
  backtestWindowQueryOptions,
  type ResolvedBacktestWindow,
} from '../../../queries/backtestWindowQuery.ts'

/** A finished backtest and the window it covered (window.method: exact replay or swap-path estimate). */
export type SimulatorBacktest = { result: BacktestResult; window: ResolvedBacktestWindow }

/**
 * Backtests the planned range over the last `windowDays` of chain time: the pool's events (bounded,
 * cached getLogs) pick the window and its start price, the USD deposit becomes liquidity at that
 * price, then `readBacktest` replays every swap exactly. V3 only; disabled without a range.
 */
export function useSimulatorBacktest(
  snapshot: PoolSnapshot,
  range: ResolvedRange | null,
  depositUsd: number,
  windowDays: number,
) {
  const chainId = useChainId()
  const config = useConfig()
  const enabled = snapshot.kind === 'v3' && backtestSupported(chainId)
  const windowQuery = useQuery(
    backtestWindowQueryOptions(config, { chainId, pool: snapshot.address, windowDays }, enabled),
  )
  const window = windowQuery.data ?? null
  const deposit =
    window && range
      ? depositLiquidity({
          depositUsd,
          sqrtPriceX96: window.startSqrtPriceX96,
          tickLower: range.tickLower,
          tickUpper: range.tickUpper,
          decimals0: snapshot.token0.decimals,
          decimals1: snapshot.token1.decimals,
          price0Usd: snapshot.token0.priceUsd,
          price1Usd: snapshot.token1.priceUsd,
        })
      : null
  // Liquidity is an integer on chain: round the float down before replaying.
  const liquidity = deposit && deposit.liquidity >= 1 ? BigInt(Math.floor(deposit.liquidity)) : null
  const backtestQuery = useQuery(
    backtestQueryOptions(config, {
      chainId,
      pool: {
        address: snapshot.address,
        feePips: snapshot.feePips,
        tickSpacing: snapshot.tickSpacing,
        decimals0: snapshot.token0.decimals,
        decimals1: snapshot.token1.decimals,
      },
      window:
        enabled && window
          ? {
              fromBlock: window.fromBlock,
              toBlock: window.toBlock,
              historyFromBlock: window.historyFromBlock,
              method: window.method,
            }
          : undefined,
      range: range ? { tickLower: range.tickLower, tickUpper: range.tickUpper } : undefined,
      liquidity: liquidity ?? undefined,
    }),
  )
  // One object per (result, window) pair: a new object on every render would re-run the panel's effects.
  const result = backtestQuery.data
  const data = useMemo<SimulatorBacktest | undefined>(
    () => (result && window ? { result, window } : undefined),
    [result, window],
  )
  const reason = !enabled
    ? snapshot.kind === 'v2'
      ? 'backtests replay V3 swaps; this is a V2 pair'
      : 'no pool history on this chain'
    : range === null
      ? 'fix the range first'
      : windowQuery.isSuccess && window === null
        ? 'the pool has no history before this window'
        : windowQuery.isSuccess && range && liquidity === null
          ? 'no USD price to turn the deposit into liquidity'
          : null
  return {
    data,
    isFetching: windowQuery.isFetching || backtestQuery.isFetching,
    error: windowQuery.error ?? backtestQuery.error,
    reason,
  }
}
