import type { Client } from 'viem'
import { buildPoolRows } from '../../domain/pools/buildPoolRows.ts'
import type { PoolsState } from '../../domain/pools/poolState.ts'
import type { PoolsList, PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import type { LogStore } from '../history/logStore.ts'
import { readPoolsState } from './readPoolsState.ts'
import { readRecentSwaps } from './readRecentSwaps.ts'

/**
 * The pools list from a state read already made (readPoolsState): the swaps of the last 24 h (and 7 d
 * when `sevenDays`): 1-3 header reads to find the window's first block, then one getLogs filter for all
 * pools per 10,000-block range (cached). Request count is independent of the number of pools.
 */
export async function readPoolsListFrom(
  client: Client,
  parameters: { config: PoolsListConfig; state: PoolsState; store: LogStore; sevenDays?: boolean },
): Promise<PoolsList> {
  const { config, state, store } = parameters
  const swaps = await readRecentSwaps(client, {
    chainId: config.chainId,
    v3Pools: config.v3Pools.map((pool) => pool.address),
    v2Pairs: config.v2Pairs.map((pair) => pair.address),
    blockNumber: state.blockNumber,
    timestamp: state.timestamp,
    startBlock: config.startBlock,
    store,
    sevenDays: parameters.sevenDays ?? false,
  })
  return buildPoolRows(config, state, swaps)
}

/**
 * The pools list: one Multicall3 eth_call for the state of every pool, pair, farm and incentive (plus
 * block number and time: price, TVL, liquidity and farm APR), then the swaps (see readPoolsListFrom).
 */
export async function readPoolsList(
  client: Client,
  parameters: { config: PoolsListConfig; store: LogStore; sevenDays?: boolean },
): Promise<PoolsList> {
  const state = await readPoolsState(client, parameters.config)
  return readPoolsListFrom(client, { ...parameters, state })
}
