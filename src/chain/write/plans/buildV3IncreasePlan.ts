import { type Address, formatUnits } from 'viem'
import { deriveV3Deposit } from '../../../domain/actions/deriveV3Deposit.ts'
import { parseAmount } from '../../../domain/actions/parseAmount.ts'
import { v3MintMinimums } from '../../../domain/actions/slippage.ts'
import { buildApproveRequest } from '../buildApproveRequest.ts'
import { buildV3IncreaseRequest } from '../buildV3Requests.ts'
import type { TxRequest } from '../txRequest.ts'

type Token = { address: Address; decimals: number; displaySymbol: string }

export type V3IncreasePlan =
  | { ok: false; message: string }
  | {
      ok: true
      /** What increaseLiquidity takes (exact, as the NPM computes it). */
      amount0Wei: bigint
      amount1Wei: bigint
      liquidity: bigint
      /** The signed desired amounts (what the approvals cover) and minimums. */
      amount0DesiredWei: bigint
      amount1DesiredWei: bigint
      amount0MinWei: bigint
      amount1MinWei: bigint
      /** Exact approvals (only for deposited sides the allowance does not cover yet), then the increase. */
      requests: TxRequest[]
    }

/**
 * Increase a V3 position by an amount of EITHER token: the other side is derived exactly (rounded up,
 * as the pool charges), minimums come from the slippage setting, approvals are for the exact amounts.
 */
export function buildV3IncreasePlan(parameters: {
  npm: Address
  tokenId: bigint
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  token0: Token
  token1: Token
  independent: 'token0' | 'token1'
  amountText: string
  slippageBps: number
  deadline: bigint
  /** Current allowances to the NPM; a side whose allowance covers the amount needs no approval. */
  allowance0Wei?: bigint
  allowance1Wei?: bigint
}): V3IncreasePlan {
  const { independent, token0, token1 } = parameters
  const typed = independent === 'token0' ? token0 : token1
  const parsed = parseAmount(parameters.amountText, { decimals: typed.decimals, symbol: typed.displaySymbol })
  if (!parsed.ok) return { ok: false, message: parsed.message }
  const range = {
    sqrtPriceX96: parameters.sqrtPriceX96,
    tickLower: parameters.tickLower,
    tickUpper: parameters.tickUpper,
  }
  let deposit: ReturnType<typeof deriveV3Deposit>
  try {
    deposit = deriveV3Deposit({ ...range, independent, amountWei: parsed.amountWei })
  } catch {
    const other = independent === 'token0' ? token1 : token0
    return {
      ok: false,
      message: `At the current price this range takes only ${other.displaySymbol}: enter an amount of ${other.displaySymbol}.`,
    }
  }
  if (deposit.liquidity === 0n) return { ok: false, message: 'The amount is too small to add any liquidity.' }
  const mins = v3MintMinimums({ ...range, ...deposit, slippageBps: parameters.slippageBps })
  const approvals: TxRequest[] = []
  for (const [side, token, amountWei, allowanceWei] of [
    ['token0', token0, deposit.amount0DesiredWei, parameters.allowance0Wei ?? 0n],
    ['token1', token1, deposit.amount1DesiredWei, parameters.allowance1Wei ?? 0n],
  ] as const)
    if (amountWei > 0n && allowanceWei < amountWei)
      approvals.push(
        buildApproveRequest({
          token: token.address,
          spender: parameters.npm,
          amountWei,
          label: `Approve ${formatUnits(amountWei, token.decimals)} ${token.displaySymbol}`,
          display: { symbol: token.displaySymbol, decimals: token.decimals },
          kind: `approve-${side}`,
        }),
      )
  const increase = buildV3IncreaseRequest({
    npm: parameters.npm,
    tokenId: parameters.tokenId,
    amount0DesiredWei: deposit.amount0DesiredWei,
    amount1DesiredWei: deposit.amount1DesiredWei,
    ...mins,
    deadline: parameters.deadline,
  })
  return {
    ok: true,
    amount0Wei: deposit.amount0Wei,
    amount1Wei: deposit.amount1Wei,
    liquidity: deposit.liquidity,
    amount0DesiredWei: deposit.amount0DesiredWei,
    amount1DesiredWei: deposit.amount1DesiredWei,
    ...mins,
    requests: [...approvals, increase],
  }
}
