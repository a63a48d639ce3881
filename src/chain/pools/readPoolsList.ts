import type { Client } from 'viem'
import { buildPoolRows } from '../../domain/pools/buildPoolRows.ts'
import type { PoolsList, PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import type { LogStore } from '../history/logStore.ts'
import { readPoolsState } from './readPoolsState.ts'
import { readRecentSwaps } from './readRecentSwaps.ts'

/**
 * The pools list: one Multicall3 eth_call for the state of every pool, pair, farm and incentive (plus
 * block number and time), then one getBlock and one getLogs filter (bounded ranges, cached) for the
 * swaps of the last 7 days. Request count is independent of the number of pools.
 */
export async function readPoolsList(
  client: Client,
  parameters: { config: PoolsListConfig; store: LogStore },
): Promise<PoolsList> {
  const { config, store } = parameters
  const state = await readPoolsState(client, config)
  const swaps = await readRecentSwaps(client, {
    chainId: config.chainId,
    v3Pools: config.v3Pools.map((pool) => pool.address),
    v2Pairs: config.v2Pairs.map((pair) => pair.address),
    blockNumber: state.blockNumber,
    timestamp: state.timestamp,
    startBlock: config.startBlock,
    store,
  })
  return buildPoolRows(config, state, swaps)
}
