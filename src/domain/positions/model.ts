import type { Address, Hex } from 'viem'
import type { HookPermissions } from '../../math/hooks.ts'
import type { PoolKey } from '../../math/poolId.ts'

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

export type PositionProtocol = 'v4' | 'v3' | 'v2'

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

/** A V4 pool's hook: its address and what the PoolManager lets it do (decoded from the address's low 14 bits). */
export interface V4HookInfo {
  address: Address
  permissions: HookPermissions
  /** The permissions set, in v4-core's order (beforeInitialize first). */
  enabled: readonly (keyof HookPermissions)[]
  /**
   * A *ReturnDelta permission is set: the hook can take or add tokens on swaps or liquidity changes, so
   * what the owner receives may differ from the pool math (amounts and fees are then estimates).
   */
  mayAlterAmounts: boolean
}

/** V4-specific state of a position (a PositionManager NFT). */
export interface V4PositionDetails {
  tokenId: bigint
  poolKey: PoolKey
  /** keccak256(abi.encode(poolKey)): the PoolManager's id of the pool. */
  poolId: Hex
  /** The LP fee charged now in pips (slot0's lpFee: for a dynamic-fee pool, what its hook last set). */
  fee: number
  /** The pool key's fee is the DYNAMIC_FEE_FLAG: the hook sets the fee. */
  dynamicFee: boolean
  /** Null when the pool has no hook (address(0)). */
  hook: V4HookInfo | null
  /** The position's subscriber (a liquidity-mining contract notified of its changes); null when none. */
  subscriber: Address | null
  tickLower: number
  tickUpper: number
  tickCurrent: number
  sqrtPriceX96: bigint
  liquidity: bigint
  /** The pool's in-range liquidity. */
  poolLiquidity: bigint
  range: PriceRange
  inRange: boolean
  /** As V3PositionDetails: % of the current price to each bound (token0 in token1). */
  distanceToLowerPct: number
  distanceToUpperPct: number
  shareOfActiveLiquidity: number
  /** liquidity == 0 (not burned: a burned NFT is no position). */
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
  /**
   * Fees already collected: each Collect minus the withdrawn principal it paid (principal first, see
   * splitOwedAmounts); V2: 0 (fees stay in the pair).
   */
  collectedFees0Wei: bigint
  collectedFees1Wei: bigint
  /** V3: principal withdrawn by DecreaseLiquidity and still in tokensOwed (not collected yet). V2: 0. */
  withdrawnUncollected0Wei: bigint
  withdrawnUncollected1Wei: bigint
  /** V3: the fee part of what collect(max) would return now (owed − withdrawn principal). V2: 0. */
  uncollectedFees0Wei: bigint
  uncollectedFees1Wei: bigint
  /** The bases of hold value and IL: the position's own pool price, then one route price to USD. */
  valuationBasis: {
    /** Price of token0 in token1 (human units) in the position's own pool; null without a price. */
    poolPrice0In1: number | null
    /** Which token's route price turns the pool-price figures into USD; null when neither has one. */
    usdVia: 'token0' | 'token1' | null
    /** That token's USD price (per whole token). */
    usdPerWholeToken: number | null
  }
  /** What the net deposit would be worth if held, at the position's own pool price, in USD; null without prices. */
  holdValueUsd: number | null
  /** Current position value (amounts only, no fees) − holdValueUsd, both at the pool's own price; negative = loss. */
  impermanentLossUsd: number | null
  /** IL / value of the gross deposits, both at the pool's own price (fraction, −0.05 = −5 %). */
  impermanentLossFraction: number | null
  /**
   * Collected + uncollected fees in USD (V2: fee growth is inside the amounts, reported as null). V4: the
   * collected part is each modification's payout minus its principal (v4FeeHistory); null when one is unknown.
   */
  lifetimeFeesUsd: number | null
  /** V4: why the collected fees are estimates (empty = exact to the wei); absent for V2/V3. */
  feeNotes?: readonly string[]
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
  /**
   * True while the position has earned for less than REALIZED_FEE_APR_MIN_AGE_SECONDS of chain time
   * (src/domain/figures/realizedFeeApr.ts): realizedFeeApr is then null and shows "too recent".
   */
  realizedFeeAprTooRecent: boolean
}

