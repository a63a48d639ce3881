import type { Address } from 'viem'
import type { StakingRewardsInfo, V2PairInfo, V3IncentiveInfo } from '../catalogue/types.ts'
import type { TickChainState, V3PoolChainState } from '../pools/poolChainState.ts'
import type { ReadResult } from '../readResult.ts'
import type { TokenMeta } from './model.ts'
import type { NpmPosition } from './positionChainState.ts'

export type { NpmPosition } from './positionChainState.ts'

/** A V3 pool's state as the positions page values it. */
export type V3PoolRawState = V3PoolChainState

/** A tick's state as the fee math reads it. */
export type TickRawState = TickChainState

/** A stake of a deposited position in one incentive, with the state the reward math needs. */
export interface V3StakeRawState {
  incentive: V3IncentiveInfo
  secondsPerLiquidityInsideInitialX128: bigint
  liquidity: bigint
  totalRewardUnclaimed: ReadResult<bigint>
  totalSecondsClaimedX128: ReadResult<bigint>
  secondsPerLiquidityInsideX128: ReadResult<bigint>
}

export interface V3PositionRawState {
  tokenId: bigint
  location: 'wallet' | 'v3-staker'
  position: ReadResult<NpmPosition>
  /** Computed pool address (undefined while `position` failed). */
  pool: Address | undefined
  stakes: readonly V3StakeRawState[]
  /** Incentives whose stakes()/incentives() read failed: the position's rewards are unknown. */
  stakeErrors: readonly string[]
}

export interface V2PairRawState {
  pair: V2PairInfo
  walletBalance: ReadResult<bigint>
  reserves: ReadResult<readonly [bigint, bigint]>
  totalSupply: ReadResult<bigint>
  kLast: ReadResult<bigint>
  balance0: ReadResult<bigint>
  balance1: ReadResult<bigint>
}

export interface FarmRawState {
  farm: StakingRewardsInfo
  balance: ReadResult<bigint>
  userRewardPerTokenPaid: ReadResult<bigint>
  rewards: ReadResult<bigint>
  rewardRate: ReadResult<bigint>
  rewardPerTokenStored: ReadResult<bigint>
  lastUpdateTime: ReadResult<bigint>
  periodFinish: ReadResult<bigint>
  totalSupply: ReadResult<bigint>
}

export type PricingPoolRawState =
  | { kind: 'v3'; address: Address; token0: Address; token1: Address; slot0: ReadResult<V3PoolRawState> }
  | {
      kind: 'v2'
      address: Address
      token0: Address
      token1: Address
      reserves: ReadResult<readonly [bigint, bigint]>
    }

/** Every raw on-chain value the positions page needs, read at one block. */
export interface PositionsRawState {
  account: Address
  blockNumber: bigint
  blockTimestamp: bigint
  v2FeeOn: ReadResult<boolean>
  v3Positions: readonly V3PositionRawState[]
  /**
   * V3 positions the account has (wallet and staked): more than `v3Positions.length` when those are
   * a page of them (newest first). Absent = `v3Positions` is all of them.
   */
  v3PositionsTotal?: number
  pools: ReadonlyMap<string, ReadResult<V3PoolRawState>>
  /** key `${pool}:${tick}` (lowercase pool). */
  ticks: ReadonlyMap<string, ReadResult<TickRawState>>
  v2Pairs: readonly V2PairRawState[]
  farms: readonly FarmRawState[]
  pricingPools: readonly PricingPoolRawState[]
  usdToken: Address | undefined
  /** Metadata of every token involved, by lowercase address. */
  tokens: ReadonlyMap<string, TokenMeta>
  /** Tokens whose decimals() failed (their positions are unavailable). */
  tokensWithoutDecimals: ReadonlySet<string>
  /**
   * Staker rewards credited to the account (by unstakes) but not claimed yet: rewards(token, account)
   * per distinct incentive reward token. Empty without a staker.
   */
  stakerRewardsOwed: readonly { rewardToken: Address; amountWei: ReadResult<bigint> }[]
  /**
   * Staker deposit candidates (from the account's DepositTransferred events) whose deposits() read
   * failed: the position may still be staked by the account, so it is shown unavailable, not dropped.
   */
  stakerDepositErrors: readonly { tokenId: bigint; error: string }[]
}

/** Key of a tick in `PositionsRawState.ticks`. */
export const tickKey = (pool: Address, tick: number) => `${pool.toLowerCase()}:${tick}`
