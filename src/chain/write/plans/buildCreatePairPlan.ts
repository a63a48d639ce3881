import { type Address, formatUnits } from 'viem'
import type { PoolLiveState } from '../../../domain/actions/poolLiveState.ts'
import { deadlineFromChainTime } from '../../../domain/actions/slippage.ts'
import type { AddLiquiditySettings } from '../../../domain/actions/types.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { buildApprovalSteps } from '../buildApproveRequest.ts'
import { buildV2AddRequest } from '../buildV2Requests.ts'
import type { TxRequest } from '../txRequest.ts'
import type { AddPlan } from './buildAddPlan.ts'

/**
 * Creating a V2 pair with its first deposit: Router02.addLiquidity (addLiquidityETH when the WETH side
 * is paid in ETH) with the typed amounts as desired AND as minimums. For a pair with no reserves the
 * router takes exactly the desired amounts (UniswapV2Router02._addLiquidity: reserves 0 → amountA/B =
 * desired), so the minimums cost nothing; if someone else seeds the pair first at another ratio the router
 * would quote one side down and revert (INSUFFICIENT_A/B_AMOUNT) instead of depositing at their price.
 * Balances are checked, approvals are exact unless opted out, the deadline is from chain time.
 */
export function buildCreatePairPlan(parameters: {
  pool: PoolChoice
  amount0Wei: bigint
  amount1Wei: bigint
  liquidityWei: bigint
  live: PoolLiveState
  settings: AddLiquiditySettings
  account: Address
  router: Address
  unlimitedApproval: boolean
  nativeSide: 'token0' | 'token1' | undefined
}): AddPlan {
  const { pool, amount0Wei, amount1Wei, liquidityWei, live, account, router, nativeSide } = parameters
  const amounts = { token0: amount0Wei, token1: amount1Wei }
  for (const side of ['token0', 'token1'] as const) {
    const token = side === 'token0' ? pool.token0 : pool.token1
    const held =
      nativeSide === side ? live.ethBalanceWei : side === 'token0' ? live.balance0Wei : live.balance1Wei
    if (amounts[side] > held)
      return {
        ok: false,
        field: 'balance',
        message: `Insufficient ${nativeSide === side ? 'ETH' : token.symbol} balance: you need ${formatUnits(amounts[side], token.decimals)}, you have ${formatUnits(held, token.decimals)}.`,
      }
  }
  const deadline = deadlineFromChainTime(live.blockTimestamp, parameters.settings.deadlineMinutes)
  const requests: TxRequest[] = []
  for (const side of ['token0', 'token1'] as const) {
    if (nativeSide === side) continue
    const token = side === 'token0' ? pool.token0 : pool.token1
    const need = amounts[side]
    requests.push(
      ...buildApprovalSteps({
        token: token.address,
        spender: router,
        currentAllowanceWei: side === 'token0' ? live.allowance0Wei : live.allowance1Wei,
        amountWei: parameters.unlimitedApproval ? 'unlimited' : need,
        kind: `approve-${side}`,
        symbol: token.symbol,
        label: parameters.unlimitedApproval
          ? `Approve unlimited ${token.symbol}`
          : `Approve ${formatUnits(need, token.decimals)} ${token.symbol}`,
      }),
    )
  }
  const add = buildV2AddRequest({
    router,
    token0: pool.token0.address,
    token1: pool.token1.address,
    amount0DesiredWei: amount0Wei,
    amount1DesiredWei: amount1Wei,
    amount0MinWei: amount0Wei,
    amount1MinWei: amount1Wei,
    to: account,
    deadline,
    nativeSide,
  })
  requests.push({
    ...add,
    kind: 'create-v2',
    label: `Create the ${pool.token0.symbol}/${pool.token1.symbol} V2 pair and deposit`,
  })
  return {
    ok: true,
    rangePosition: undefined,
    dependentText: '',
    amount0DesiredWei: amount0Wei,
    amount1DesiredWei: amount1Wei,
    amount0Wei,
    amount1Wei,
    amount0MinWei: amount0Wei,
    amount1MinWei: amount1Wei,
    liquidity: liquidityWei,
    deadline,
    requests,
  }
}
