import { impermanentLossV2, impermanentLossV3, tickToPrice } from '../../math/index.ts'

/** Price moves the review shows IL for. */
export const IL_SCENARIOS = [-0.5, -0.1, 0.1, 0.5] as const

/**
 * Impermanent loss (fraction ≤ 0) versus holding, at price ×(1 + move), for a V3 range opened at the
 * current tick, or a V2 position (no range).
 */
export function ilScenarios(
  range: { currentTick: number; tickLower: number; tickUpper: number } | undefined,
): Array<{ move: number; il: number }> {
  return IL_SCENARIOS.map((move) => {
    if (!range) return { move, il: impermanentLossV2(1 + move) }
    // Decimals cancel in a ratio of prices: use raw tick prices.
    const priceEntry = tickToPrice(range.currentTick, 0, 0)
    return {
      move,
      il: impermanentLossV3({
        priceEntry,
        priceNow: priceEntry * (1 + move),
        priceLower: tickToPrice(range.tickLower, 0, 0),
        priceUpper: tickToPrice(range.tickUpper, 0, 0),
      }),
    }
  })
}
