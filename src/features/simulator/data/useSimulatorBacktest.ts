import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Client } from 'viem'
import { getBlock } from 'viem/actions'
import { useChainId, useClient } from 'wagmi'
import { readBacktest } from '../../../chain/backtest/readBacktest.ts'
import { getDefaultLogStore } from '../../../chain/history/logStore.ts'
import { readV3PoolEvents } from '../../../chain/pools/readV3PoolEvents.ts'
import { type BacktestWindow, backtestWindow } from '../../../domain/backtest/backtestWindow.ts'
import type { BacktestResult } from '../../../domain/backtest/types.ts'
import { depositLiquidity } from '../../../domain/projection/depositLiquidity.ts'
import type { PoolSnapshot, ResolvedRange } from '../../../domain/projection/types.ts'
import { catalogueQueryOptions } from '../../../queries/catalogueQuery.ts'

/** A finished backtest and the window it covered. */
export type SimulatorBacktest = { result: BacktestResult; window: BacktestWindow }

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
  const client = useClient({ chainId })
  const catalogue = useQuery(catalogueQueryOptions(chainId)).data
  // A backtest replays the pool's whole history: only where the catalogue says that is affordable.
  const historyFromBlock = catalogue?.fullHistory ? BigInt(catalogue.startBlock) : undefined
  const enabled = snapshot.kind === 'v3' && client !== undefined && historyFromBlock !== undefined
  const store = getDefaultLogStore()

  // The window depends only on the pool and the chain head: range drags do not refetch it.
  const windowQuery = useQuery({
    queryKey: ['simulator', 'backtest-window', { chainId, pool: snapshot.address.toLowerCase(), windowDays }],
    queryFn: async () => {
      if (!client || historyFromBlock === undefined) throw new Error('no client')
      // wagmi's client type is chain-specific; getBlock needs only the transport.
      const head = await getBlock(client as Client, { blockTag: 'latest' })
      const events = await readV3PoolEvents(client, {
        chainId,
        pool: snapshot.address,
        fromBlock: historyFromBlock,
        toBlock: head.number,
        store,
      })
      return backtestWindow(events, windowDays, {
        blockNumber: head.number,
        timestamp: Number(head.timestamp),
      })
    },
    enabled,
    staleTime: 60_000,
  })
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
  const backtestQuery = useQuery({
    queryKey: [
      'simulator',
      'backtest',
      {
        chainId,
        pool: snapshot.address.toLowerCase(),
        fromBlock: window?.fromBlock.toString(),
        toBlock: window?.toBlock.toString(),
        tickLower: range?.tickLower,
        tickUpper: range?.tickUpper,
        liquidity: liquidity?.toString(),
      },
    ],
    queryFn: async (): Promise<SimulatorBacktest> => {
      if (!client || historyFromBlock === undefined || !window || !range || liquidity === null)
        throw new Error('no backtest input')
      const result = await readBacktest(client, {
        chainId,
        pool: {
          address: snapshot.address,
          feePips: snapshot.feePips,
          tickSpacing: snapshot.tickSpacing,
          decimals0: snapshot.token0.decimals,
          decimals1: snapshot.token1.decimals,
        },
        historyFromBlock,
        fromBlock: window.fromBlock,
        toBlock: window.toBlock,
        tickLower: range.tickLower,
        tickUpper: range.tickUpper,
        deposit: { liquidity },
        store,
      })
      return { result, window }
    },
    enabled: enabled && window !== null && range !== null && liquidity !== null,
    staleTime: Number.POSITIVE_INFINITY,
    // Keep the last chart while a dragged range recomputes.
    placeholderData: keepPreviousData,
    retry: false,
  })
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
    data: backtestQuery.data,
    isFetching: windowQuery.isFetching || backtestQuery.isFetching,
    error: windowQuery.error ?? backtestQuery.error,
    reason,
  }
}
