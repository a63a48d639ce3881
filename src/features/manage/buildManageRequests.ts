import type { Address } from 'viem'
import { buildApproveRequest } from '../../chain/write/buildApproveRequest.ts'
import { buildFarmRequest, buildV2RemoveRequest } from '../../chain/write/buildV2Requests.ts'
import { buildV3RemoveAndCollectRequest, buildV3UnstakeRequest } from '../../chain/write/buildV3Requests.ts'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import type { V3IncentiveInfo } from '../../config/deployments.types.ts'
import { getAmountsForLiquidity, getLiquidityValue, getSqrtRatioAtTick } from '../../math/index.ts'
import { incentiveKeyOf } from '../add-liquidity/derive/buildFarmPlan.ts'
import { applySlippageDown } from '../add-liquidity/derive/slippage.ts'

/**
 * Liquidity to remove for a percentage, exact: floor(liquidity · percent / 100); 100 % removes all.
 * @throws Error for a percentage outside 1..100 or not an integer
 */
export function liquidityForPercent(liquidity: bigint, percent: number): bigint {
  if (!Number.isInteger(percent) || percent < 1 || percent > 100)
    throw new Error('Choose a whole percentage from 1 to 100.')
  return (liquidity * BigInt(percent)) / 100n
}

/** V3: remove `percent` of the liquidity with slippage minimums and collect everything owed in one tx. */
export function buildV3RemovePlan(parameters: {
  npm: Address
  tokenId: bigint
  liquidity: bigint
  percent: number
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  token0: Address
  token1: Address
  nativeSide: 'token0' | 'token1' | undefined
  slippageBps: number
  deadline: bigint
  recipient: Address
}): { requests: TxRequest[]; amount0Wei: bigint; amount1Wei: bigint; liquidityRemoved: bigint } {
  const liquidityRemoved = liquidityForPercent(parameters.liquidity, parameters.percent)
  const expected = getAmountsForLiquidity(
    parameters.sqrtPriceX96,
    getSqrtRatioAtTick(parameters.tickLower),
    getSqrtRatioAtTick(parameters.tickUpper),
    liquidityRemoved,
  )
  const request = buildV3RemoveAndCollectRequest({
    ...parameters,
    liquidity: liquidityRemoved,
    amount0MinWei: applySlippageDown(expected.amount0, parameters.slippageBps),
    amount1MinWei: applySlippageDown(expected.amount1, parameters.slippageBps),
    kind: 'remove',
    label: `Remove ${parameters.percent} % of #${parameters.tokenId} and collect`,
  })
  return { requests: [request], amount0Wei: expected.amount0, amount1Wei: expected.amount1, liquidityRemoved }
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

/** V2: approve exactly the LP to the router, then remove `percent` with minimums from the pair's value. */
export function buildV2RemovePlan(parameters: {
  router: Address
  pair: Address
  token0: Address
  token1: Address
  lpBalanceWei: bigint
  percent: number
  reserve0Wei: bigint
  reserve1Wei: bigint
  totalSupplyWei: bigint
  slippageBps: number
  deadline: bigint
  to: Address
}): TxRequest[] {
  const liquidityWei = liquidityForPercent(parameters.lpBalanceWei, parameters.percent)
  const value = getLiquidityValue({
    reserve0: parameters.reserve0Wei,
    reserve1: parameters.reserve1Wei,
    totalSupply: parameters.totalSupplyWei,
    kLast: 0n,
    feeOn: false,
    liquidity: liquidityWei,
  })
  return [
    buildApproveRequest({
      token: parameters.pair,
      spender: parameters.router,
      amountWei: liquidityWei,
      kind: 'approve-lp',
      label: 'Approve the LP tokens for the router',
    }),
    buildV2RemoveRequest({
      ...parameters,
      liquidityWei,
      amount0MinWei: applySlippageDown(value.amount0, parameters.slippageBps),
      amount1MinWei: applySlippageDown(value.amount1, parameters.slippageBps),
    }),
  ]
}

/** V2 farm: claim rewards, or exit (withdraw everything + claim). */
export function buildFarmActionPlan(farm: Address, action: 'getReward' | 'exit'): TxRequest[] {
  return [buildFarmRequest(farm, { kind: action })]
}
