import type { Address, Client } from 'viem'
import type { ManageState, V3ManageState, V4ManageState } from '../domain/actions/manageState.ts'
import { getTokensOwed } from '../math/feeGrowth.ts'
import { type PoolKey, toPoolId } from '../math/poolId.ts'
import { stakingRewardsAbi } from './abi/stakingRewardsAbi.ts'
import { call } from './batch/batchCall.ts'
import { allOk } from './batch/batchResult.ts'
import { multicall3Of, readBatch } from './batch/readBatch.ts'
import { accountBalancesCalls, toAccountBalances } from './readers/readBalances.ts'
import { blockCalls, toBlock } from './readers/readBlock.ts'
import { v3PoolStateCalls } from './readers/readPoolStates.ts'
import { npmPositionCall } from './readers/readPositionStates.ts'
import {
  toV4PoolPositionState,
  toV4PositionManagerState,
  v4PoolPositionCalls,
  v4PositionCalls,
} from './readers/readV4PositionStates.ts'
import { completeV2PairState, v2PairReadingCalls } from './readV2PairState.ts'

export type { ManageState, V3ManageState, V4ManageState }

/** What a Manage action's review needs read from the chain. */
export type ReadManageStateParameters = {
  owner: Address
  /** ERC20 tokens whose balance (and allowance to `spender`) the action depends on. */
  tokens: readonly Address[]
  /** Who the action's approvals would be for (NPM, Router02…). */
  spender?: Address | undefined
  v3?: { npm: Address; pool: Address; tokenId: bigint } | undefined
  v2?: { pair: Address; token0: Address; token1: Address } | undefined
  /** A V4 position: its NFT, pool key and ticks (from the position's view; re-checked against PositionManager). */
  v4?:
    | {
        positionManager: Address
        stateView: Address
        tokenId: bigint
        poolKey: PoolKey
        tickLower: number
        tickUpper: number
      }
    | undefined
  farm?: Address | undefined
  multicall3?: Address | undefined
  signal?: AbortSignal | undefined
}

/**
 * Reads, at the latest block, the owner's balances and allowances of the action's tokens and the
 * position's own state (V3 pool price and liquidity, V2 pair with its fee switch, farm stake): one
 * eth_call, plus one for a V2 pair's factory fee switch.
 * @throws when any read failed (a review never computes with a missing value)
 */
export async function readManageState(
  client: Client,
  parameters: ReadManageStateParameters,
): Promise<ManageState> {
  const { owner, tokens, spender, v3, v2, v4, farm, signal } = parameters
  const multicall3 = multicall3Of(client, parameters.multicall3)
  const round1 = await readBatch(client, {
    multicall3,
    signal,
    calls: {
      block: blockCalls(multicall3),
      balances: accountBalancesCalls({ multicall3, account: owner, tokens, spender }),
      v3: v3
        ? [{ slot0: v3PoolStateCalls(v3.pool).slot0, position: npmPositionCall(v3.npm, v3.tokenId) }]
        : [],
      v2: v2 ? [v2PairReadingCalls(v2.pair, v2.token0, v2.token1)] : [],
      v4: v4
        ? [
            {
              position: v4PositionCalls(v4.positionManager, v4.tokenId),
              pool: v4PoolPositionCalls({ ...v4, poolId: toPoolId(v4.poolKey) }),
            },
          ]
        : [],
      farm: farm
        ? [
            {
              stakedWei: call(farm, stakingRewardsAbi, 'balanceOf', [owner]),
              earnedWei: call(farm, stakingRewardsAbi, 'earned', [owner]),
            },
          ]
        : [],
    },
  })
  const block = toBlock(round1.block)
  const { balancesWei, allowancesWei, ethBalanceWei } = toAccountBalances(tokens, round1.balances)
  const state: ManageState = {
    blockNumber: block.blockNumber,
    blockTimestamp: block.timestamp,
    balancesWei,
    allowancesWei,
    ethBalanceWei,
  }
  const [v3Results] = round1.v3
  if (v3Results) {
    const read = allOk(v3Results)
    if (!read.ok) throw new Error(`V3 position state unavailable: ${read.error}`)
    const { slot0, position } = read.value
    state.v3 = {
      sqrtPriceX96: slot0.sqrtPriceX96,
      tick: slot0.tick,
      liquidity: position.liquidity,
      tokensOwed0: position.tokensOwed0,
      tokensOwed1: position.tokensOwed1,
    }
  }
  const [v4Results] = round1.v4
  if (v4Results && v4) state.v4 = toV4ManageState(v4, v4Results)
  const [farmResults] = round1.farm
  if (farmResults) {
    const read = allOk(farmResults)
    if (!read.ok) throw new Error(`farm stake unavailable: ${read.error}`)
    state.farm = read.value
  }
  const [v2Results] = round1.v2
  if (v2Results)
    state.v2 = await completeV2PairState(client, { block, results: v2Results, multicall3, signal })
  return state
}

/**
 * The V4 part of a review's state, refusing anything a review must not compute with: a failed read, an NFT
 * that no longer exists (burned: no position info) or whose pool key changed, or a PoolManager entry whose
 * liquidity differs from PositionManager's.
 */
function toV4ManageState(
  v4: NonNullable<ReadManageStateParameters['v4']>,
  results: {
    position: Parameters<typeof toV4PositionManagerState>[0]
    pool: Parameters<typeof toV4PoolPositionState>[0]
  },
): V4ManageState {
  const position = toV4PositionManagerState(results.position)
  if (!position.ok) throw new Error(`V4 position state unavailable: ${position.error}`)
  if (position.value.info === 0n)
    throw new Error(
      `V4 position #${v4.tokenId} no longer exists (burned): PositionManager has no info for it`,
    )
  if (toPoolId(position.value.poolKey) !== toPoolId(v4.poolKey))
    throw new Error(`V4 position #${v4.tokenId} is in another pool than the page shows: reload the page`)
  const pool = toV4PoolPositionState(results.pool)
  if (!pool.ok) throw new Error(`V4 pool state unavailable: ${pool.error}`)
  const { liquidity } = position.value
  if (pool.value.positionLiquidity !== liquidity)
    throw new Error(
      `the PoolManager holds liquidity ${pool.value.positionLiquidity} for V4 #${v4.tokenId}, PositionManager says ${liquidity}`,
    )
  return {
    sqrtPriceX96: pool.value.sqrtPriceX96,
    tick: pool.value.tick,
    liquidity,
    fees0Wei: getTokensOwed(pool.value.feeGrowthInside0LastX128, pool.value.feeGrowthInside0X128, liquidity),
    fees1Wei: getTokensOwed(pool.value.feeGrowthInside1LastX128, pool.value.feeGrowthInside1X128, liquidity),
  }
}
