import { type Address, formatUnits } from 'viem'
import { deriveV2Deposit } from '../../../domain/actions/deriveV2Deposit.ts'
import { deriveV3Deposit, type RangePosition } from '../../../domain/actions/deriveV3Deposit.ts'
import { parseAmount } from '../../../domain/actions/parseAmount.ts'
import type { PoolLiveState } from '../../../domain/actions/poolLiveState.ts'
import { applySlippageDown, deadlineFromChainTime, v3MintMinimums } from '../../../domain/actions/slippage.ts'
import type { AddLiquidityForm, AddLiquiditySettings } from '../../../domain/actions/types.ts'
import { validateRange } from '../../../domain/actions/validateRange.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { buildApprovalSteps } from '../buildApproveRequest.ts'
import { buildV2AddRequest } from '../buildV2Requests.ts'
import { buildV3MintRequest } from '../buildV3Requests.ts'
import type { TxRequest } from '../txRequest.ts'

/** Everything the review shows and the stepper sends, derived from form + chain state. */
export type AddPlan =
  | {
      ok: false
      field: 'range' | 'amount' | 'balance'
      message: string
      dependentText?: string
      rangePosition?: RangePosition
    }
  | {
      ok: true
      rangePosition: RangePosition | undefined
      /** The derived side, formatted for its input. */
      dependentText: string
      amount0DesiredWei: bigint
      amount1DesiredWei: bigint
      /** What the deposit takes (predicted exactly). */
      amount0Wei: bigint
      amount1Wei: bigint
      amount0MinWei: bigint
      amount1MinWei: bigint
      /** V3 liquidity or V2 LP tokens minted. */
      liquidity: bigint
      deadline: bigint
      /** Approvals first (exact amounts unless opted out; a reset to 0 first where an allowance remains), then the deposit. */
      requests: TxRequest[]
    }

/**
 * The whole add: parse the typed amount strictly, derive the other side exactly, check balances,
 * compute slippage minimums and the chain-time deadline, and build the exact transactions.
 */
