import type { Address } from 'viem'
import { formatBps } from '../../../domain/actions/parseRemovePercent.ts'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { CLOSE_BPS } from '../../../domain/positions/removePreview.ts'
import { v4DecreasePreview } from '../../../domain/positions/v4DecreasePreview.ts'
import type { ManageState } from '../../readManageState.ts'
import { buildV4DecreaseRequest } from '../buildV4Requests.ts'
import type { ManageReviewModel, ReviewAmount, ReviewRow } from './buildManageAction.ts'

/** The V4 writes on an existing position: each is one PositionManager.modifyLiquidities. */
export type V4ManageActionKind = 'collect-v4' | 'remove-v4' | 'close-v4'

export const V4_MANAGE_KINDS: ReadonlySet<string> = new Set<V4ManageActionKind>([
  'collect-v4',
  'remove-v4',
  'close-v4',
])

/**
 * The review of a V4 write from the state read at one block: DECREASE_LIQUIDITY (0 for Collect, a share for
 * Remove, all for Close) + TAKE_PAIR to the owner (+ BURN_POSITION for Close), with the exact amounts it
 * pays, the minimums at the slippage, and `payoutCheck`: what the simulation's traced transfers must equal.
 */
export function buildV4ManageAction(parameters: {
  kind: V4ManageActionKind
  position: PositionViewOk
  state: ManageState
  owner: Address
  positionManager: Address | undefined
  removeBps: number | undefined
  slippageBps: number
  deadline: bigint
}): ManageReviewModel {
  const { kind, position: p, state, owner, slippageBps, deadline } = parameters
  const v4 = p.v4
  const s = state.v4
  if (!v4 || !s || !parameters.positionManager) return { ok: false, message: 'No V4 position state.' }
  const removeBps =
    kind === 'collect-v4' ? 0 : kind === 'close-v4' ? CLOSE_BPS : (parameters.removeBps ?? undefined)
  if (removeBps === undefined) return { ok: false, message: 'Enter a valid share to remove.' }
  if (kind === 'remove-v4' && s.liquidity === 0n)
    return { ok: false, message: 'This position has no liquidity left.' }
  const preview = v4DecreasePreview({
    tick: s.tick,
    sqrtPriceX96: s.sqrtPriceX96,
    tickLower: v4.tickLower,
    tickUpper: v4.tickUpper,
    liquidity: s.liquidity,
    removeBps,
    fees0Wei: s.fees0Wei,
    fees1Wei: s.fees1Wei,
    slippageBps,
  })
  const pair = (amount0Wei: bigint, amount1Wei: bigint): ReviewAmount[] => [
    { token: p.token0, amountWei: amount0Wei },
    { token: p.token1, amountWei: amount1Wei },
  ]
  const id = `V4 #${v4.tokenId}`
  const title =
    kind === 'collect-v4'
      ? `Collect the fees of ${id}`
      : kind === 'close-v4'
        ? `Close ${id}: remove all, take and burn`
        : `Remove ${formatBps(removeBps)} % of ${id} and take the fees`
  const request = buildV4DecreaseRequest({
    positionManager: parameters.positionManager,
    tokenId: v4.tokenId,
    poolKey: v4.poolKey,
    liquidity: preview.liquidityRemoved,
    amount0MinWei: preview.amount0MinWei,
    amount1MinWei: preview.amount1MinWei,
    recipient: owner,
    deadline,
    burn: kind === 'close-v4',
    kind,
    label: title,
  })
  const hook = v4.hook
  const rows: ReviewRow[] = []
  if (kind !== 'collect-v4')
    rows.push(
      {
        key: 'liquidity',
        label: kind === 'close-v4' ? 'Liquidity removed (all)' : 'Liquidity removed',
        text:
          kind === 'close-v4'
            ? preview.liquidityRemoved.toString()
            : `${formatBps(removeBps)} % of the position's liquidity`,
        exact: preview.liquidityRemoved.toString(),
      },
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
    )
  rows.push({
    key: 'fees',
    label:
      kind === 'collect-v4'
        ? 'Uncollected fees (DECREASE_LIQUIDITY of 0 credits them, TAKE_PAIR pays them)'
        : 'Plus all the uncollected fees (credited by the same decrease)',
    amounts: pair(preview.fees0Wei, preview.fees1Wei),
  })
  rows.push({
    key: 'total',
    label: 'You receive in total (at an unchanged price)',
    amounts: pair(preview.received0Wei, preview.received1Wei),
  })
  if (kind === 'collect-v4')
    rows.push({
      key: 'min',
      label: 'Minimum accepted',
      text: 'none: collecting does not depend on the price',
    })
  if (kind === 'close-v4')
    rows.push({
      key: 'nft',
      label: 'The position NFT',
      text: `#${v4.tokenId} is burned in the same transaction (works out of range too)`,
    })
  if (p.token0.address === '0x0000000000000000000000000000000000000000')
    rows.push({ key: 'native', label: 'Native ETH', text: 'the ETH side is paid to you as ETH by TAKE_PAIR' })
  if (hook)
    rows.push({
      key: 'hook',
      label: 'Hook',
      text: hook.mayAlterAmounts
        ? `${hook.address} may change the amounts (a return-delta permission): signing is allowed only if the simulation pays exactly the total above`
        : `${hook.address} runs on ${hook.enabled.join(', ') || 'nothing'}; it cannot change the amounts (no return-delta permission)`,
    })
  if (v4.subscriber)
    rows.push({
      key: 'subscriber',
      label: 'Subscriber',
      text: `${v4.subscriber} is notified of this change${kind === 'close-v4' ? ' and of the burn' : ''}`,
    })
  const zeroMinimumSymbols = [
    ...(preview.principal0Wei > 0n && preview.amount0MinWei === 0n ? [p.token0.displaySymbol] : []),
    ...(preview.principal1Wei > 0n && preview.amount1MinWei === 0n ? [p.token1.displaySymbol] : []),
  ]
  return {
    ok: true,
    title,
    requests: [request],
    rows,
    needs: [],
    deadline,
    usesSlippage: kind !== 'collect-v4',
    zeroMinimumSymbols,
    confirmLabel: kind === 'collect-v4' ? 'Collect' : kind === 'close-v4' ? 'Close the position' : 'Remove',
    payoutCheck: {
      recipient: owner,
      currencies: [v4.poolKey.currency0, v4.poolKey.currency1],
      expectedWei: [preview.received0Wei, preview.received1Wei],
      hookMayAlterAmounts: hook?.mayAlterAmounts ?? false,
    },
  }
}
