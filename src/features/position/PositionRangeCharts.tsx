import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useConfig } from 'wagmi'
import { histogramWindow } from '../../domain/actions/histogramWindow.ts'
import type { PositionViewOk } from '../../domain/positions/model.ts'
import { priceHistorySeries } from '../../domain/positions/priceHistorySeries.ts'
import { liquidityHistogram } from '../../domain/projection/liquidityHistogram.ts'
import { MAX_TICK, MIN_TICK, tickToPrice } from '../../math/index.ts'
import { poolPriceHistoryQueryOptions } from '../../queries/poolPriceHistoryQuery.ts'
import { poolSnapshotQueryOptions } from '../../queries/poolSnapshotQuery.ts'
import { LiquidityRangeChart } from '../../ui/charts/LiquidityRangeChart.tsx'
import { PriceRangeHistoryChart } from '../../ui/charts/PriceRangeHistoryChart.tsx'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { TimeInRangeFigures } from './TimeInRangeFigures.tsx'

const HISTOGRAM_BARS = 60

/**
 * The range chart of a position page: the pool's price since the position opened with the range as a
 * band, and (V3) the pool's liquidity by price with the range shaded. Lazy chunk (Recharts).
 */
export default function PositionRangeCharts({
  position: p,
  chainId,
  blockTimestamp,
}: {
  position: PositionViewOk
  chainId: number
  blockTimestamp: number
}) {
  const config = useConfig()
  const pool = p.v3?.pool ?? p.v2?.pair
  const events = p.versusHolding?.events ?? []
  const history = useQuery(
    poolPriceHistoryQueryOptions(config, {
      chainId,
      pool: pool ?? '0x0000000000000000000000000000000000000000',
      // A V4 position has no pool address (pool is undefined), so the price-history query stays off.
      protocol: p.protocol === 'v2' ? 'v2' : 'v3',
      fromBlock: pool ? events[0]?.blockNumber : undefined,
      toBlock: p.blockNumber,
    }),
  )
  const snapshot = useQuery({
    ...poolSnapshotQueryOptions(config, { chainId, pool: p.v3?.pool }),
    enabled: !!p.v3,
  })
  const d0 = p.token0.decimals
  const d1 = p.token1.decimals
  const unit = `${p.token1.displaySymbol} per ${p.token0.displaySymbol}`
  const points = useMemo(
    () =>
      history.data
        ? priceHistorySeries({
            prices: [
              ...history.data,
              ...(p.v3 ? [{ blockNumber: p.blockNumber, sqrtPriceX96: p.v3.sqrtPriceX96 }] : []),
            ],
            decimals0: d0,
            decimals1: d1,
            inverted: false,
            anchors: [
              ...events.map((e) => ({ blockNumber: e.blockNumber, timestamp: e.timestamp })),
              { blockNumber: p.blockNumber, timestamp: blockTimestamp },
            ],
          })
        : undefined,
    [history.data, p, d0, d1, events, blockTimestamp],
  )
  const v3 = p.v3
  const fullRange = !v3 || (v3.tickLower <= MIN_TICK + 1000 && v3.tickUpper >= MAX_TICK - 1000)
  const priceLower = v3 && !fullRange ? tickToPrice(v3.tickLower, d0, d1) : 0
  const priceUpper = v3 && !fullRange ? tickToPrice(v3.tickUpper, d0, d1) : Number.POSITIVE_INFINITY
  const bars = useMemo(() => {
    const s = snapshot.data
    if (!s || !v3) return undefined
    return liquidityHistogram({
      ticks: s.ticks,
      currentTick: s.tick,
      liquidity: s.liquidity,
      ...histogramWindow(s.tick, v3.tickLower, v3.tickUpper),
      bars: HISTOGRAM_BARS,
      decimals0: d0,
      decimals1: d1,
    })
  }, [snapshot.data, v3, d0, d1])

  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="position-range-charts">
      <div className="min-w-0">
        {events.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            The price chart needs the position’s history, which is still loading or empty.
          </p>
        ) : history.error ? (
          <p className="text-sm text-red-700 dark:text-red-300">
            Price history unavailable: {history.error.message}
          </p>
        ) : points && points.length > 0 ? (
          <>
            <PriceRangeHistoryChart
              points={points}
              priceLower={priceLower}
              priceUpper={priceUpper}
              priceUnit={unit}
            />
            <TimeInRangeFigures position={p} prices={history.data} blockTimestamp={blockTimestamp} />
          </>
        ) : (
          <Skeleton className="h-60 w-full" />
        )}
      </div>
      {v3 && (
        <div className="min-w-0">
          {snapshot.error ? (
            <p className="text-sm text-red-700 dark:text-red-300">
              Pool liquidity unavailable: {snapshot.error.message}
            </p>
          ) : bars && snapshot.data ? (
            <LiquidityRangeChart
              bars={bars}
              price={tickToPrice(snapshot.data.tick, d0, d1)}
              priceLower={tickToPrice(v3.tickLower, d0, d1)}
              priceUpper={tickToPrice(v3.tickUpper, d0, d1)}
              priceUnit={unit}
            />
          ) : (
            <Skeleton className="h-56 w-full" />
          )}
        </div>
      )}
    </div>
  )
}
