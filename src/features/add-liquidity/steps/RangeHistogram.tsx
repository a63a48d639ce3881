import { lazy, Suspense, useMemo } from 'react'
import { histogramWindow } from '../../../domain/actions/histogramWindow.ts'
import { liquidityHistogram } from '../../../domain/projection/liquidityHistogram.ts'
import type { PoolState } from '../../../domain/projection/types.ts'
import { tickToPrice } from '../../../math/index.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'

// Recharts is large: load the chart only once a V3 pool is chosen.
const LiquidityRangeChart = lazy(() =>
  import('../../../ui/charts/LiquidityRangeChart.tsx').then((module) => ({
    default: module.LiquidityRangeChart,
  })),
)

const HISTOGRAM_BARS = 60

/** The pool's liquidity by price under the range controls: current price dashed, the chosen range shaded. */
export function RangeHistogram(props: { snapshot: PoolState; tickLower: number; tickUpper: number }) {
  const { snapshot, tickLower, tickUpper } = props
  const { decimals: decimals0, symbol: symbol0 } = snapshot.token0
  const { decimals: decimals1, symbol: symbol1 } = snapshot.token1
  const bars = useMemo(
    () =>
      liquidityHistogram({
        ticks: snapshot.ticks,
        currentTick: snapshot.tick,
        liquidity: snapshot.liquidity,
        ...histogramWindow(snapshot.tick, tickLower, tickUpper),
        bars: HISTOGRAM_BARS,
        decimals0,
        decimals1,
      }),
    [snapshot, tickLower, tickUpper, decimals0, decimals1],
  )
  return (
    <div data-testid="range-histogram">
      <Suspense fallback={<p className="text-sm">Loading the liquidity chart…</p>}>
        <LiquidityRangeChart
          bars={bars}
          price={tickToPrice(snapshot.tick, decimals0, decimals1)}
          priceLower={tickToPrice(tickLower, decimals0, decimals1)}
          priceUpper={tickToPrice(tickUpper, decimals0, decimals1)}
          priceUnit={`${formatSymbol(symbol1)} per ${formatSymbol(symbol0)}`}
        />
      </Suspense>
    </div>
  )
}
