import type { Address } from 'viem'

/** A pool token with what the simulator needs to value it. */
export type SnapshotToken = {
  address: Address
  symbol: string
  decimals: number
  /** USD per whole token by THE route search (src/domain/pricing); null = no price route. */
  priceUsd: number | null
}

/** A liquidity-mining program paying the pool's LPs. */
export type RewardProgram = {
  /** 'v3-staker': pays in-range liquidity pro rata; 'staking-rewards': pays staked V2 LP tokens. */
  kind: 'v3-staker' | 'staking-rewards'
  token: SnapshotToken
  /** Whole reward tokens paid per second to all participants together. */
  ratePerSecond: number
  /** Unix seconds; rewards stop after it. */
  periodEnd: number
  /** StakingRewards only: LP tokens staked in the farm (wei). */
  totalStakedWei?: bigint
}

/** An initialized tick (from TickLens) around the current price. */
export type PopulatedTick = { tick: number; liquidityNet: bigint }

/**
 * A pool's current state, read from the chain at one block: what the range chart and the histogram need
 * (no log). Prices are token1 per token0 in whole tokens unless a name says raw.
 */
export type PoolState = {
  kind: 'v3' | 'v2'
  address: Address
  token0: SnapshotToken
  token1: SnapshotToken
  /** Fee in pips (3000 = 0.3 %); V2 pairs: 3000. */
  feePips: number
  /** Share of the swap fee the protocol takes (0 when off). */
  protocolFeeShare: number
  /** V2 pairs: 1 (they are always full range). */
  tickSpacing: number
  sqrtPriceX96: bigint
  tick: number
  /** Active liquidity at the current price; V2: √(reserve0·reserve1). */
  liquidity: bigint
  /** V2 only: LP token total supply (wei). */
  v2TotalSupplyWei?: bigint
  /** V2 only: the pair's reserves [token0, token1] (wei), for THE pool price (src/domain/figures/poolPrice.ts). */
  v2ReservesWei?: readonly [bigint, bigint]
  /** Initialized ticks near the price, ascending (empty for V2). */
  ticks: readonly PopulatedTick[]
  /** Block the state was read at. */
  blockNumber: bigint
  /** Chain time of the state (that block's timestamp, unix seconds). */
  timestamp: number
  reward: RewardProgram | null
  /** USD per native token (gas), as its wrapped token by THE route search; null/absent = no route. */
  nativePriceUsd?: number | null
}

/** What a pool's recent swaps say (its Swap logs over a window ending at the state's block). */
export type PoolSwapFigures = {
  /**
   * Volume over the last 24 h / 7 d in USD by THE definition (src/domain/figures/poolVolume.ts: what
   * traders paid in); null when no token of the pool has a USD price.
   */
  volumeUsd24h: number | null
  volumeUsd7d: number | null
  /** Seconds of history the 7 d volume actually covers (shorter on a young pool). */
  volumeWindowSeconds: number
  /** Annualised realized volatility from the on-chain price history; null when too few swaps. */
  realizedVolatility: number | null
  /** Swaps the history contained. */
  swapCount: number
}

/** Everything the projections need about one pool: its state and its swap figures, at one block. */
export type PoolSnapshot = PoolState & PoolSwapFigures

/**
 * How the user picked the range. Percent presets are symmetric around the current price; 'price' and
 * '30d' (around the 30-day price range) carry their bounds as prices, 'pct' as offsets.
 */
export type RangePreset = 'full' | '1' | '5' | '10' | '25' | '50' | '30d' | 'price' | 'pct'

/** A range request: `lower`/`upper` are prices for 'price', percent offsets for 'pct', unused otherwise. */
export type RangeSelection = { preset: RangePreset; lower?: number; upper?: number }

/** A range snapped to the pool's tick spacing. */
export type ResolvedRange = {
  tickLower: number
  tickUpper: number
  /** Whole-token prices at the snapped ticks (0 and Infinity for full range). */
  priceLower: number
  priceUpper: number
  isFullRange: boolean
}
