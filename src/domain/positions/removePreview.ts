import { getAmountsForLiquidity, getSqrtRatioAtTick } from '../../math/index.ts'
import { burnMinimums } from '../actions/burnMinimums.ts'
import { liquidityForBps } from '../actions/parseRemovePercent.ts'

/** Basis points in 100 %: a close removes all of it. */
export const CLOSE_BPS = 10_000

/** Inputs of removePreview: the position's range and liquidity, what it is owed, the share and tolerance. */
export type RemovePreviewParameters = {
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  /** The position's liquidity now. */
  liquidity: bigint
  /** Share to remove, basis points (5000 = 50 %). */
  removeBps: number
  /** What collect(max) pays before the decrease: uncollected fees plus any withdrawn principal. */
  owed0Wei: bigint
  owed1Wei: bigint
  /** Tolerance of the minimums, basis points (50 = 0.5 %). */
  slippageBps: number
}

/** What removing a share of a V3 position and collecting returns, exact to the wei. */
export type RemovePreview = {
  /** floor(liquidity · bps / 10000). */
  liquidityRemoved: bigint
  /** What decreaseLiquidity frees at the current price (rounded down, as the pool's burn rounds). */
  principal0Wei: bigint
  principal1Wei: bigint
  /** What the collect pays on top: everything owed before the decrease. */
  owed0Wei: bigint
  owed1Wei: bigint
  /** principal + owed: what arrives in the wallet when the price does not move. */
  received0Wei: bigint
  received1Wei: bigint
  /** The decrease's signed minimums (burn amounts at P·(1 ± tolerance), see burnMinimums). */
  amount0MinWei: bigint
  amount1MinWei: bigint
  /** Liquidity the position keeps; 0 when the whole position is removed. */
  liquidityLeft: bigint
}

/**
 * The preview of "Remove x %" on a V3 position: decreaseLiquidity(floor(L·x)) then collect(max), which
 * pays the freed principal plus everything already owed (fees and any earlier withdrawn principal).
 * The same numbers the transaction builder signs, so the preview is what the chain pays at an unchanged price.
 * @example removePreview({ sqrtPriceX96: 2n ** 96n, tickLower: -60, tickUpper: 60, liquidity: 10n ** 18n, removeBps: 5000, owed0Wei: 0n, owed1Wei: 0n, slippageBps: 50 }).liquidityRemoved // 5n * 10n ** 17n
 */
export function removePreview(parameters: RemovePreviewParameters): RemovePreview {
  const { sqrtPriceX96, tickLower, tickUpper, liquidity, owed0Wei, owed1Wei, slippageBps } = parameters
  const liquidityRemoved = liquidity === 0n ? 0n : liquidityForBps(liquidity, parameters.removeBps)
  const principal = getAmountsForLiquidity(
    sqrtPriceX96,
    getSqrtRatioAtTick(tickLower),
    getSqrtRatioAtTick(tickUpper),
    liquidityRemoved,
  )
  const mins =
    liquidityRemoved === 0n
      ? { amount0MinWei: 0n, amount1MinWei: 0n }
      : burnMinimums({ sqrtPriceX96, tickLower, tickUpper, liquidity: liquidityRemoved, slippageBps })
  return {
    liquidityRemoved,
    principal0Wei: principal.amount0,
    principal1Wei: principal.amount1,
    owed0Wei,
    owed1Wei,
    received0Wei: principal.amount0 + owed0Wei,
    received1Wei: principal.amount1 + owed1Wei,
    ...mins,
    liquidityLeft: liquidity - liquidityRemoved,
  }
}

/**
 * What "Close" pays in its one transaction (decreaseLiquidity(all) + collect(max) + burn): all the
 * principal plus everything owed. A position already at 0 liquidity is only collected and burned.
 */
export function closeAmounts(parameters: Omit<RemovePreviewParameters, 'removeBps'>): RemovePreview {
  return removePreview({ ...parameters, removeBps: CLOSE_BPS })
}
