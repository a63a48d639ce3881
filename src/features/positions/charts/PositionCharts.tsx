import { useMemo } from 'react'
import { entryPrice0In1 } from '../../../domain/positions/entryPrice.ts'
import { ilCurve } from '../../../domain/positions/ilCurve.ts'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { orientRange } from '../../../domain/positions/orientRange.ts'
import { valueVersusHoldSeries } from '../../../domain/positions/valueVersusHoldSeries.ts'
import { isqrt } from '../../../math/index.ts'
import { Skeleton } from '../../../ui/Skeleton.tsx'
import { usePoolPriceHistory } from '../usePoolPriceHistory.ts'
import { IlCurveChart } from './IlCurveChart.tsx'
import { ValueVersusHoldChart } from './ValueVersusHoldChart.tsx'

export interface PositionChartsProps {
  position: PositionViewOk
  quoteInverted: boolean
  blockTimestamp: number
  chainId: number
}

/** A position's charts: value versus HODL over its life, and IL against price. Lazy chunk (Recharts). */
export default function PositionCharts({
  position,
  quoteInverted,
  blockTimestamp,
  chainId,
}: PositionChartsProps) {
  const pool = position.v3?.pool ?? position.v2?.pair
  const events = position.versusHolding?.events ?? []
  const firstBlock = events[0]?.blockNumber
  const history = usePoolPriceHistory({
    chainId,
    pool: pool ?? '0x0000000000000000000000000000000000000000',
    // A V4 position has no pool address (pool is undefined), so the price-history query stays off.
    protocol: position.protocol === 'v2' ? 'v2' : 'v3',
    fromBlock: pool ? firstBlock : undefined,
    toBlock: position.blockNumber,
  })
  const quote = quoteInverted ? position.token0 : position.token1
  const base = quoteInverted ? position.token1 : position.token0
  const series = useMemo(() => {
    if (!history.data) return undefined
    return valueVersusHoldSeries({
      ticks: position.v3 ? { tickLower: position.v3.tickLower, tickUpper: position.v3.tickUpper } : null,
      events,
      prices: [
        ...history.data,
        { blockNumber: position.blockNumber, sqrtPriceX96: currentSqrtPrice(position) },
      ],
      token0: position.token0,
      token1: position.token1,
      inverted: quoteInverted,
      anchors: [
        ...events.map((event) => ({ blockNumber: event.blockNumber, timestamp: event.timestamp })),
        { blockNumber: position.blockNumber, timestamp: blockTimestamp },
      ],
    })
  }, [history.data, position, events, quoteInverted, blockTimestamp])
  const il = useMemo(() => buildIlCurve(position, quoteInverted), [position, quoteInverted])

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-2" data-testid="position-charts">
      <div>
        {events.length === 0 ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Value versus HODL needs the position’s history, which is still loading or empty.
          </p>
        ) : history.error ? (
          <p className="text-sm text-red-700 dark:text-red-300">
            Price history unavailable: {history.error.message}
          </p>
        ) : series ? (
          <ValueVersusHoldChart series={series} unit={quote.displaySymbol} />
        ) : (
          <Skeleton className="h-64 w-full" />
        )}
      </div>
      <div>
        {il ? (
          <IlCurveChart
            curve={il.curve}
            today={il.today}
            range={il.range}
            priceUnit={`${quote.displaySymbol} per ${base.displaySymbol}`}
          />
        ) : (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            The IL curve needs the position’s deposits and a price.
          </p>
        )}
      </div>
    </div>
  )
}

/** The pool's current sqrt price: V3 from slot0, V2 from the reserves (rounded, display only). */
function currentSqrtPrice(position: PositionViewOk): bigint {
  if (position.v3) return position.v3.sqrtPriceX96
  const v2 = position.v2
  if (!v2 || v2.reserve0Wei === 0n) return 0n
  return isqrt((v2.reserve1Wei << 192n) / v2.reserve0Wei)
}

function buildIlCurve(position: PositionViewOk, inverted: boolean) {
  const figures = position.versusHolding
  const d0 = position.token0.decimals
  const d1 = position.token1.decimals
  const v3 = position.v3
  const range0In1 = v3 ? { lower: v3.range.lowerPrice0In1, upper: v3.range.upperPrice0In1 } : null
  const now0In1 = v3
    ? v3.range.currentPrice0In1
    : position.v2 && position.v2.reserve0Wei > 0n
      ? Number(position.v2.reserve1Wei) / 10 ** d1 / (Number(position.v2.reserve0Wei) / 10 ** d0)
      : null
  if (now0In1 === null || !(now0In1 > 0)) return null
  // Without history, "entry" is today: the curve shows what moving from here would cost.
  const entry0In1 =
    (figures &&
      entryPrice0In1({
        amount0Wei: figures.deposited0Wei,
        amount1Wei: figures.deposited1Wei,
        decimals0: d0,
        decimals1: d1,
        range: range0In1,
      })) ??
    now0In1
  const orient = (price: number) => (inverted ? 1 / price : price)
  const range = v3 ? orientRange(v3.range, position.token0, position.token1, inverted) : null
  const orientedRange = range ? { lower: range.lower, upper: range.upper } : null
  try {
    return {
      ...ilCurve({ priceEntry: orient(entry0In1), priceNow: orient(now0In1), range: orientedRange }),
      range: orientedRange,
    }
  } catch {
    return null
  }
}
