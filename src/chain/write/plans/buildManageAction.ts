import type { Address } from 'viem'
import { formatBps } from '../../../domain/actions/parseRemovePercent.ts'
import { deadlineFromChainTime } from '../../../domain/actions/slippage.ts'
import type { V3IncentiveInfo } from '../../../domain/catalogue/types.ts'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import type { ManageState } from '../../readManageState.ts'
import type { TxRequest } from '../txRequest.ts'
import { buildV2StakePlan, buildV3StakePlan } from './buildFarmPlan.ts'
import {
  buildFarmActionPlan,
  buildV2RemovePlan,
  buildV3ClosePlan,
  buildV3CollectPlan,
  buildV3RemovePlan,
  buildV3UnstakePlan,
} from './buildManageRequests.ts'
import { buildV3IncreasePlan } from './buildV3IncreasePlan.ts'
import { buildV4ManageAction, type V4ManageActionKind } from './buildV4ManageAction.ts'

/** Every write a position page can send; each one opens a review first. */
export type ManageActionKind =
  | 'increase'
  | 'remove-v3'
  | 'close'
  | 'collect'
  | 'stake-v3'
  | 'unstake-v3'
  | 'remove-v2'
  | 'stake-v2'
  | 'claim-farm'
  | 'exit-farm'
  | V4ManageActionKind

export type ReviewToken = { address: Address; decimals: number; displaySymbol: string }

/** An exact amount of a token as the review shows it (`asEth`: the WETH side paid out as ETH). */
export type ReviewAmount = { token: ReviewToken; amountWei: bigint; asEth?: boolean }

/** One line of the review: a label and either exact amounts or plain text. */
export type ReviewRow = {
  key: string
  label: string
  amounts?: ReviewAmount[]
  /** Human text; `exact` holds the raw figure behind it (a liquidity L: never shown as a number). */
  text?: string
  exact?: string
}

/** A token balance the action spends: checked before any approval is asked for. */
export type BalanceNeed = { token: ReviewToken; amountWei: bigint }

export type ManageReviewModel =
  | { ok: false; message: string }
  | {
      ok: true
      title: string
      /** Approvals still needed, then the final transaction: exactly what is sent. */
      requests: TxRequest[]
      rows: ReviewRow[]
      needs: BalanceNeed[]
      /** Unix seconds from chain time; undefined for calls that take no deadline. */
      deadline: bigint | undefined
      /** The minimums follow the slippage setting. */
      usesSlippage: boolean
      /**
       * Tokens the action moves whose minimum is 0 at this tolerance (the band reaches past the range):
       * the price may move that side to nothing without a revert, so the user must acknowledge it.
       */
      zeroMinimumSymbols: string[]
      confirmLabel: string
      /**
       * A call that returns nothing (V4 modifyLiquidities): the simulation's traced transfers to `recipient`
       * in `currencies` must equal `expectedWei` (the reviewed total); with `hookMayAlterAmounts` signing
       * is refused otherwise (see domain v4PayoutVerdict).
       */
      payoutCheck?: {
        recipient: Address
        currencies: readonly Address[]
        expectedWei: readonly bigint[]
        hookMayAlterAmounts: boolean
      }
    }

/** Inputs of buildManageAction: the position, the chain state read for the review and the typed settings. */
export type BuildManageActionParameters = {
  kind: ManageActionKind
  position: PositionViewOk
  state: ManageState
  owner: Address
  contracts: {
    npm: Address
    router: Address
    staker: Address | undefined
    /** V4 PositionManager (V4 kinds). */
    positionManager?: Address | undefined
    /** V4 StateView (the review's V4 read). */
    stateView?: Address | undefined
  }
  incentive: V3IncentiveInfo | undefined
  /** The StakingRewards farm of a V2 pair held in the wallet ('stake-v2'). */
  farm?: Address | undefined
  /** Share to remove, basis points (already parsed). */
  removeBps: number | undefined
  increase: { text: string; side: 'token0' | 'token1' }
  /** The WETH side to pay out as ETH, if any. */
  nativeSide: 'token0' | 'token1' | undefined
  slippageBps: number
  deadlineMinutes: number
}

