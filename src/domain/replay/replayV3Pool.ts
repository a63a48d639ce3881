import type { V3PoolEvent } from '../pools/poolEvents.ts'
import { applyV3PoolEvent, type SwapStepObserver } from './applyV3PoolEvent.ts'
import type { SwapReplayMode } from './matchSwapEvent.ts'
import { createV3ReplayState, type V3ReplayState } from './v3ReplayState.ts'

/** The rebuilt pool and how many swaps were reproduced in each mode. */
export interface V3ReplayResult {
  state: V3ReplayState
  swapModes: Record<SwapReplayMode, number>
}

/**
 * Replays a pool's whole event history (from its Initialize) into exact state: price, tick, active
 * liquidity, tick map and feeGrowthGlobal0/1X128 — which must equal the pool's own values.
 * @param events chain-ordered events since the pool's creation
 * @param feePips fee tier; tickSpacing of that tier
 * @throws SwapReplayMismatchError when a swap cannot be reproduced (e.g. history started too late)
 */
export function replayV3Pool(
  events: readonly V3PoolEvent[],
  feePips: number,
  tickSpacing: number,
  onStep?: SwapStepObserver,
): V3ReplayResult {
  const state = createV3ReplayState(feePips, tickSpacing)
  const swapModes: Record<SwapReplayMode, number> = {
    'exact-in': 0,
    'exact-out': 0,
    'exact-in-to-limit': 0,
    'exact-out-to-limit': 0,
  }
  for (const event of events) {
    const mode = applyV3PoolEvent(state, event, onStep)
    if (mode) swapModes[mode] += 1
  }
  return { state, swapModes }
}
