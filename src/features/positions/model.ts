import type { Address, Hex } from 'viem'

/**
 * The types the positions page renders. Produced by the readers in src/chain/ (current state)
 * and src/chain/history/ (versus holding), assembled per position. On-chain amounts stay bigint
 * with their decimals beside them; USD figures are numbers (display only) and `null` when unknown —
 * never 0 for "no price".
 */

/** ERC20 metadata read on chain, robust to odd tokens. */
export interface TokenMeta {
  address: Address
  /** Raw symbol as the contract returns it (string or decoded bytes32). NOT escaped: React does that. */
  symbol: string
  /** Symbol trimmed for layout (≤ 12 characters + '…'); still raw text. */
  displaySymbol: string
  /** Raw name; falls back to the symbol when `name()` is missing or reverts. */
  name: string
  /** 0..255 as returned by decimals(); 18 when the call failed (then `metadataOk` is false). */
  decimals: number
  /** decimals > 36: amounts are exact but a formatter may want scientific notation. */
  unusualDecimals: boolean
  /** False when symbol or decimals could not be read (the token is shown by address). */
  metadataOk: boolean
}

/** An on-chain amount with its token: exact wei plus the decimals to format it. */
export interface TokenAmount {
  token: TokenMeta
  amountWei: bigint
  /** USD value of `amountWei`, null when the token has no price route. */
  valueUsd: number | null
}

export type PositionProtocol = 'v3' | 'v2'

/** Where the position sits: the account's wallet, the UniswapV3Staker, or a V2 StakingRewards farm. */
export type PositionLocation = 'wallet' | 'v3-staker' | 'farm'

/** A pending liquidity-mining reward (staker incentive or StakingRewards farm). */
export interface PendingReward {
  /** Farm address (V2) or incentive id (V3 staker). */
  source: Address | Hex
  reward: TokenAmount
  /** Program end (unix seconds); rewards stop accruing after it. */
  endTime: number | null
  /** Reward APR of the program for this position, as a fraction (0.12 = 12 %); null when unknown. */
  aprFraction: number | null
}

/** Price range of a V3 position in human units, both quote directions. */
export interface PriceRange {
  /** Price of token0 in token1 (human units) at tickLower / current / tickUpper. */
  lowerPrice0In1: number
  currentPrice0In1: number
  upperPrice0In1: number
  /** Same, inverted (price of token1 in token0); lower/upper swap roles so lower ≤ upper. */
  lowerPrice1In0: number
  currentPrice1In0: number
  upperPrice1In0: number
}

/** V3-specific state of a position. */
export interface V3PositionDetails {
  tokenId: bigint
  pool: Address
  /** Fee tier in pips: 500 = 0.05 %. */
  fee: number
  tickLower: number
  tickUpper: number
  tickCurrent: number
  sqrtPriceX96: bigint
  liquidity: bigint
  /** Pool's active (in-range) liquidity. */
  poolLiquidity: bigint
  range: PriceRange
  inRange: boolean
  /**
   * Distance from the current price to each bound in % of the current price (token0 in token1):
   * negative when the bound is below the current price. E.g. lower −12.3, upper +8.1. Full-range
   * positions give ≈ −100 and a huge upper value: show "∞"/"full range" when ticks are at the limits.
   */
  distanceToLowerPct: number
  distanceToUpperPct: number
  /** liquidity / poolLiquidity when in range, 0 when out of range (share of the active liquidity). */
  shareOfActiveLiquidity: number
  /** liquidity == 0: a closed position (kept, the UI filters it). */
  closed: boolean
}

/** V2-specific state of a position (LP tokens of a pair). */
export interface V2PositionDetails {
  pair: Address
  /** LP tokens counted by this position (wallet balance, or staked balance for 'farm'). */
  lpBalanceWei: bigint
  lpTotalSupplyWei: bigint
  reserve0Wei: bigint
  reserve1Wei: bigint
  /** lpBalance / totalSupply after the protocol-fee mint. */
  shareOfPool: number
  /** The StakingRewards farm for location 'farm'. */
  farm: Address | null
}

/** One deposit / withdrawal / fee collection in the position's history. */
export interface PositionHistoryEvent {
  kind: 'deposit' | 'withdraw' | 'collect'
  blockNumber: bigint
  /** Block timestamp, unix seconds (chain time, not wall clock). */
  timestamp: number
  transactionHash: Hex
  amount0Wei: bigint
  amount1Wei: bigint
}