const lower = (address: Address) => address.toLowerCase()

/**
 * The review of one Manage write, from chain state read at one block: the exact requests (approvals
 * only where the allowance falls short), the figures they encode, the balances they spend and the deadline.
 */
export function buildManageAction(parameters: BuildManageActionParameters): ManageReviewModel {
  const { kind, position: p, state, owner, contracts, nativeSide, slippageBps } = parameters
  const deadline = deadlineFromChainTime(state.blockTimestamp, parameters.deadlineMinutes)
  // Paid out: the WETH side shows as ETH when it is unwrapped; paid in (or V2): always the tokens.
  const pairOf =
    (native: 'token0' | 'token1' | undefined) =>
    (amount0Wei: bigint, amount1Wei: bigint): ReviewAmount[] => [
      { token: p.token0, amountWei: amount0Wei, asEth: native === 'token0' },
      { token: p.token1, amountWei: amount1Wei, asEth: native === 'token1' },
    ]
  const pair = pairOf(nativeSide)
  const tokens = pairOf(undefined)
  // collect(max) pays everything owed: the fees and any principal a decrease withdrew but left uncollected.
  const owed = pair(p.owed0.amountWei, p.owed1.amountWei)
  const tokenId = p.v3?.tokenId
  /** Sides moved with a 0 minimum, named as the review shows them (ETH for an unwrapped WETH payout). */
  const zeroMinimums = (
    plan: { amount0Wei: bigint; amount1Wei: bigint; amount0MinWei: bigint; amount1MinWei: bigint },
    native: 'token0' | 'token1' | undefined = undefined,
  ) => [
    ...(plan.amount0Wei > 0n && plan.amount0MinWei === 0n
      ? [native === 'token0' ? 'ETH' : p.token0.displaySymbol]
      : []),
    ...(plan.amount1Wei > 0n && plan.amount1MinWei === 0n
      ? [native === 'token1' ? 'ETH' : p.token1.displaySymbol]
      : []),
  ]
  switch (kind) {
    case 'collect-v4':
    case 'remove-v4':
    case 'close-v4':
      return buildV4ManageAction({
        kind,
        position: p,
        state,
        owner,
        positionManager: contracts.positionManager,
        removeBps: parameters.removeBps,
        slippageBps,
        deadline,
      })
    case 'increase': {
      if (!p.v3 || !state.v3) return { ok: false, message: 'No V3 position state.' }
      const plan = buildV3IncreasePlan({
        npm: contracts.npm,
        tokenId: p.v3.tokenId,
        sqrtPriceX96: state.v3.sqrtPriceX96,
        tickLower: p.v3.tickLower,
        tickUpper: p.v3.tickUpper,
        token0: p.token0,
        token1: p.token1,
        independent: parameters.increase.side,
        amountText: parameters.increase.text,
        slippageBps,
        deadline,
        allowance0Wei: state.allowancesWei[lower(p.token0.address)] ?? 0n,
        allowance1Wei: state.allowancesWei[lower(p.token1.address)] ?? 0n,
      })
      if (!plan.ok) return plan
      return {
        ok: true,
        title: `Increase #${p.v3.tokenId}`,
        requests: plan.requests,
        rows: [
          { key: 'in', label: 'You deposit', amounts: tokens(plan.amount0Wei, plan.amount1Wei) },
          {
            key: 'max',
            label: 'At most (approved and signed as desired amounts)',
            amounts: tokens(plan.amount0DesiredWei, plan.amount1DesiredWei),
          },
          {
            key: 'min',
            label: `Minimum accepted (slippage ${slippageBps / 100} %)`,
            amounts: tokens(plan.amount0MinWei, plan.amount1MinWei),
          },
          {
            key: 'liquidity',
            label: 'Liquidity added',
            text:
              state.v3.liquidity > 0n
                ? `${formatBps(Number((plan.liquidity * 10_000n) / state.v3.liquidity))} % of the position's liquidity now`
                : 'the position’s only liquidity',
            exact: plan.liquidity.toString(),
          },
        ],
        needs: [
          { token: p.token0, amountWei: plan.amount0DesiredWei },
          { token: p.token1, amountWei: plan.amount1DesiredWei },
        ].filter((need) => need.amountWei > 0n),
        deadline,
        usesSlippage: true,
        zeroMinimumSymbols: zeroMinimums(plan),
        confirmLabel: plan.requests.length > 1 ? 'Approve and increase' : 'Increase',
      }
    }
    case 'remove-v3': {
      if (!p.v3 || !state.v3) return { ok: false, message: 'No V3 position state.' }
      if (parameters.removeBps === undefined) return { ok: false, message: 'Enter a valid share to remove.' }
      if (state.v3.liquidity === 0n) return { ok: false, message: 'This position has no liquidity left.' }
      const plan = buildV3RemovePlan({
        npm: contracts.npm,
        tokenId: p.v3.tokenId,
        liquidity: state.v3.liquidity,
        removeBps: parameters.removeBps,
        sqrtPriceX96: state.v3.sqrtPriceX96,
        tickLower: p.v3.tickLower,
        tickUpper: p.v3.tickUpper,
        token0: p.token0.address,
        token1: p.token1.address,
        nativeSide,
        slippageBps,
        deadline,
        recipient: owner,
      })
      return {
        ok: true,
        title: `Remove ${formatBps(parameters.removeBps)} % of #${p.v3.tokenId} and collect`,
        requests: plan.requests,
        rows: [
          {
            key: 'liquidity',
            label: 'Liquidity removed',
            text: `${formatBps(parameters.removeBps)} % of the position's liquidity`,
            exact: plan.liquidityRemoved.toString(),
          },
          {
            key: 'out',
            label: 'The removed liquidity returns',
            amounts: pair(plan.amount0Wei, plan.amount1Wei),
          },
          {
            key: 'min',
            label: `Minimum accepted (slippage ${slippageBps / 100} %)`,
            amounts: pair(plan.amount0MinWei, plan.amount1MinWei),
          },
          {
            key: 'fees',
            label:
              'Plus what is owed: uncollected fees and any withdrawn principal (collected in the same transaction)',
            amounts: owed,
          },
        ],
        needs: [],
        deadline,
        usesSlippage: true,
        zeroMinimumSymbols: zeroMinimums(plan, nativeSide),
        confirmLabel: 'Remove and collect',
      }
    }
    case 'close': {
      if (!p.v3 || !state.v3) return { ok: false, message: 'No V3 position state.' }
      const plan = buildV3ClosePlan({
        npm: contracts.npm,
        tokenId: p.v3.tokenId,
        liquidity: state.v3.liquidity,
        owed0Wei: p.owed0.amountWei,
        owed1Wei: p.owed1.amountWei,
        sqrtPriceX96: state.v3.sqrtPriceX96,
        tickLower: p.v3.tickLower,
        tickUpper: p.v3.tickUpper,
        token0: p.token0.address,
        token1: p.token1.address,
        nativeSide,
        slippageBps,
        deadline,
        recipient: owner,
      })
      const { preview } = plan
      return {
        ok: true,
        title: `Close #${p.v3.tokenId}: remove all, collect and burn`,
        requests: plan.requests,
        rows: [
          { key: 'liquidity', label: 'Liquidity removed (all)', text: preview.liquidityRemoved.toString() },
          {
            key: 'out',
            label: 'The removed liquidity returns',
            amounts: pair(preview.principal0Wei, preview.principal1Wei),
          },
          {
            key: 'min',
            label: `Minimum accepted (slippage ${slippageBps / 100} %)`,
            amounts: pair(preview.amount0MinWei, preview.amount1MinWei),
          },
          {
            key: 'fees',
            label: 'Plus what is owed (uncollected fees and any withdrawn principal)',
            amounts: owed,
          },
          {
            key: 'total',
            label: 'You receive in total (at an unchanged price)',
            amounts: pair(preview.received0Wei, preview.received1Wei),
          },
          {
            key: 'nft',
            label: 'The position NFT',
            text: `#${p.v3.tokenId} is burned in the same transaction`,
          },
        ],
        needs: [],
        deadline,
        usesSlippage: true,
        zeroMinimumSymbols: zeroMinimums(
          {
            amount0Wei: preview.principal0Wei,
            amount1Wei: preview.principal1Wei,
            amount0MinWei: preview.amount0MinWei,
            amount1MinWei: preview.amount1MinWei,
          },
          nativeSide,
        ),
        confirmLabel: 'Close the position',
      }
    }
    case 'stake-v2': {
      const farm = parameters.farm
      if (!p.v2 || !farm) return { ok: false, message: 'No farm for this pair.' }
      const lpBalanceWei = state.balancesWei[lower(p.v2.pair)] ?? 0n
      if (lpBalanceWei === 0n) return { ok: false, message: 'The wallet holds none of these LP tokens now.' }
      const requests = buildV2StakePlan(
        farm,
        p.v2.pair,
        lpBalanceWei,
        state.allowancesWei[lower(p.v2.pair)] ?? 0n,
      )
      const lpToken = { address: p.v2.pair, decimals: 18, displaySymbol: 'LP' }
      return {
        ok: true,
        title: `Stake the ${p.token0.displaySymbol}/${p.token1.displaySymbol} LP in its farm`,
        requests,
        rows: [
          {
            key: 'in',
            label: 'LP tokens staked (all the wallet holds)',
            amounts: [{ token: lpToken, amountWei: lpBalanceWei }],
          },
          { key: 'farm', label: 'Farm', text: farm },
        ],
        needs: [{ token: lpToken, amountWei: lpBalanceWei }],
        deadline: undefined,
        usesSlippage: false,
        zeroMinimumSymbols: [],
        confirmLabel: requests.length > 1 ? 'Approve and stake' : 'Stake',
      }
    }
    case 'collect': {
      if (tokenId === undefined) return { ok: false, message: 'No V3 position state.' }
      return {
        ok: true,
        title: `Collect the fees of #${tokenId}`,
        requests: buildV3CollectPlan({
          npm: contracts.npm,
          tokenId,
          token0: p.token0.address,
          token1: p.token1.address,
          nativeSide,
          recipient: owner,
        }),
        rows: [
          {
            key: 'out',
            label: 'Owed: uncollected fees plus any withdrawn principal (everything owed is collected)',
            amounts: owed,
          },
          { key: 'min', label: 'Minimum accepted', text: 'none: collecting does not depend on the price' },
        ],
        needs: [],
        deadline: undefined,
        usesSlippage: false,
        zeroMinimumSymbols: [],
        confirmLabel: 'Collect',
      }
    }
    case 'stake-v3': {
      if (tokenId === undefined || !contracts.staker || !parameters.incentive)
        return { ok: false, message: 'No incentive for this pool.' }
      return {
        ok: true,
        title: `Stake #${tokenId} in the farm`,
        requests: buildV3StakePlan({
          npm: contracts.npm,
          staker: contracts.staker,
          owner,
          tokenId,
          incentive: parameters.incentive,
        }),
        rows: [
          {
            key: 'out',
            label: 'The position NFT',
            text: `#${tokenId} moves to the V3 staker (withdraw it any time)`,
          },
        ],
        needs: [],
        deadline: undefined,
        usesSlippage: false,
        zeroMinimumSymbols: [],
        confirmLabel: 'Stake',
      }
    }
    case 'unstake-v3': {
      if (tokenId === undefined || !contracts.staker || !parameters.incentive)
        return { ok: false, message: 'No incentive for this pool.' }
      return {
        ok: true,
        title: `Unstake #${tokenId}, claim and withdraw`,
        requests: buildV3UnstakePlan(contracts.staker, tokenId, parameters.incentive, owner),
        rows: [
          {
            key: 'out',
            label: 'Pending rewards (estimate; the simulation gives the exact claim)',
            amounts: p.pendingRewards.map((r) => ({ token: r.reward.token, amountWei: r.reward.amountWei })),
          },
          { key: 'nft', label: 'The position NFT', text: `#${tokenId} returns to your wallet` },
        ],
        needs: [],
        deadline: undefined,
        usesSlippage: false,
        zeroMinimumSymbols: [],
        confirmLabel: 'Unstake, claim and withdraw',
      }
    }
    case 'remove-v2': {
      if (!p.v2 || !state.v2) return { ok: false, message: 'No V2 pair state.' }
      if (parameters.removeBps === undefined) return { ok: false, message: 'Enter a valid share to remove.' }
      const lpBalanceWei = state.balancesWei[lower(p.v2.pair)] ?? 0n
      if (lpBalanceWei === 0n) return { ok: false, message: 'The wallet holds none of these LP tokens now.' }
      const plan = buildV2RemovePlan({
        router: contracts.router,
        pair: p.v2.pair,
        token0: p.token0.address,
        token1: p.token1.address,
        lpBalanceWei,
        removeBps: parameters.removeBps,
        state: state.v2,
        lpAllowanceWei: state.allowancesWei[lower(p.v2.pair)] ?? 0n,
        slippageBps,
        deadline,
        to: owner,
      })
      const lpToken = { address: p.v2.pair, decimals: 18, displaySymbol: 'LP' }
      return {
        ok: true,
        title: `Remove ${formatBps(parameters.removeBps)} % of the ${p.token0.displaySymbol}/${p.token1.displaySymbol} LP`,
        requests: plan.requests,
        rows: [
          {
            key: 'in',
            label: 'LP tokens burned',
            amounts: [{ token: lpToken, amountWei: plan.liquidityRemoved }],
          },
          { key: 'out', label: 'You receive', amounts: tokens(plan.amount0Wei, plan.amount1Wei) },
          {
            key: 'min',
            label: `Minimum accepted (slippage ${slippageBps / 100} %)`,
            amounts: tokens(plan.amount0MinWei, plan.amount1MinWei),
          },
          {
            key: 'fee-switch',
            label: 'V2 protocol fee',
            text: state.v2.feeOn
              ? 'on: the burn first mints the protocol’s share of fee growth (included above)'
              : 'off',
          },
        ],
        needs: [{ token: lpToken, amountWei: plan.liquidityRemoved }],
        deadline,
        usesSlippage: true,
        zeroMinimumSymbols: zeroMinimums(plan),
        confirmLabel: plan.requests.length > 1 ? 'Approve and remove' : 'Remove',
      }
    }
    case 'claim-farm':
    case 'exit-farm': {
      const farm = p.v2?.farm
      if (!farm || !state.farm) return { ok: false, message: 'No farm state.' }
      const reward = p.pendingRewards[0]?.reward.token
      const earned = reward ? [{ token: reward, amountWei: state.farm.earnedWei }] : []
      const lpToken = { address: p.v2?.pair ?? farm, decimals: 18, displaySymbol: 'LP' }
      return {
        ok: true,
        title: kind === 'claim-farm' ? 'Claim the farm rewards' : 'Unstake all LP and claim',
        requests: buildFarmActionPlan(farm, kind === 'claim-farm' ? 'getReward' : 'exit'),
        rows: [
          {
            key: 'out',
            label: 'Rewards earned at the read block (the claim pays what has accrued when mined)',
            amounts: earned,
          },
          ...(kind === 'exit-farm'
            ? [
                {
                  key: 'lp',
                  label: 'LP tokens back to your wallet',
                  amounts: [{ token: lpToken, amountWei: state.farm.stakedWei }],
                },
              ]
            : []),
        ],
        needs: [],
        deadline: undefined,
        usesSlippage: false,
        zeroMinimumSymbols: [],
        confirmLabel: kind === 'claim-farm' ? 'Claim' : 'Unstake and claim',
      }
    }
  }
}

/** A balance the wallet lacks for an action. */
export type BalanceShortfall = BalanceNeed & { haveWei: bigint; missingWei: bigint }

/** The needs the wallet's balances (read at the review's block) do not cover. */
export function balanceShortfalls(needs: readonly BalanceNeed[], state: ManageState): BalanceShortfall[] {
  return needs.flatMap((need) => {
    const haveWei = state.balancesWei[lower(need.token.address)] ?? 0n
    return haveWei >= need.amountWei ? [] : [{ ...need, haveWei, missingWei: need.amountWei - haveWei }]
  })
}
