import type { Address, Client, Hex } from 'viem'
import type { StakingRewardsChainState, V3IncentiveChainState } from '../../domain/pools/poolChainState.ts'
import { stakingRewardsAbi } from '../abi/stakingRewardsAbi.ts'
import { type BatchResult, call } from '../batch/batchCall.ts'
import { allOk, zipResults } from '../batch/batchResult.ts'
import { readBatch } from '../batch/readBatch.ts'
import { stakerIncentiveCall } from './readPositionStates.ts'

/** The calls of a StakingRewards farm's global state. */
export function stakingRewardsStateCalls(farm: Address) {
  return {
    rewardRate: call(farm, stakingRewardsAbi, 'rewardRate', []),
    rewardPerTokenStored: call(farm, stakingRewardsAbi, 'rewardPerTokenStored', []),
    lastUpdateTime: call(farm, stakingRewardsAbi, 'lastUpdateTime', []),
    periodFinish: call(farm, stakingRewardsAbi, 'periodFinish', []),
    totalSupply: call(farm, stakingRewardsAbi, 'totalSupply', []),
  }
}

/** The results of `stakingRewardsStateCalls`. */
export type StakingRewardsStateResults = { [name in keyof StakingRewardsChainState]: BatchResult<bigint> }

/** A farm's state from `stakingRewardsStateCalls` results: every part, or the first that failed. */
export function toStakingRewardsState(
  results: StakingRewardsStateResults,
): BatchResult<StakingRewardsChainState> {
  return allOk(results)
}

export interface ReadFarmStatesParameters {
  farms?: readonly Address[]
  staker?: Address | undefined
  incentiveIds?: readonly Hex[]
  multicall3?: Address | undefined
  blockNumber?: bigint | undefined
  signal?: AbortSignal | undefined
}

/** StakingRewards farms' and UniswapV3Staker incentives' state in ONE eth_call, keyed lower-case. */
export async function readFarmStates(
  client: Client,
  parameters: ReadFarmStatesParameters,
): Promise<{
  farms: Map<string, BatchResult<StakingRewardsChainState>>
  incentives: Map<string, BatchResult<V3IncentiveChainState>>
}> {
  const { farms = [], staker, incentiveIds = [] } = parameters
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: {
      farms: farms.map((farm) => stakingRewardsStateCalls(farm)),
      incentives: staker ? incentiveIds.map((id) => stakerIncentiveCall(staker, id)) : [],
    },
  })
  return {
    farms: new Map(
      zipResults(farms, results.farms).map(([farm, entry]) => [
        farm.toLowerCase(),
        toStakingRewardsState(entry),
      ]),
    ),
    incentives: new Map(
      zipResults(staker ? incentiveIds : [], results.incentives).map(([id, entry]) => [
        id.toLowerCase(),
        entry,
      ]),
    ),
  }
}
