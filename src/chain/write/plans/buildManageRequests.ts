import { type Address, formatUnits } from 'viem'
import { formatBps, liquidityForBps } from '../../../domain/actions/parseRemovePercent.ts'
import { applySlippageDown } from '../../../domain/actions/slippage.ts'
import type { V3IncentiveInfo } from '../../../domain/catalogue/types.ts'
import { closeAmounts, type RemovePreview, removePreview } from '../../../domain/positions/removePreview.ts'
import { getLiquidityValue } from '../../../math/index.ts'
import { buildApproveRequest } from '../buildApproveRequest.ts'
import { buildFarmRequest, buildV2RemoveRequest } from '../buildV2Requests.ts'
import { buildV3RemoveAndCollectRequest, buildV3UnstakeRequest } from '../buildV3Requests.ts'
import { LP_DECIMALS, type TxRequest } from '../txRequest.ts'
import { incentiveKeyOf } from './buildFarmPlan.ts'

/** What a removal takes out: the liquidity (V3) or LP tokens (V2) burned, the amounts and their minimums. */
export type RemovePlan = {
  requests: TxRequest[]
  /** V3 liquidity or V2 LP tokens (wei) removed. */
  liquidityRemoved: bigint
  /** What the burn returns at the current price/balances (rounded down as the burn rounds). */
  amount0Wei: bigint
  amount1Wei: bigint
  /** The signed minimums. */
  amount0MinWei: bigint
  amount1MinWei: bigint
}

/**
 * V3: remove `removeBps` of the liquidity and collect everything owed in one tx. Minimums are what the
 * burn returns at P·(1 ± slippage) (amm-reference §9).
 */
export function buildV3RemovePlan(parameters: {
  npm: Address
  tokenId: bigint
  liquidity: bigint
  /** Share to remove in basis points (5000 = 50 %). */
  removeBps: number
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  token0: Address
  token1: Address
  nativeSide: 'token0' | 'token1' | undefined
  slippageBps: number
  deadline: bigint
  recipient: Address
}): RemovePlan {
  // owed is not part of RemovePlan's amounts (the review shows it apart): 0 here.
  const preview = removePreview({ ...parameters, owed0Wei: 0n, owed1Wei: 0n })
  const request = buildV3RemoveAndCollectRequest({
    ...parameters,
    liquidity: preview.liquidityRemoved,
    amount0MinWei: preview.amount0MinWei,
    amount1MinWei: preview.amount1MinWei,
    kind: 'remove',
    label: `Remove ${formatBps(parameters.removeBps)} % of #${parameters.tokenId} and collect`,
  })
  return {
    requests: [request],
    liquidityRemoved: preview.liquidityRemoved,
    amount0Wei: preview.principal0Wei,
    amount1Wei: preview.principal1Wei,
    amount0MinWei: preview.amount0MinWei,
    amount1MinWei: preview.amount1MinWei,
  }
}

/**
 * V3 close in ONE NPM multicall: decreaseLiquidity(all) (skipped at 0 liquidity), collect(max) and burn
 * the NFT. `preview` is what it pays: all the principal plus everything owed (see closeAmounts).
 */
export function buildV3ClosePlan(parameters: {
  npm: Address
  tokenId: bigint
  liquidity: bigint
  owed0Wei: bigint
  owed1Wei: bigint
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  token0: Address
  token1: Address
  nativeSide: 'token0' | 'token1' | undefined
  slippageBps: number
  deadline: bigint
  recipient: Address
}): { requests: TxRequest[]; preview: RemovePreview } {
  const preview = closeAmounts(parameters)
  const request = buildV3RemoveAndCollectRequest({
    ...parameters,
    liquidity: preview.liquidityRemoved,
    amount0MinWei: preview.amount0MinWei,
    amount1MinWei: preview.amount1MinWei,
    kind: 'close',
    label: `Close #${parameters.tokenId}: remove all, collect and burn`,
    burn: true,
  })
  return { requests: [request], preview }
}

/** V3: collect all fees owed (as ETH for the WETH side when asked). */
export function buildV3CollectPlan(parameters: {
  npm: Address
  tokenId: bigint
  token0: Address
  token1: Address
  nativeSide: 'token0' | 'token1' | undefined
  recipient: Address
}): TxRequest[] {
  return [
    buildV3RemoveAndCollectRequest({
      ...parameters,
      liquidity: 0n,
      amount0MinWei: 0n,
      amount1MinWei: 0n,
      deadline: 0n,
      kind: 'collect',
      label: `Collect fees of #${parameters.tokenId}${parameters.nativeSide ? ' (WETH as ETH)' : ''}`,
    }),
  ]
}

/** V3 staker: unstake, claim all rewards, withdraw the NFT. */
export function buildV3UnstakePlan(
  staker: Address,
  tokenId: bigint,
  incentive: V3IncentiveInfo,
  to: Address,
): TxRequest[] {
  return [buildV3UnstakeRequest({ staker, tokenId, key: incentiveKeyOf(incentive), to, withdraw: true })]
}

/** A V2 pair's state as the burn uses it (see chain/readV2PairState). */
export type V2BurnState = {
  reserve0: bigint
  reserve1: bigint
  balance0: bigint
  balance1: bigint
  totalSupply: bigint
  kLast: bigint
  /** The factory's feeTo is set: the burn first mints the protocol fee, diluting the LP. */
  feeOn: boolean
}

/**
 * V2: remove `removeBps` of the LP balance with minimums from the pair's exact burn (protocol fee
 * included when the fee switch is on); the LP is approved to the router exactly, unless the current
 * allowance already covers it.
 */
export function buildV2RemovePlan(parameters: {
  router: Address
  pair: Address
  token0: Address
  token1: Address
  lpBalanceWei: bigint
  removeBps: number
  state: V2BurnState
  /** The router's current LP allowance; the approval is skipped when it covers the removal. */
  lpAllowanceWei: bigint
  slippageBps: number
  deadline: bigint
  to: Address
}): RemovePlan {
  const { state } = parameters
  const liquidityWei = liquidityForBps(parameters.lpBalanceWei, parameters.removeBps)
  const value = getLiquidityValue({ ...state, liquidity: liquidityWei })
  const amount0MinWei = applySlippageDown(value.amount0, parameters.slippageBps)
  const amount1MinWei = applySlippageDown(value.amount1, parameters.slippageBps)
  const approvals =
    parameters.lpAllowanceWei >= liquidityWei
      ? []
      : [
          buildApproveRequest({
            token: parameters.pair,
            spender: parameters.router,
            amountWei: liquidityWei,
            kind: 'approve-lp',
            label: `Approve ${formatUnits(liquidityWei, LP_DECIMALS)} LP tokens for the router`,
            display: { symbol: 'LP', decimals: LP_DECIMALS, purpose: 'for the router' },
          }),
        ]
  return {
    requests: [
      ...approvals,
      buildV2RemoveRequest({ ...parameters, liquidityWei, amount0MinWei, amount1MinWei }),
    ],
    liquidityRemoved: liquidityWei,
    amount0Wei: value.amount0,
    amount1Wei: value.amount1,
    amount0MinWei,
    amount1MinWei,
  }
}

/** V2 farm: claim rewards, or exit (withdraw everything + claim). */
export function buildFarmActionPlan(farm: Address, action: 'getReward' | 'exit'): TxRequest[] {
  return [buildFarmRequest(farm, { kind: action })]
}
