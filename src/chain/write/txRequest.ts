import type { Abi, Address, Hex } from 'viem'

/**
 * One transaction the app will ask the wallet to sign, already encoded: the exact calldata that is
 * simulated, gas-estimated and sent, so what the user reviewed is what goes on chain.
 */
export type TxRequest = {
  /** Stable id of the step kind, e.g. 'approve-token0', 'mint', 'stake'. */
  kind: string
  /** Plain words for the stepper, e.g. "Approve 1,000 USDC". */
  label: string
  to: Address
  data: Hex
  /** Native ETH sent with the call, wei. */
  valueWei: bigint
  /** ABI of `to` for decoding the result and revert reasons. */
  abi: Abi
  functionName: string
  /**
   * Set on an ERC-20 approve of a known token: what it allows, so the stepper and the review can show
   * "Approve 1.5 WETH" at reading precision with every digit on hover (the label keeps the exact digits).
   */
  approval?: TxApprovalAmount
}

/** Decimals of every Uniswap V2 LP token (UniswapV2ERC20). */
export const LP_DECIMALS = 18

/** The token and amount of an approve step (see {@link TxRequest.approval}). */
export type TxApprovalAmount = {
  symbol: string
  decimals: number
  /** Allowance the step sets, wei; 'unlimited' for 2^256 − 1. */
  amountWei: bigint | 'unlimited'
  /** Words after the amount, e.g. "for the farm". */
  purpose?: string
}
