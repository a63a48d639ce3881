import type { Address, Client, Hex } from 'viem'
import type { V3IncentiveChainState } from '../../domain/pools/poolChainState.ts'
import type {
  NpmPosition,
  StakerDeposit,
  StakerStake,
  StakingRewardsAccountState,
} from '../../domain/positions/positionChainState.ts'
import { nonfungiblePositionManagerAbi } from '../abi/nonfungiblePositionManagerAbi.ts'
import { stakingRewardsAbi } from '../abi/stakingRewardsAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { uniswapV3StakerAbi } from '../abi/uniswapV3StakerAbi.ts'
import { type BatchResult, call, mapCall } from '../batch/batchCall.ts'
import { readBatch } from '../batch/readBatch.ts'

/** The call of how many NPM positions `owner` holds. */
export function npmBalanceCall(npm: Address, owner: Address) {
  return call(npm, nonfungiblePositionManagerAbi, 'balanceOf', [owner])
}

/** The call of `owner`'s `index`-th NPM token id. */
export function npmTokenIdCall(npm: Address, owner: Address, index: number) {
  return call(npm, nonfungiblePositionManagerAbi, 'tokenOfOwnerByIndex', [owner, BigInt(index)])
}

/** The call of an NPM position, decoded by name (nonce and operator dropped). */
export function npmPositionCall(npm: Address, tokenId: bigint) {
  return mapCall(call(npm, nonfungiblePositionManagerAbi, 'positions', [tokenId]), (raw): NpmPosition => {
    const [, , token0, token1, fee, tickLower, tickUpper, liquidity, growth0, growth1, owed0, owed1] = raw
    return {
      token0,
      token1,
      fee,
      tickLower,
      tickUpper,
      liquidity,
      feeGrowthInside0LastX128: growth0,
      feeGrowthInside1LastX128: growth1,
      tokensOwed0: owed0,
      tokensOwed1: owed1,
    }
  })
}

/** The call of a position's deposit in the UniswapV3Staker. */
export function stakerDepositCall(staker: Address, tokenId: bigint) {
  return mapCall(
    call(staker, uniswapV3StakerAbi, 'deposits', [tokenId]),
    ([owner, numberOfStakes, tickLower, tickUpper]): StakerDeposit => ({
      owner,
      numberOfStakes,
      tickLower,
      tickUpper,
    }),
  )
}

/** The call of a deposited position's stake in one incentive. */
export function stakerStakeCall(staker: Address, tokenId: bigint, incentiveId: Hex) {
  return mapCall(
    call(staker, uniswapV3StakerAbi, 'stakes', [tokenId, incentiveId]),
    ([secondsPerLiquidityInsideInitialX128, liquidity]): StakerStake => ({
      secondsPerLiquidityInsideInitialX128,
      liquidity,
    }),
  )
}

/** The call of an incentive's state in the UniswapV3Staker. */
export function stakerIncentiveCall(staker: Address, incentiveId: Hex) {
  return mapCall(
    call(staker, uniswapV3StakerAbi, 'incentives', [incentiveId]),
    ([totalRewardUnclaimed, totalSecondsClaimedX128, numberOfStakes]): V3IncentiveChainState => ({
      totalRewardUnclaimed,
      totalSecondsClaimedX128,
      numberOfStakes,
    }),
  )
}

/** The call of the staker rewards credited to `owner` in `rewardToken` and not claimed yet. */
export function stakerRewardsOwedCall(staker: Address, rewardToken: Address, owner: Address) {
  return call(staker, uniswapV3StakerAbi, 'rewards', [rewardToken, owner])
}

/** The call of the seconds per liquidity inside a range (what a stake's reward accrues from). */
export function secondsPerLiquidityInsideCall(pool: Address, tickLower: number, tickUpper: number) {
  return mapCall(
    call(pool, uniswapV3PoolAbi, 'snapshotCumulativesInside', [tickLower, tickUpper]),
    ([, secondsPerLiquidityInsideX128]) => secondsPerLiquidityInsideX128,
  )
}

/** The calls of an account's stake in a StakingRewards farm and its accrued rewards. */
export function farmAccountCalls(farm: Address, account: Address) {
  return {
    balance: call(farm, stakingRewardsAbi, 'balanceOf', [account]),
    userRewardPerTokenPaid: call(farm, stakingRewardsAbi, 'userRewardPerTokenPaid', [account]),
    rewards: call(farm, stakingRewardsAbi, 'rewards', [account]),
  }
}

/** The results of `farmAccountCalls`. */
export type FarmAccountResults = { [name in keyof StakingRewardsAccountState]: BatchResult<bigint> }

export interface ReadNpmPositionsParameters {
  npm: Address
  tokenIds: readonly bigint[]
  multicall3?: Address | undefined
  blockNumber?: bigint | undefined
  signal?: AbortSignal | undefined
}

/**
 * NPM positions by token id in ONE eth_call; a position whose read failed is `{ ok: false }`.
 * @example const [position] = await readNpmPositions(client, { npm, tokenIds: [7n] })
 */
export async function readNpmPositions(
  client: Client,
  parameters: ReadNpmPositionsParameters,
): Promise<BatchResult<NpmPosition>[]> {
  const { npm, tokenIds } = parameters
  return readBatch(client, {
    multicall3: parameters.multicall3,
    blockNumber: parameters.blockNumber,
    signal: parameters.signal,
    calls: tokenIds.map((tokenId) => npmPositionCall(npm, tokenId)),
  })
}
