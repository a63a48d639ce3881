import type { Address } from 'viem'

/** A NonfungiblePositionManager position (positions(tokenId)), without nonce and operator. */
export interface NpmPosition {
  token0: Address
  token1: Address
  fee: number
  tickLower: number
  tickUpper: number
  liquidity: bigint
  feeGrowthInside0LastX128: bigint
  feeGrowthInside1LastX128: bigint
  tokensOwed0: bigint
  tokensOwed1: bigint
}

/** A position deposited in the UniswapV3Staker (staker.deposits(tokenId)). */
export interface StakerDeposit {
  owner: Address
  numberOfStakes: number
  tickLower: number
  tickUpper: number
}

/** A deposited position's stake in one incentive (staker.stakes(tokenId, incentiveId)). */
export interface StakerStake {
  secondsPerLiquidityInsideInitialX128: bigint
  liquidity: bigint
}

/** An account's stake in a StakingRewards farm and what it has accrued. */
export interface StakingRewardsAccountState {
  balance: bigint
  userRewardPerTokenPaid: bigint
  rewards: bigint
}
