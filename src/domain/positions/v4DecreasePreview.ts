import { getPositionAmounts } from '../../math/index.ts'
import { burnMinimums } from '../actions/burnMinimums.ts'
import { liquidityForBps } from '../actions/parseRemovePercent.ts'

/** What a V4 DECREASE_LIQUIDITY + TAKE_PAIR pays, exact to the wei at an unchanged price. */
export type V4DecreasePreview = {
  /** floor(liquidity · bps / 10000); 0 for a collect. */
  liquidityRemoved: bigint
  /** The principal the PoolManager frees (V4 Pool.modifyLiquidity: branches on slot0's tick, rounds down). */
  principal0Wei: bigint
  principal1Wei: bigint
  /** The uncollected fees the same modifyLiquidity credits (all of them, whatever the share removed). */
  fees0Wei: bigint
  fees1Wei: bigint
  /** principal + fees: what TAKE_PAIR pays. */
  received0Wei: bigint
  received1Wei: bigint
  /** DECREASE_LIQUIDITY's minimums (they bound the principal only, as v4-periphery checks them). */
  amount0MinWei: bigint
  amount1MinWei: bigint
  liquidityLeft: bigint
}

/**
 * THE preview of a V4 decrease: remove `removeBps` of `liquidity` (0 bps = collect the fees only), paid
 * with the position's uncollected fees in one TAKE_PAIR. V4 has no tokensOwed: every modifyLiquidity
 * credits all the fees accrued since the last one, so a partial removal pays all the fees too. Minimums are
 * the burn's amounts at P·(1 ± slippage) (amm-reference §9).
 * @example v4DecreasePreview({ tick: 0, sqrtPriceX96: 2n ** 96n, tickLower: -60, tickUpper: 60, liquidity: 10n ** 18n, removeBps: 5000, fees0Wei: 1n, fees1Wei: 2n, slippageBps: 50 }).liquidityRemoved // 5n * 10n ** 17n
 */
export function v4DecreasePreview(parameters: {
  tick: number
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  liquidity: bigint
  /** 0 = collect only; 10000 = all (close). */
  removeBps: number
  fees0Wei: bigint
  fees1Wei: bigint
  slippageBps: number
}): V4DecreasePreview {
  const { tick, sqrtPriceX96, tickLower, tickUpper, liquidity, fees0Wei, fees1Wei } = parameters
  const liquidityRemoved =
    parameters.removeBps === 0 || liquidity === 0n ? 0n : liquidityForBps(liquidity, parameters.removeBps)
  const principal = getPositionAmounts(tick, sqrtPriceX96, tickLower, tickUpper, liquidityRemoved)
  const mins =
    liquidityRemoved === 0n
      ? { amount0MinWei: 0n, amount1MinWei: 0n }
      : burnMinimums({
          sqrtPriceX96,
          tickLower,
          tickUpper,
          liquidity: liquidityRemoved,
          slippageBps: parameters.slippageBps,
        })
  return {
    liquidityRemoved,
    principal0Wei: principal.amount0,
    principal1Wei: principal.amount1,
    fees0Wei,
    fees1Wei,
    received0Wei: principal.amount0 + fees0Wei,
    received1Wei: principal.amount1 + fees1Wei,
    amount0MinWei: mins.amount0MinWei,
    amount1MinWei: mins.amount1MinWei,
    liquidityLeft: liquidity - liquidityRemoved,
  }
}