interface PositionViewBase {
  /** Stable id: 'v4:<tokenId>', 'v3:<tokenId>' or 'v2:<pair>:<location>'. */
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
  /**
   * V3: what collect(max) would return now (tokensOwed + fees accrued since the last poke): uncollected
   * fees AND principal withdrawn by a decrease but not collected yet. V2: zero (fees compound).
   */
  owed0: TokenAmount
  owed1: TokenAmount
  /**
   * The fee part of the owed amount; null while unknown (tokensOwed > 0 and the history that splits it
   * has not loaded or failed). Never the withdrawn principal.
   */
  uncollectedFees0: TokenAmount | null
  uncollectedFees1: TokenAmount | null
  /** Principal withdrawn but not collected yet (part of owed); null while unknown, as above. */
  withdrawnUncollected0: TokenAmount | null
  withdrawnUncollected1: TokenAmount | null
  pendingRewards: readonly PendingReward[]
  /** amounts + owed (fees and withdrawn principal) + pending rewards in USD; null if any part has no price. */
  valueUsd: number | null
  v3: V3PositionDetails | null
  v2: V2PositionDetails | null
  /** A V4 position's state (absent for V2 and V3). */
  v4?: V4PositionDetails
  /** Filled once the history query resolves; undefined while loading. */
  versusHolding?: VersusHolding
}

/** A position one of whose reads failed: shown as unavailable, the rest of the page renders. */
export interface PositionViewUnavailable extends PositionViewBase {
  status: 'unavailable'
  /** Human-readable reason, e.g. "pool 0x… does not exist" or "token 0x… reverted on decimals()". */
  reason: string
  /** What is known: always the token id; pool, fee and ticks when positions() answered. */
  v3:
    | (Pick<V3PositionDetails, 'tokenId'> &
        Partial<Pick<V3PositionDetails, 'pool' | 'fee' | 'tickLower' | 'tickUpper'>>)
    | null
  v2: Pick<V2PositionDetails, 'pair' | 'farm'> | null
  /** A V4 position: its token id, and its pool when PositionManager answered. */
  v4?: Pick<V4PositionDetails, 'tokenId'> &
    Partial<Pick<V4PositionDetails, 'poolId' | 'poolKey'>> & {
      /** PositionManager has no position info for it: burned (or never minted), not a failed read. */
      burned?: boolean
    }
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
  /**
   * How many of the account's V3 positions this snapshot read: a page of the newest ones when the
   * account has more than the page holds. Absent = every position was read.
   */
  v3Page?: V3PositionsPage
}

/** The V3 positions of an account that a snapshot read (newest first) out of all it has. */
export interface V3PositionsPage {
  /** V3 positions read (wallet and staked). */
  loaded: number
  /** V3 positions the account has (wallet and staked). */
  total: number
}

/** A position left out of (part of) the totals, with what is known about it. */
export interface TotalsGapPosition {
  /** PositionView id. */
  id: string
  /** Short human label, e.g. "WETH/USDC V3 #12" or "V2 pair 0x12ab… in farm 0x34cd…". */
  label: string
  /** Why: the read that failed, or which part has no price / is not split yet. */
  reason: string
}

/** A token some part of the totals could not be priced in. */
export interface TotalsGapToken {
  address: Address
  symbol: string
  /** Ids of the positions with a non-zero amount of it. */
  positionIds: readonly string[]
}

/** What the portfolio totals leave out. Every list empty = the totals are complete. */
export interface PortfolioGaps {
  /** Positions whose reads failed: in no total at all. */
  unavailable: readonly TotalsGapPosition[]
  /** Tokens without a USD route that some position holds, owes or earns (non-zero amounts). */
  unpricedTokens: readonly TotalsGapToken[]
  /** Positions whose owed amount is not split into fees and withdrawn principal yet (history). */
  feesNotSplit: readonly TotalsGapPosition[]
  /** Positions without a versus-holding PnL (history missing or unpriced). */
  pnlMissing: readonly TotalsGapPosition[]
  /**
   * Positions of the account not loaded yet (a page of the newest was read): in no total. Absent or
   * `notLoaded` 0 = every position is in the list.
   */
  notLoaded?: { notLoaded: number; loaded: number; total: number }
}

/** A USD total over the parts that are known, and whether some part is missing from it. */
export interface PartialTotal {
  /** Sum of the known parts (never counts a missing part as 0: see `partial`). */
  valueUsd: number
  /** True when some position or token is left out of `valueUsd`. */
  partial: boolean
}

/** Portfolio totals over the 'ok' positions, each saying whether it is partial. */
export interface PortfolioTotals {
  /** Amounts + owed + pending rewards of the positions with a price. */
  value: PartialTotal
  /** Uncollected FEES only (never withdrawn principal). */
  uncollectedFees: PartialTotal
  /** Principal withdrawn but not collected yet (part of value, not fees). */
  withdrawnUncollected: PartialTotal
  pendingRewards: PartialTotal
  /** Sum of the positions' net PnL; null while no position has one. */
  netPnl: (PartialTotal & { valueUsd: number }) | null
  positionsWithoutPrice: number
  gaps: PortfolioGaps
}