/** "Versus holding": the position measured against simply holding what was deposited. */
export interface VersusHolding {
  events: readonly PositionHistoryEvent[]
  /** Net deposited (deposits − principal withdrawn), exact. */
  deposited0Wei: bigint
  deposited1Wei: bigint
  /** Timestamp of the first deposit (unix seconds), null when none was found in the history. */
  openedTimestamp: number | null
  /** Fees already collected (Collect minus the principal of DecreaseLiquidity); V2: 0 (fees stay in the pair). */
  collectedFees0Wei: bigint
  collectedFees1Wei: bigint
  /** What the net deposit would be worth today at today's prices; null without prices. */
  holdValueUsd: number | null
  /** Current position value (amounts only, no fees) − holdValueUsd; negative = loss. */
  impermanentLossUsd: number | null
  /** impermanentLossUsd / value of the gross deposits at today's prices (fraction, −0.05 = −5 %). */
  impermanentLossFraction: number | null
  /** Collected + uncollected fees in USD (V2: fee growth is inside the amounts, reported as null). */
  lifetimeFeesUsd: number | null
  /**
   * Rewards already paid or credited to this position (StakingRewards RewardPaid; V3 staker
   * rewards credited at unstake, claimed or not), exact wei; pending rewards are not included.
   */
  claimedRewards: readonly TokenAmount[]
  /** Rewards earned (pending + claimedRewards) in USD. */
  rewardsUsd: number | null
  /** fees + rewards + IL. */
  netPnlUsd: number | null
  /**
   * lifetimeFeesUsd / gross deposits (today's prices), annualised over chain time from the first
   * deposit to now (closed V3: to the last withdrawal). Fraction per year.
   */
  realizedFeeApr: number | null
}

interface PositionViewBase {
  /** Stable id: 'v3:<tokenId>' or 'v2:<pair>:<location>'. */
  id: string
  protocol: PositionProtocol
  location: PositionLocation
  token0: TokenMeta
  token1: TokenMeta
  /** Block the figures are read at. */
  blockNumber: bigint
}

/** A position whose reads succeeded. */
export interface PositionViewOk extends PositionViewBase {
  status: 'ok'
  /** Current principal (what decreaseLiquidity(full) / burn would return). */
  amount0: TokenAmount
  amount1: TokenAmount
  /** Uncollected fees (V3: what collect(max) would return, incl. tokensOwed). V2: zero (fees compound). */
  uncollectedFees0: TokenAmount
  uncollectedFees1: TokenAmount
  pendingRewards: readonly PendingReward[]
  /** amounts + uncollected fees + pending rewards in USD; null if any part has no price. */
  valueUsd: number | null
  v3: V3PositionDetails | null
  v2: V2PositionDetails | null
  /** Filled once the history query resolves; undefined while loading. */
  versusHolding?: VersusHolding
}

/** A position one of whose reads failed: shown as unavailable, the rest of the page renders. */
export interface PositionViewUnavailable extends PositionViewBase {
  status: 'unavailable'
  /** Human-readable reason, e.g. "pool 0x… does not exist" or "token 0x… reverted on decimals()". */
  reason: string
  v3: Pick<V3PositionDetails, 'tokenId' | 'pool' | 'fee' | 'tickLower' | 'tickUpper'> | null
  v2: Pick<V2PositionDetails, 'pair' | 'farm'> | null
}

export type PositionView = PositionViewOk | PositionViewUnavailable

/** Everything the positions page shows for one account, as of one block. */
export interface PositionsSnapshot {
  chainId: number
  account: Address
  blockNumber: bigint
  /** Block timestamp (unix seconds, chain time). */
  blockTimestamp: number
  positions: readonly PositionView[]
  /** Sum of valueUsd of the 'ok' positions that have a price. */
  totalValueUsd: number
  /** Positions excluded from totalValueUsd because their value is unknown. */
  positionsWithoutPrice: number
  /** USD price per whole token by lowercase address; null = no route. */
  pricesUsd: Readonly<Record<string, number | null>>
  /**
   * V3 staker rewards credited to the account by unstakes but not claimed yet, one per incentive
   * reward token (account-wide: the staker does not keep them per position); null when unreadable.
   */
  stakerRewardsOwed: readonly TokenAmount[] | null
}

/** Portfolio totals over the 'ok' positions. */
export interface PortfolioTotals {
  valueUsd: number
  uncollectedFeesUsd: number
  pendingRewardsUsd: number
  netPnlUsd: number | null
  positionsWithoutPrice: number
}
