import { type Address, encodeFunctionData, maxUint256 } from 'viem'
import type { TxRequest } from './txRequest.ts'
import { erc20WriteAbi } from './writeAbis.ts'

/**
 * ERC20 approve of exactly `amountWei` (the default) or, opted in, unlimited.
 * @param amountWei allowance to set, wei; 'unlimited' sets 2^256 − 1
 */
export function buildApproveRequest(parameters: {
  token: Address
  spender: Address
  amountWei: bigint | 'unlimited'
  label: string
  kind?: string
}): TxRequest {
  const amount = parameters.amountWei === 'unlimited' ? maxUint256 : parameters.amountWei
  return {
    kind: parameters.kind ?? 'approve',
    label: parameters.label,
    to: parameters.token,
    data: encodeFunctionData({
      abi: erc20WriteAbi,
      functionName: 'approve',
      args: [parameters.spender, amount],
    }),
    valueWei: 0n,
    abi: erc20WriteAbi,
    functionName: 'approve',
  }
}
