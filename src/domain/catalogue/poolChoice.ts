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
  /**
   * A pool that does not exist yet. V3: the mint creates and initializes it at this price (liquidity 0
   * until then). V2: Router02.addLiquidity creates the pair; the price is the ratio of the typed amounts.
   */
  create?: { sqrtPriceX96: bigint }
  /** Not on the list: created here, or found on chain for a pasted token (it shows badged "unlisted"). */
  imported?: true
}
