/** A V2 pair's state at one block: what a mint or burn through the router computes with. */
export type V2PairState = {
  blockNumber: bigint
  /** Chain time of that block, unix seconds. */
  blockTimestamp: bigint
  reserve0: bigint
  reserve1: bigint
  /** The pair's token balances (a burn pays from these; they exceed the reserves only by unsynced donations). */
  balance0: bigint
  balance1: bigint
  totalSupply: bigint
  /** pair.kLast(): reserve0·reserve1 after the last mint/burn while the fee was on; 0 otherwise. */
  kLast: bigint
  /** The pair's factory has a non-zero feeTo: the protocol fee (1/6 of fee growth) is minted on mint/burn. */
  feeOn: boolean
}

/** A V3 position's current state on chain. */
export type V3ManageState = {
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  tokensOwed0: bigint
  tokensOwed1: bigint
}

/**
 * A V4 position's current state on chain (PositionManager + StateView at one block). V4 has no tokensOwed:
 * what a decrease credits on top of the principal is the fee growth since the last change.
 */
export type V4ManageState = {
  sqrtPriceX96: bigint
  tick: number
  /** PositionManager.getPositionLiquidity (equal to the PoolManager's entry, checked when read). */
  liquidity: bigint
  /** Uncollected fees: mulDiv(feeGrowthInside now − last, liquidity, 2^128) per token. */
  fees0Wei: bigint
  fees1Wei: bigint
}

/** The chain state a Manage review is computed from, all at one block. */
export type ManageState = {
  blockNumber: bigint
  /** Chain time of that block: the deadline is counted from it. */
  blockTimestamp: bigint
  /** Keyed by lower-cased token address. */
  balancesWei: Readonly<Record<string, bigint>>
  allowancesWei: Readonly<Record<string, bigint>>
  ethBalanceWei: bigint
  v3?: V3ManageState
  v4?: V4ManageState
  v2?: V2PairState
  farm?: { stakedWei: bigint; earnedWei: bigint }
}
