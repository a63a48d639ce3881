import type { Address } from 'viem'
import type { PoolKey } from '../../math/poolId.ts'
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

/** What PositionManager says of one V4 NFT (getPoolAndPositionInfo, getPositionLiquidity, subscriber). */
export interface V4PositionManagerState {
  poolKey: PoolKey
  /** The packed PositionInfo word (poolId prefix, ticks, hasSubscriber). */
  info: bigint
  liquidity: bigint
  /** address(0) when the position has no subscriber. */
  subscriber: Address
}

/** A V4 pool's state at the position's ticks, and the position's own entry in the PoolManager (StateView). */
export interface V4PoolPositionState {
  sqrtPriceX96: bigint
  tick: number
  /** The LP fee slot0 holds now, in pips (a dynamic-fee pool's hook may change it). */
  lpFee: number
  /** The pool's in-range liquidity. */
  poolLiquidity: bigint
  feeGrowthInside0X128: bigint
  feeGrowthInside1X128: bigint
  /** StateView.getPositionInfo of (PositionManager, ticks, salt = tokenId). */
  positionLiquidity: bigint
  feeGrowthInside0LastX128: bigint
  feeGrowthInside1LastX128: bigint
}

/** One V4 position of the account (found from PositionManager Transfer logs), as read at the snapshot's block. */
export interface V4PositionRawState {
  tokenId: bigint
  position: ReadResult<V4PositionManagerState>
  /** Its pool and its PoolManager entry; not read while `position` failed. */
  pool: ReadResult<V4PoolPositionState>
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
  /** The account's V4 positions (absent on a chain without V4 in Poolscope). */
  v4Positions?: readonly V4PositionRawState[]
  /** Why the account's V4 positions could not be found (the Transfer log scan failed): they are unknown. */
  v4DiscoveryError?: string
  /** Native ETH (a V4 currency address(0)) is priced as this token (WETH). */
  wrappedNative?: Address
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
