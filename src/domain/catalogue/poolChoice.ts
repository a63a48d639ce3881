import type { Address } from 'viem'
import type { StakingRewardsInfo, TokenInfo, V3IncentiveInfo } from './types.ts'

/** A pool the form can deposit into, with its tokens and the farm paying its LPs (if any). */
export type PoolChoice = {
  protocol: 'v3' | 'v2'
  address: Address
  token0: TokenInfo
  token1: TokenInfo
  /** V3 fee in pips; V2: 3000. */
  fee: number
  /** V3 only. */
  tickSpacing: number
  farm?: StakingRewardsInfo
  incentive?: V3IncentiveInfo
  /** A pool that does not exist yet: the mint creates and initializes it at this price (liquidity 0 until then). */
  create?: { sqrtPriceX96: bigint }
}
