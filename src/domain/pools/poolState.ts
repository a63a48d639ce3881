import type { V4TickLiquidity } from '../figures/v4PoolFigures.ts'

export interface V3PoolState {
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  balance0Wei: bigint
  balance1Wei: bigint
}

export interface V2PairState {
  reserve0Wei: bigint
  reserve1Wei: bigint
  totalSupplyWei: bigint
}

export interface FarmState {
  rewardRateWeiPerSecond: bigint
  periodFinish: number
  totalStakedWei: bigint
}

export interface IncentiveState {
  totalRewardUnclaimedWei: bigint
  /** incentives(id).totalSecondsClaimedX128: the liquidity-seconds already paid out. */
  totalSecondsClaimedX128: bigint
  numberOfStakes: bigint
}

/** A V4 pool's state from StateView: slot0, active liquidity and its initialized ticks. */
export interface V4PoolState {
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  /** The LP fee now (pips): the key's fee, or the hook's for a dynamic-fee pool. */
  lpFee: number
  /** Initialized ticks with liquidityNet; null when they could not be read (TVL then unavailable). */
  ticks: readonly V4TickLiquidity[] | null
}

/** Current state of every listed pool and farm; null where a read failed. Keys are lowercase addresses / ids. */
export interface PoolsState {
  blockNumber: bigint
  timestamp: number
  v3: Map<string, V3PoolState | null>
  v2: Map<string, V2PairState | null>
  farms: Map<string, FarmState | null>
  incentives: Map<string, IncentiveState | null>
  /** lowercase PoolId → V4 pool state (absent without V4 pools). */
  v4?: Map<string, V4PoolState | null>
}
