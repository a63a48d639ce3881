import type { Address } from 'viem'

/** A Uniswap V3 pool's mutable state at one block, named as the contract names it. */
export interface V3PoolChainState {
  sqrtPriceX96: bigint
  tick: number
  /** slot0.feeProtocol: two 4-bit denominators (token0 in the low bits); 0 = protocol fee off. */
  feeProtocol: number
  /** Active liquidity at the current price. */
  liquidity: bigint
  feeGrowthGlobal0X128: bigint
  feeGrowthGlobal1X128: bigint
}

/** What a V3 pool fixes at creation. */
export interface V3PoolImmutables {
  token0: Address
  token1: Address
  /** Fee in pips (3000 = 0.3 %). */
  fee: number
  tickSpacing: number
}

/** A Uniswap V2 pair's state at one block. */
export interface V2PairChainState {
  reserve0: bigint
  reserve1: bigint
  totalSupply: bigint
  /** reserve0·reserve1 after the last mint/burn while the protocol fee was on; 0 otherwise. */
  kLast: bigint
}

/** One V3 tick's state (pool.ticks(tick)). */
export interface TickChainState {
  liquidityGross: bigint
  liquidityNet: bigint
  feeGrowthOutside0X128: bigint
  feeGrowthOutside1X128: bigint
  initialized: boolean
}

/** An initialized tick as TickLens lists it. */
export interface PopulatedTickState {
  tick: number
  liquidityNet: bigint
  liquidityGross: bigint
}

/** A Synthetix/Uniswap StakingRewards farm's global state. */
export interface StakingRewardsChainState {
  rewardRate: bigint
  rewardPerTokenStored: bigint
  lastUpdateTime: bigint
  periodFinish: bigint
  /** LP tokens staked in the farm (wei). */
  totalSupply: bigint
}

/** A UniswapV3Staker incentive's state (staker.incentives(id)). */
export interface V3IncentiveChainState {
  totalRewardUnclaimed: bigint
  totalSecondsClaimedX128: bigint
  numberOfStakes: bigint
}
