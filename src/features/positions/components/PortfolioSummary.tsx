import type { ReactNode } from 'react'
import type { PartialTotal, PortfolioTotals } from '../../../domain/positions/model.ts'
import { Card } from '../../../ui/Card.tsx'
import { formatCount } from '../../../ui/format/formatCount.ts'
import { formatSignedUsd, formatUsd } from '../../../ui/format/formatUsd.ts'
import { SIGN_TONE_CLASS, usdSignTone } from '../../../ui/format/minusSign.ts'
import { InfoTip } from './InfoTip.tsx'
import { PartialTotalsNotice } from './PartialTotalsNotice.tsx'

export interface PortfolioSummaryProps {
  totals: PortfolioTotals
  positionCount: number
  blockNumber: bigint | undefined
  isStale: boolean
  isHistoryLoading: boolean
}

/** The portfolio's totals and the block they are read at, marked when newer blocks exist. */
export function PortfolioSummary({
  totals,
  positionCount,
  blockNumber,
  isStale,
  isHistoryLoading,
}: PortfolioSummaryProps) {
  const pnl = totals.netPnl
  const unavailableCount = totals.gaps.unavailable.length
  return (
    <Card
      title="Portfolio"
      actions={
        <p
          className="flex items-center gap-2 text-xs text-slate-500 dark:text-slate-400"
          data-testid="figures-block"
          data-block={blockNumber?.toString()}
          data-stale={isStale}
        >
          {blockNumber !== undefined && <span>Figures as of block {blockNumber.toString()}</span>}
          {isStale && (
            <span
              className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
              title="Newer blocks exist; refreshing"
            >
              stale
            </span>
          )}
        </p>
      }
    >
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <Total
          label="Value"
          tip="Current token amounts + what collect would return (fees and withdrawn principal) + pending rewards of the priced positions, in USD at on-chain prices."
          testId="total-value"
          partial={totals.value.partial}
        >
          {formatUsd(totals.value.valueUsd)}
        </Total>
        <Total
          label="Uncollected fees"
          tip="V3 fees only, from fee growth: principal withdrawn by a decrease and not collected yet is value, not fees (a Collect pays withdrawn principal first). V2 fees compound into the LP amounts."
          testId="total-fees"
          partial={totals.uncollectedFees.partial}
        >
          {formatUsd(totals.uncollectedFees.valueUsd)}
          {totals.withdrawnUncollected.valueUsd > 0 && (
            <span
              className="block text-xs font-normal text-slate-500 dark:text-slate-400"
              data-testid="total-withdrawn-uncollected"
            >
              + {formatUsd(totals.withdrawnUncollected.valueUsd)} withdrawn principal to collect
            </span>
          )}
        </Total>
        <Total
          label="Pending rewards"
          tip="Liquidity-mining rewards waiting in farms and the V3 staker, in USD."
          testId="total-rewards"
          partial={totals.pendingRewards.partial}
        >
          {formatUsd(totals.pendingRewards.valueUsd)}
        </Total>
        <Total
          label="Net PnL"
          tip="Sum over positions of lifetime fees + rewards + impermanent loss versus holding the deposited tokens."
          testId="total-pnl"
          partial={pnl?.partial ?? false}
        >
          {pnl === null ? (
            isHistoryLoading ? (
              'loading…'
            ) : (
              'unavailable'
            )
          ) : (
            <span className={SIGN_TONE_CLASS[usdSignTone(pnl.valueUsd)]}>
              {formatSignedUsd(pnl.valueUsd)}
            </span>
          )}
        </Total>
        <Total
          label="Positions"
          tip="Positions shown; those unavailable or without a USD price route are left out of the totals, never counted as $0."
          testId="total-positions"
          partial={false}
        >
          <span>{formatCount(positionCount)}</span>
          {totals.gaps.notLoaded && totals.gaps.notLoaded.notLoaded > 0 && (
            <span
              className="ml-1 text-sm font-normal text-slate-500 dark:text-slate-400"
              data-testid="positions-of-total"
            >
              of {formatCount(totals.gaps.notLoaded.total)} loaded
            </span>
          )}
          {unavailableCount > 0 && (
            <span
              className="ml-2 text-sm font-normal text-amber-700 dark:text-amber-300"
              data-testid="positions-unavailable"
            >
              {unavailableCount} unavailable
            </span>
          )}
          {totals.positionsWithoutPrice > 0 && (
            <span
              className="ml-2 text-sm font-normal text-amber-700 dark:text-amber-300"
              data-testid="positions-without-price"
            >
              {totals.positionsWithoutPrice} without price
            </span>
          )}
        </Total>
      </dl>
      <PartialTotalsNotice gaps={totals.gaps} withPnl={totals.netPnl !== null} />
    </Card>
  )
}

function Total({
  label,
  tip,
  testId,
  partial,
  children,
}: {
  label: string
  tip: string
  testId: string
  /** The figure leaves some part out: marked "partial" (the notice below lists what). */
  partial: PartialTotal['partial']
  children: ReactNode
}) {
  return (
    <div className="min-w-0">
      <dt className="flex flex-wrap items-center gap-1 text-xs text-slate-500 dark:text-slate-400">
        <InfoTip label={label} explanation={tip} />
        {partial && (
          <span
            className="rounded-full bg-amber-100 px-1.5 text-[11px] font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
            data-testid={`${testId}-partial`}
          >
            partial
          </span>
        )}
      </dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums" data-testid={testId} data-partial={partial}>
        {children}
      </dd>
    </div>
  )
}
