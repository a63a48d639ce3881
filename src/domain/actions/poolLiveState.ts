/** The pool and account state the form derives from, all at one block. */
export type PoolLiveState = {
  blockNumber: bigint
  /** Chain time of that block (deadlines are computed from it). */
  blockTimestamp: bigint
  v3?: { sqrtPriceX96: bigint; tick: number }
  /** feeOn/kLast: the protocol fee the mint pays first (factory.feeTo set). */
  v2?: { reserve0: bigint; reserve1: bigint; totalSupply: bigint; feeOn: boolean; kLast: bigint }
  balance0Wei: bigint
  balance1Wei: bigint
  ethBalanceWei: bigint
  /** Allowances of the account to the spender (NPM or Router02). */
  allowance0Wei: bigint
  allowance1Wei: bigint
}
