import { useMemo } from 'react'
import { histogramWindow } from '../../../domain/actions/histogramWindow.ts'
import { liquidityHistogram } from '../../../domain/projection/liquidityHistogram.ts'
import type { PoolState } from '../../../domain/projection/types.ts'
import { MAX_TICK, MIN_TICK } from '../../../math/index.ts'
import type { TickBar } from '../../../ui/charts/RangeHandlesChart.tsx'

const HISTOGRAM_BARS = 60

/**
 * The pool's liquidity by tick around the price and the range (histogramWindow), as equal-width bars on
 * the tick axis of the range chart; undefined without a V3 snapshot.
 */
export function useRangeBars(
  snapshot: PoolState | undefined,
  tickLower: number,
  tickUpper: number,
): { fromTick: number; toTick: number; bars: TickBar[] } | undefined {
  return useMemo(() => {
    if (snapshot?.kind !== 'v3') return undefined
    // A range as typed can be invalid (the step shows why): no chart for it rather than a throw.
    const valid =
      Number.isInteger(tickLower) &&
      Number.isInteger(tickUpper) &&
      tickLower >= MIN_TICK &&
      tickUpper <= MAX_TICK &&
      tickLower < tickUpper
    if (!valid) return undefined
    const { fromTick, toTick } = histogramWindow(snapshot.tick, tickLower, tickUpper)
    const bars = liquidityHistogram({
      ticks: snapshot.ticks,
      currentTick: snapshot.tick,
      liquidity: snapshot.liquidity,
      fromTick,
      toTick,
      bars: HISTOGRAM_BARS,
      decimals0: snapshot.token0.decimals,
      decimals1: snapshot.token1.decimals,
    })
    const width = (toTick - fromTick) / bars.length
    return {
      fromTick,
      toTick,
      bars: bars.map((bar, index) => ({
        fromTick: fromTick + index * width,
        toTick: fromTick + (index + 1) * width,
        share: bar.shareOfActive,
      })),
    }
  }, [snapshot, tickLower, tickUpper])
}
