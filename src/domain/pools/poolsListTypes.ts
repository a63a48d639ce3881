import type { Address } from 'viem'
import type {
  StakingRewardsInfo,
  TokenInfo,
  V2PairInfo,
  V3IncentiveInfo,
  V3PoolInfo,
} from '../catalogue/types.ts'
import type { SwapWindows } from './swapTypes.ts'

/** What the pools list reads for one chain: contracts, tokens and the pools of those tokens. */
export interface PoolsListConfig {
  chainId: number
  multicall3: Address
  /** Undefined where the chain has no V3 staker (then no V3 incentives are listed). */
  v3Staker: Address | undefined
  usdToken: Address
  /** First block worth scanning for logs (no pool is older). */
  startBlock: bigint
  tokens: readonly TokenInfo[]
  v2Pairs: readonly V2PairInfo[]
  v3Pools: readonly V3PoolInfo[]
  stakingRewards: readonly StakingRewardsInfo[]
  v3Incentives: readonly V3IncentiveInfo[]
}

/** A liquidity-mining program paying a pool's LPs, as read now. */
export interface PoolFarm {
  kind: 'staking-rewards' | 'v3-staker'
  address: Address
  rewardToken: TokenInfo
  /**
   * Reward wei per second paid to all participants together (V3 staker: to the whole active liquidity,
   * by its payout rule: totalRewardUnclaimed over the unclaimed liquidity-seconds).
   */
  rewardRateWeiPerSecond: bigint
  /** Unix seconds the rewards stop. */
  periodEnd: number
  /** StakingRewards: LP wei staked. V3 staker: number of staked positions. */
  totalStaked: bigint
  active: boolean
  /** Farm reward APR per dollar staked (src/domain/figures/farmRewardApr.ts); null when unpriced. */
  rewardApr: number | null
}

/** One row of the pools list. Figures that cannot be known are null ("no price" / "unavailable"). */
export interface PoolRow {
  kind: 'v2' | 'v3'
  address: Address
  token0: TokenInfo
  token1: TokenInfo
  /** Same for every fee tier of one pair: lowercase sorted token addresses. */
  pairKey: string
  /** Fee in pips (V2: 3000). */
  feePips: number
  /** V3 tick spacing; V2: 1 (always full range). */
  tickSpacing: number
  /** False when the state read failed (then every figure below is null). */
  available: boolean
  sqrtPriceX96: bigint | null
  tick: number | null
  /** Whole token1 per whole token0. */
  price: number | null
  /** USD value of the pool's token balances (V3) or reserves (V2). */
  tvlUsd: number | null
  /** The token amounts TVL values, [token0, token1] wei: V3 the pool's balances, V2 its reserves. */
  tvlWei: readonly [bigint, bigint] | null
  /** V3: active liquidity L; V2: √(reserve0·reserve1). */
  activeLiquidity: bigint | null
  /** What activeLiquidity is worth: its virtual reserves at the price, in USD (figures/activeLiquidityUsd.ts). */
  activeLiquidityUsd: number | null
  volumeUsd24h: number | null
  volumeUsd7d: number | null
  /** What traders paid in over 24 h / 7 d, [token0, token1] wei (the volume in token terms). */
  volumeIn24hWei: readonly [bigint, bigint] | null
  volumeIn7dWei: readonly [bigint, bigint] | null
  feesUsd24h: number | null
  feesUsd7d: number | null
  /** The 24 h pool fee APR: fees of the last 24 h over TVL, × 365 (src/domain/figures/poolFeeApr.ts). */
  feeApr: number | null
  swapCount7d: number
  farm: PoolFarm | null
}

/** The pools list at one block. */
export interface PoolsList {
  blockNumber: bigint
  /** Chain time of that block (unix seconds). */
  timestamp: number
  rows: PoolRow[]
  /** USD per whole token, lowercase address → price; absent = no price route. */
  pricesUsd: ReadonlyMap<string, number>
  /** Seconds of history the 7 d figures cover (shorter when the chain is younger). */
  windowSeconds7d: number
  /** How the 24 h (and, once loaded, 7 d) swap windows were found: exact, estimated or partial. */
  swapWindows: SwapWindows
}
