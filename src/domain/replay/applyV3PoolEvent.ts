import type { V3PoolEvent } from '../pools/poolEvents.ts'
import { matchSwapEvent, type SwapReplayMode } from './matchSwapEvent.ts'
import type { SwapStep } from './runSwapSteps.ts'
import { sortedInitializedTicks, type V3ReplayState } from './v3ReplayState.ts'

const wrap256 = (value: bigint) => BigInt.asUintN(256, value)

/** Sees each swap step as the pool applies it, with the fee growth globals before and after. */
export type SwapStepObserver = (
  step: SwapStep,
  globals: {
    before0X128: bigint
    before1X128: bigint
    after0X128: bigint
    after1X128: bigint
  },
) => void

/** Tick.update for one bound: fee growth outside starts at the global value when the tick is at or below the price. */
function updateTick(state: V3ReplayState, tick: number, liquidityDelta: bigint, upper: boolean): void {
  const info = state.ticks.get(tick) ?? {
    liquidityGross: 0n,
    liquidityNet: 0n,
    feeGrowthOutside0X128: tick <= state.tick ? state.feeGrowthGlobal0X128 : 0n,
    feeGrowthOutside1X128: tick <= state.tick ? state.feeGrowthGlobal1X128 : 0n,
  }
  info.liquidityGross += liquidityDelta
  info.liquidityNet += upper ? -liquidityDelta : liquidityDelta
  // The pool clears a tick whose last liquidity left (a later mint re-initializes it).
  if (info.liquidityGross === 0n) state.ticks.delete(tick)
  else state.ticks.set(tick, info)
  state.sortedTicks = null
}

function modifyPosition(state: V3ReplayState, tickLower: number, tickUpper: number, liquidityDelta: bigint) {
  if (liquidityDelta === 0n) return
  updateTick(state, tickLower, liquidityDelta, false)
  updateTick(state, tickUpper, liquidityDelta, true)
  if (state.tick >= tickLower && state.tick < tickUpper) state.liquidity += liquidityDelta
}

/**
 * Applies one pool event to the rebuilt state, as the pool did: Initialize sets the price; Mint/Burn
 * update the tick map (and active liquidity when in range); Swap is replayed step by step (see
 * matchSwapEvent), adding exact fee growth and flipping fee growth outside at crossed ticks.
 * @returns the replay mode for swaps, else undefined
 * @throws SwapReplayMismatchError when a swap cannot be reproduced exactly
 */
export function applyV3PoolEvent(
  state: V3ReplayState,
  event: V3PoolEvent,
  onStep?: SwapStepObserver,
): SwapReplayMode | undefined {
  switch (event.kind) {
    case 'initialize':
      state.initialized = true
      state.sqrtPriceX96 = event.sqrtPriceX96
      state.tick = event.tick
      return undefined
    case 'setFeeProtocol':
      state.feeProtocol = event.feeProtocol0 + (event.feeProtocol1 << 4)
      return undefined
    case 'mint':
      modifyPosition(state, event.tickLower, event.tickUpper, event.liquidity)
      return undefined
    case 'burn':
      modifyPosition(state, event.tickLower, event.tickUpper, -event.liquidity)
      return undefined
    case 'swap': {
      const { mode, result } = matchSwapEvent(
        {
          sqrtPriceX96: state.sqrtPriceX96,
          tick: state.tick,
          liquidity: state.liquidity,
          feePips: state.feePips,
          tickSpacing: state.tickSpacing,
          feeProtocol: state.feeProtocol,
          ticks: sortedInitializedTicks(state),
        },
        event,
      )
      for (const step of result.steps) {
        const before0X128 = state.feeGrowthGlobal0X128
        const before1X128 = state.feeGrowthGlobal1X128
        if (step.zeroForOne) state.feeGrowthGlobal0X128 = wrap256(before0X128 + step.feeGrowthDeltaX128)
        else state.feeGrowthGlobal1X128 = wrap256(before1X128 + step.feeGrowthDeltaX128)
        if (step.crossedTick !== null) {
          const info = state.ticks.get(step.crossedTick)
          if (info) {
            info.feeGrowthOutside0X128 = wrap256(state.feeGrowthGlobal0X128 - info.feeGrowthOutside0X128)
            info.feeGrowthOutside1X128 = wrap256(state.feeGrowthGlobal1X128 - info.feeGrowthOutside1X128)
          }
        }
        onStep?.(step, {
          before0X128,
          before1X128,
          after0X128: state.feeGrowthGlobal0X128,
          after1X128: state.feeGrowthGlobal1X128,
        })
      }
      state.sqrtPriceX96 = result.sqrtPriceX96
      state.tick = result.tick
      state.liquidity = result.liquidity
      return mode
    }
  }
}
