import { type Address, encodeFunctionData, maxUint256 } from 'viem'
import { permit2Abi } from '../abi/permit2Abi.ts'
import type { TxApprovalAmount, TxRequest } from './txRequest.ts'
import { erc20WriteAbi } from './writeAbis.ts'

/**
 * ERC20 approve of exactly `amountWei` (the default) or, opted in, unlimited.
 * @param amountWei allowance to set, wei; 'unlimited' sets 2^256 − 1
 * @param display the token's symbol and decimals (and an optional purpose): the step then carries
 *   {@link TxRequest.approval} so it can be shown as "Approve 1.5 WETH"
 */
export function buildApproveRequest(parameters: {
  token: Address
  spender: Address
  amountWei: bigint | 'unlimited'
  label: string
  kind?: string
  display?: Omit<TxApprovalAmount, 'amountWei'>
}): TxRequest {
  const amount = parameters.amountWei === 'unlimited' ? maxUint256 : parameters.amountWei
  return {
    ...(parameters.display ? { approval: { ...parameters.display, amountWei: parameters.amountWei } } : {}),
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

/**
 * The approval steps for a spender to pull `amountWei`: none when the allowance already covers it;
 * otherwise the exact approve, preceded by an approve of 0 when a non-zero allowance remains — tokens
 * like USDT revert on a change from one non-zero allowance to another (and return no bool, which the
 * simulation and the stepper tolerate).
 * @param currentAllowanceWei allowance(owner, spender) now
 */
export function buildApprovalSteps(parameters: {
  token: Address
  spender: Address
  currentAllowanceWei: bigint
  amountWei: bigint | 'unlimited'
  label: string
  kind: string
  symbol: string
  display?: Omit<TxApprovalAmount, 'amountWei'>
}): TxRequest[] {
  const { currentAllowanceWei, amountWei } = parameters
  if (amountWei !== 'unlimited' && currentAllowanceWei >= amountWei) return []
  if (amountWei === 'unlimited' && currentAllowanceWei === maxUint256) return []
  const approve = buildApproveRequest(parameters)
  if (currentAllowanceWei === 0n) return [approve]
  return [
    buildApproveRequest({
      token: parameters.token,
      spender: parameters.spender,
      amountWei: 0n,
      kind: `${parameters.kind}-reset`,
      label: `Reset the ${parameters.symbol} allowance to 0 (required by tokens like USDT)`,
    }),
    approve,
  ]
}

/**
 * Revokes an allowance: approve(spender, 0). Fine for tokens like USDT too (0 is always accepted, and a
 * missing return value is tolerated by the simulation and the stepper).
 */
export function buildRevokeRequest(parameters: {
  token: Address
  spender: Address
  symbol: string
  spenderName: string
}): TxRequest {
  return buildApproveRequest({
    token: parameters.token,
    spender: parameters.spender,
    amountWei: 0n,
    kind: 'revoke',
    label: `Revoke ${parameters.symbol} for ${parameters.spenderName} (set the allowance to 0)`,
  })
}

/**
 * Revokes a Permit2 allowance: `Permit2.approve(token, spender, 0, 0)` sets the amount to 0 (and the
 * expiration to the block's time), so the spender can pull nothing; the token's own approval of Permit2
 * is a separate row (revoked with {@link buildRevokeRequest}).
 */
export function buildPermit2RevokeRequest(parameters: {
  permit2: Address
  token: Address
  spender: Address
  symbol: string
  spenderName: string
}): TxRequest {
  return {
    kind: 'revoke-permit2',
    label: `Revoke ${parameters.symbol} for ${parameters.spenderName} in Permit2 (set its amount to 0)`,
    to: parameters.permit2,
    data: encodeFunctionData({
      abi: permit2Abi,
      functionName: 'approve',
      args: [parameters.token, parameters.spender, 0n, 0],
    }),
    valueWei: 0n,
    abi: permit2Abi,
    functionName: 'approve',
  }
}
