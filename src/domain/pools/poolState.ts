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

/** Current state of every listed pool and farm; null where a read failed. Keys are lowercase addresses / ids. */
export interface PoolsState {
  blockNumber: bigint
  timestamp: number
  v3: Map<string, V3PoolState | null>
  v2: Map<string, V2PairState | null>
  farms: Map<string, FarmState | null>
  incentives: Map<string, IncentiveState | null>
}
