import type { Client } from 'viem'
import { buildPoolRows } from '../../domain/pools/buildPoolRows.ts'
import type { PoolsState } from '../../domain/pools/poolState.ts'
import type { PoolsList, PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import type { LogStore } from '../history/logStore.ts'
import { readPoolsState } from './readPoolsState.ts'
import { readRecentSwaps } from './readRecentSwaps.ts'
import { findV4TickCandidates, readV4InitializedTicks } from './readV4Pools.ts'

/**
 * The state with each V4 pool's initialized ticks added: candidates from the PoolManager's
 * ModifyLiquidity logs (one cached getLogs filter by pool id), their liquidityNet from StateView at the
 * state's block (one multicall). A failure leaves the ticks null (TVL and histogram unavailable), the
 * price and liquidity as read.
 */
async function withV4Ticks(
  client: Client,
  parameters: { config: PoolsListConfig; state: PoolsState; store: LogStore },
): Promise<PoolsState> {
  const { config, state, store } = parameters
  const v4 = config.v4
  if (!v4 || !state.v4 || v4.pools.length === 0) return state
  let ticks: Awaited<ReturnType<typeof readV4InitializedTicks>> | undefined
  try {
    const candidates = await findV4TickCandidates(client, {
      chainId: config.chainId,
      v4,
      toBlock: state.blockNumber,
      store,
    })
    ticks = await readV4InitializedTicks(client, {
      multicall3: config.multicall3,
      v4,
      candidates,
      blockNumber: state.blockNumber,
    })
  } catch {
    ticks = undefined
  }
  const v4State = new Map(state.v4)
  for (const [id, poolState] of v4State)
    if (poolState) v4State.set(id, { ...poolState, ticks: ticks?.get(id) ?? null })
  return { ...state, v4: v4State }
}

/**
 * The pools list from a state read already made (readPoolsState): the swaps of the last 24 h (and 7 d
 * when `sevenDays`): 1-3 header reads to find the window's first block, then one getLogs filter for all
 * pools per 10,000-block range (cached), and for V4 pools one more filter (PoolManager Swap by pool id)
 * plus their ticks (withV4Ticks: one getLogs filter, one multicall). Request count is independent of
 * the number of pools.
 */
export async function readPoolsListFrom(
  client: Client,
  parameters: { config: PoolsListConfig; state: PoolsState; store: LogStore; sevenDays?: boolean },
): Promise<PoolsList> {
  const { config, store } = parameters
  const [swaps, state] = await Promise.all([
    readRecentSwaps(client, {
      chainId: config.chainId,
      v3Pools: config.v3Pools.map((pool) => pool.address),
      v2Pairs: config.v2Pairs.map((pair) => pair.address),
      v4: config.v4
        ? { poolManager: config.v4.poolManager, poolIds: config.v4.pools.map((pool) => pool.poolId) }
        : undefined,
      blockNumber: parameters.state.blockNumber,
      timestamp: parameters.state.timestamp,
      startBlock: config.startBlock,
      store,
      sevenDays: parameters.sevenDays ?? false,
    }),
    withV4Ticks(client, { config, state: parameters.state, store }),
  ])
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