export function buildAddPlan(parameters: {
  form: AddLiquidityForm
  settings: AddLiquiditySettings
  pool: PoolChoice
  live: PoolLiveState
  account: Address
  spender: Address
  weth: Address | undefined
}): AddPlan {
  const { form, settings, pool, live, account, spender, weth } = parameters
  const typedToken = form.independent === 'token0' ? pool.token0 : pool.token1
  const nativeSide = nativeSideOf(form.useNative, pool, weth)
  const balanceOf = (side: 'token0' | 'token1') =>
    nativeSide === side ? live.ethBalanceWei : side === 'token0' ? live.balance0Wei : live.balance1Wei

  let rangePosition: RangePosition | undefined
  if (pool.protocol === 'v3') {
    const range = validateRange(form.tickLower, form.tickUpper, pool.tickSpacing)
    if (!range.ok) return { ok: false, field: 'range', message: range.message }
  }
  const parsed = parseAmount(form.amountText, { decimals: typedToken.decimals, symbol: typedToken.symbol })
  if (!parsed.ok) return { ok: false, field: 'amount', message: parsed.message }

  let d: {
    amount0DesiredWei: bigint
    amount1DesiredWei: bigint
    amount0Wei: bigint
    amount1Wei: bigint
    liquidity: bigint
  }
  let mins: { amount0MinWei: bigint; amount1MinWei: bigint }
  try {
    if (pool.protocol === 'v3' && live.v3) {
      const deposit = deriveV3Deposit({
        sqrtPriceX96: live.v3.sqrtPriceX96,
        tickLower: form.tickLower,
        tickUpper: form.tickUpper,
        independent: form.independent,
        amountWei: parsed.amountWei,
      })
      rangePosition = deposit.rangePosition
      d = deposit
      mins = v3MintMinimums({
        sqrtPriceX96: live.v3.sqrtPriceX96,
        tickLower: form.tickLower,
        tickUpper: form.tickUpper,
        ...deposit,
        slippageBps: settings.slippageBps,
      })
    } else if (pool.protocol === 'v2' && live.v2 && live.v2.reserve0 === 0n && live.v2.reserve1 === 0n) {
      // Created but never funded: there is no ratio to quote the other side at.
      return {
        ok: false,
        field: 'amount',
        message:
          'This pair holds nothing yet: its first deposit sets its price, with both amounts typed. Use "Create a new V2 pair…" with these two tokens.',
      }
    } else if (pool.protocol === 'v2' && live.v2) {
      const deposit = deriveV2Deposit(live.v2, form.independent, parsed.amountWei, nativeSide)
      d = { ...deposit, liquidity: deposit.liquidityWei }
      mins = {
        amount0MinWei: applySlippageDown(deposit.amount0Wei, settings.slippageBps),
        amount1MinWei: applySlippageDown(deposit.amount1Wei, settings.slippageBps),
      }
    } else return { ok: false, field: 'amount', message: 'Pool state is loading.' }
  } catch (error) {
    if (error instanceof Error && error.message === 'WRONG_SIDE')
      return {
        ok: false,
        field: 'amount',
        message: `This range is entirely ${form.independent === 'token0' ? 'below' : 'above'} the price: it takes only ${form.independent === 'token0' ? pool.token1.symbol : pool.token0.symbol}. Type that amount instead.`,
      }
    return { ok: false, field: 'amount', message: 'The amount is too small to add any liquidity.' }
  }
  if (d.liquidity === 0n)
    return { ok: false, field: 'amount', message: 'The amount is too small to add any liquidity.' }

  const dependentSide = form.independent === 'token0' ? 'token1' : 'token0'
  const dependentToken = dependentSide === 'token0' ? pool.token0 : pool.token1
  const dependentWei = dependentSide === 'token0' ? d.amount0DesiredWei : d.amount1DesiredWei
  const dependentText = formatUnits(dependentWei, dependentToken.decimals)
  for (const side of ['token0', 'token1'] as const) {
    const need = side === 'token0' ? d.amount0DesiredWei : d.amount1DesiredWei
    if (need > balanceOf(side)) {
      const token = side === 'token0' ? pool.token0 : pool.token1
      const symbol = nativeSide === side ? 'ETH' : token.symbol
      return {
        ok: false,
        field: 'balance',
        message: `Insufficient ${symbol} balance: you need ${formatUnits(need, token.decimals)}, you have ${formatUnits(balanceOf(side), token.decimals)}.`,
        dependentText,
        ...(rangePosition ? { rangePosition } : {}),
      }
    }
  }

  const deadline = deadlineFromChainTime(live.blockTimestamp, settings.deadlineMinutes)
  const requests: TxRequest[] = []
  for (const side of ['token0', 'token1'] as const) {
    if (nativeSide === side) continue
    const need = side === 'token0' ? d.amount0DesiredWei : d.amount1DesiredWei
    const allowance = side === 'token0' ? live.allowance0Wei : live.allowance1Wei
    if (need === 0n || allowance >= need) continue
    const token = side === 'token0' ? pool.token0 : pool.token1
    requests.push(
      ...buildApprovalSteps({
        token: token.address,
        spender,
        currentAllowanceWei: allowance,
        amountWei: form.unlimitedApproval ? 'unlimited' : need,
        kind: `approve-${side}`,
        symbol: token.symbol,
        display: { symbol: token.symbol, decimals: token.decimals },
        label: form.unlimitedApproval
          ? `Approve unlimited ${token.symbol}`
          : `Approve ${formatUnits(need, token.decimals)} ${token.symbol}`,
      }),
    )
  }
  const common = {
    token0: pool.token0.address,
    token1: pool.token1.address,
    ...d,
    ...mins,
    deadline,
    nativeSide,
  }
  requests.push(
    pool.protocol === 'v3'
      ? buildV3MintRequest({
          npm: spender,
          fee: pool.fee,
          tickLower: form.tickLower,
          tickUpper: form.tickUpper,
          recipient: account,
          initializeSqrtPriceX96: pool.create?.sqrtPriceX96,
          ...common,
        })
      : buildV2AddRequest({ router: spender, to: account, ...common }),
  )
  return { ok: true, rangePosition, dependentText, ...d, ...mins, deadline, requests }
}

/** The WETH side of the pool when the user pays in ETH. */
export function nativeSideOf(
  useNative: boolean,
  pool: PoolChoice,
  weth: Address | undefined,
): 'token0' | 'token1' | undefined {
  if (!useNative || !weth) return undefined
  if (same(pool.token0.address, weth)) return 'token0'
  if (same(pool.token1.address, weth)) return 'token1'
  return undefined
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
