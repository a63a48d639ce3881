import type { Address } from 'viem'
import type {
  StakingRewardsInfo,
  TokenInfo,
  V2PairInfo,
  V3IncentiveInfo,
  V3PoolInfo,
  V4PoolInfo,
} from '../catalogue/types.ts'
import type { V4TickLiquidity } from '../figures/v4PoolFigures.ts'
import type { V4HookInfo } from '../positions/model.ts'
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
  /** Uniswap V4 pools to list (absent where Poolscope reads no V4 on the chain). */
  v4?: V4PoolsListConfig | undefined
}

/** The V4 part of a pools list: the singleton contracts and the pool keys. */
export interface V4PoolsListConfig {
  poolManager: Address
  stateView: Address
  /** Block of the PoolManager's deployment: its ModifyLiquidity logs (initialized ticks) start here. */
  startBlock: bigint
  /** Native ETH (currency address(0)) is priced as this wrapped token. */
  wrappedNative: Address
  pools: readonly V4PoolInfo[]
}

/** What a V4 row adds: its hook (a risk) and its initialized ticks (histogram, TVL). */
export interface V4PoolRowInfo {
  /** The hook and its decoded permission flags (a risk: the pool trusts its code); null = no hook. */
  hook: V4HookInfo | null
  /** The key's fee is the dynamic-fee flag: the hook sets the fee (the row's feePips is then the current lpFee). */
  dynamicFee: boolean
  /** Initialized ticks with their liquidityNet, as read now. */
  ticks: readonly V4TickLiquidity[]
  /** LP fees of the last 24 h / 7 d per token, wei (each swap at its own fee); null when not read. */
  fees24hWei: readonly [bigint, bigint] | null
  fees7dWei: readonly [bigint, bigint] | null
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
  kind: 'v2' | 'v3' | 'v4'
  /** The pool's address; V4: its PoolId (bytes32: V4 pools live in the PoolManager). */
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
  /** V4 only. */
  v4?: V4PoolRowInfo
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
