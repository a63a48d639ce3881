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
}
