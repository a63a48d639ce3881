import type { Address, Client } from 'viem'
import { backtestRange } from '../../domain/backtest/backtestRange.ts'
import { estimateBacktestFromSwaps } from '../../domain/backtest/estimateBacktestFromSwaps.ts'
import type { BacktestDeposit, BacktestResult } from '../../domain/backtest/types.ts'
import type { LogStore } from '../history/logStore.ts'
import { readBlockTimestamps } from '../history/readPositionHistory.ts'
import { readV3PoolEvents } from '../pools/readV3PoolEvents.ts'

export interface ReadBacktestParameters {
  chainId: number
  pool: { address: Address; feePips: number; tickSpacing: number; decimals0: number; decimals1: number }
  /** Where the pool's history starts (its creation, or the deployments' start block; public chains: a bounded window). */
  historyFromBlock: bigint
  /**
   * 'replay' (default): the whole history from `historyFromBlock`, exact. 'swap-path': the Swap events of
   * a bounded scan only (estimateBacktestFromSwaps), for public chains.
   */
  method?: 'replay' | 'swap-path'
  /** The window: the position opens before the first event of fromBlock; toBlock inclusive. */
  fromBlock: bigint
  toBlock: bigint
  tickLower: number
  tickUpper: number
  deposit: BacktestDeposit
  store: LogStore
}

/**
 * Reads a V3 pool's events since its creation (bounded getLogs ranges, cached) and the window's two
 * block timestamps, then runs `backtestRange`. Only logs and block headers: no historical state reads
 * (a node restored from a state dump, like the devnet's anvil, cannot eth_call at past blocks).
 */
export async function readBacktest(
  client: Client,
  parameters: ReadBacktestParameters,
): Promise<BacktestResult> {
  const { chainId, pool, store, fromBlock, toBlock } = parameters
  const [events, timestamps] = await Promise.all([
    readV3PoolEvents(client, {
      chainId,
      pool: pool.address,
      fromBlock: parameters.historyFromBlock,
      toBlock,
      store,
    }),
    readBlockTimestamps(client, { chainId, store, blocks: [fromBlock, toBlock] }),
  ])
  const run = parameters.method === 'swap-path' ? estimateBacktestFromSwaps : backtestRange
  return run({
    events,
    feePips: pool.feePips,
    tickSpacing: pool.tickSpacing,
    fromBlock,
    toBlock,
    startTimestamp: timestamps.get(fromBlock) ?? 0,
    endTimestamp: timestamps.get(toBlock) ?? 0,
    tickLower: parameters.tickLower,
    tickUpper: parameters.tickUpper,
    deposit: parameters.deposit,
    decimals0: pool.decimals0,
    decimals1: pool.decimals1,
  })
}
