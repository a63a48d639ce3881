import { computeSwapStep, getSqrtRatioAtTick, mulDiv, Q128 } from '../../math/index.ts'
import type { SwapStep } from '../replay/runSwapSteps.ts'

const wrap256 = (value: bigint) => BigInt.asUintN(256, value)

/** Fee growth outside one range bound, kept by the backtest beside the pool's own tick map. */
export interface BoundOutside {
  tick: number
  outside0X128: bigint
  outside1X128: bigint
}

/**
 * A bound as the pool initializes it when a position is opened: outside = global when the bound is at
 * or below the current tick. Any consistent start works (only differences of fee growth inside
 * matter), so this also covers bounds that other positions had already initialized.
 */
export function openBound(
  tick: number,
  currentTick: number,
  global0X128: bigint,
  global1X128: bigint,
): BoundOutside {
  const below = tick <= currentTick
  return { tick, outside0X128: below ? global0X128 : 0n, outside1X128: below ? global1X128 : 0n }
}

/**
 * Flips a bound's fee growth outside when a swap step crosses it (tickStart ≥ T > tickEnd going down,
 * tickStart < T ≤ tickEnd going up), with the fee growth global at the crossing:
 * - the step ended exactly on the bound (always the case when the bound is an initialized tick of the
 *   pool, e.g. a real position's): the global after the step — exactly what the pool uses;
 * - the bound lies inside the step (a hypothetical range on ticks nobody initialized): the pool would
 *   have stopped there, so the fee of the part of the step up to the bound is recomputed with
 *   computeSwapStep (same liquidity, same remaining amount) and added to the global before the step.
 */
export function crossBound(
  bound: BoundOutside,
  step: SwapStep,
  globals: { before0X128: bigint; before1X128: bigint; after0X128: bigint; after1X128: bigint },
  feePips: number,
  feeProtocol: number,
): void {
  const crossesDown = step.zeroForOne && step.tickStart >= bound.tick && step.tickEnd < bound.tick
  const crossesUp = !step.zeroForOne && step.tickStart < bound.tick && step.tickEnd >= bound.tick
  if (!crossesDown && !crossesUp) return
  const sqrtBoundX96 = getSqrtRatioAtTick(bound.tick)
  let at0X128 = globals.after0X128
  let at1X128 = globals.after1X128
  if (step.sqrtPriceEndX96 !== sqrtBoundX96) {
    const partial = computeSwapStep(
      step.sqrtPriceStartX96,
      sqrtBoundX96,
      step.liquidity,
      step.amountRemaining,
      feePips,
    )
    const divisor = step.zeroForOne ? feeProtocol % 16 : feeProtocol >> 4
    const lpFeeWei = divisor > 0 ? partial.feeAmount - partial.feeAmount / BigInt(divisor) : partial.feeAmount
    const growthX128 = step.liquidity > 0n ? mulDiv(lpFeeWei, Q128, step.liquidity) : 0n
    if (step.zeroForOne) at0X128 = wrap256(globals.before0X128 + growthX128)
    else at1X128 = wrap256(globals.before1X128 + growthX128)
  }
  bound.outside0X128 = wrap256(at0X128 - bound.outside0X128)
  bound.outside1X128 = wrap256(at1X128 - bound.outside1X128)
}
