import { IN_RANGE_FEE_APR_BASIS, inRangeFeeApr } from '../../domain/figures/inRangeFeeApr.ts'
import { SHARE_OF_ACTIVE_LIQUIDITY_BASIS } from '../../domain/figures/shareOfActiveLiquidity.ts'
import type { PoolPricePoint } from '../../domain/history/logTypes.ts'
import type { PositionViewOk } from '../../domain/positions/model.ts'
import { TIME_IN_RANGE_BASIS, timeInRange } from '../../domain/positions/timeInRange.ts'
import { formatLiquidityShare } from '../../ui/format/formatLiquidityShare.ts'
import { formatPercent } from '../../ui/format/formatPercent.ts'
import { formatWindowLength } from '../../ui/format/formatSwapWindow.ts'
import { LabelledFigure } from '../../ui/LabelledFigure.tsx'

/**
 * A V3 position's time in range since it opened, the fee APR over that time only (beside the realized
 * fee APR over its whole age), and its share of the active liquidity.
 */
export function TimeInRangeFigures({
  position: p,
  prices,
  blockTimestamp,
}: {
  position: PositionViewOk
  /** The pool's price path since the position opened; undefined while it loads. */
  prices: readonly PoolPricePoint[] | undefined
  blockTimestamp: number
}) {
  const v3 = p.v3
  const history = p.versusHolding
  if (!v3) return null
  const events = history?.events ?? []
  const opened = history?.openedTimestamp ?? null
  // A closed position stopped at its last withdrawal (the realized fee APR's own end).
  const end = v3.closed
    ? (events.filter((e) => e.kind === 'withdraw').at(-1)?.timestamp ?? null)
    : blockTimestamp
  const time =
    prices && opened !== null && end !== null
      ? timeInRange({
          prices,
          anchors: [
            ...events.map((e) => ({ blockNumber: e.blockNumber, timestamp: e.timestamp })),
            { blockNumber: p.blockNumber, timestamp: blockTimestamp },
          ],
          tickLower: v3.tickLower,
          tickUpper: v3.tickUpper,
          fromTimestamp: opened,
          toTimestamp: end,
        })
      : null
  const loading = prices === undefined || history === undefined
  const apr =
    time && opened !== null && end !== null
      ? inRangeFeeApr({
          realizedFeeApr: history?.realizedFeeApr ?? null,
          earningSeconds: end - opened,
          inRangeSeconds: time.inRangeSeconds,
        })
      : ({ kind: 'unavailable' } as const)
  return (
    <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="time-in-range">
      <LabelledFigure
        label="Time in range"
        basis={TIME_IN_RANGE_BASIS}
        figure="timeInRange"
        testId="time-in-range-share"
        value={
          <span data-in-range-seconds={time?.inRangeSeconds} data-covered-seconds={time?.coveredSeconds}>
            {loading
              ? 'loading'
              : time
                ? formatPercent(time.inRangeSeconds / time.coveredSeconds)
                : 'unavailable'}
          </span>
        }
        hint={
          time
            ? `${formatWindowLength(time.inRangeSeconds)} of ${formatWindowLength(time.coveredSeconds)}${time.partial ? ' (partial: the price path starts after it opened)' : ''}`
            : undefined
        }
      />
      <LabelledFigure
        label="Fee APR while in range"
        basis={IN_RANGE_FEE_APR_BASIS}
        figure="inRangeFeeApr"
        testId="in-range-fee-apr"
        value={
          loading
            ? 'loading'
            : apr.kind === 'ok'
              ? formatPercent(apr.value)
              : apr.kind === 'too-recent'
                ? 'too recent'
                : 'unavailable'
        }
        hint={
          history?.realizedFeeAprTooRecent
            ? 'realized (all its time): too recent'
            : `realized (all its time): ${formatPercent(history?.realizedFeeApr ?? null)}`
        }
      />
      <LabelledFigure
        label="Share of active liquidity"
        basis={SHARE_OF_ACTIVE_LIQUIDITY_BASIS}
        figure="shareOfActiveLiquidity"
        testId="share-of-active-liquidity"
        value={formatLiquidityShare(v3.shareOfActiveLiquidity)}
      />
    </dl>
  )
}
