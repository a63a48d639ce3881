import type { Address, Client } from 'viem'
import type { ManageState, V3ManageState } from '../domain/actions/manageState.ts'
import { stakingRewardsAbi } from './abi/stakingRewardsAbi.ts'
import { call } from './batch/batchCall.ts'
import { allOk } from './batch/batchResult.ts'
import { multicall3Of, readBatch } from './batch/readBatch.ts'
import { accountBalancesCalls, toAccountBalances } from './readers/readBalances.ts'
import { blockCalls, toBlock } from './readers/readBlock.ts'
import { v3PoolStateCalls } from './readers/readPoolStates.ts'
import { npmPositionCall } from './readers/readPositionStates.ts'
import { completeV2PairState, v2PairReadingCalls } from './readV2PairState.ts'

export type { ManageState, V3ManageState }

/** What a Manage action's review needs read from the chain. */
export type ReadManageStateParameters = {
  owner: Address
  /** ERC20 tokens whose balance (and allowance to `spender`) the action depends on. */
  tokens: readonly Address[]
  /** Who the action's approvals would be for (NPM, Router02…). */
  spender?: Address | undefined
  v3?: { npm: Address; pool: Address; tokenId: bigint } | undefined
  v2?: { pair: Address; token0: Address; token1: Address } | undefined
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
  const { owner, tokens, spender, v3, v2, farm, signal } = parameters
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
