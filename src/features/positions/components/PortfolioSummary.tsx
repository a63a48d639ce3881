import type { ReactNode } from 'react'
import { Card } from '../../../ui/Card.tsx'
import { formatSignedUsd, formatUsd } from '../format/formatUsd.ts'
import type { PortfolioTotals } from '../model.ts'
import { InfoTip } from './InfoTip.tsx'

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
  const pnl = totals.netPnlUsd
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
          tip="Current token amounts + uncollected fees + pending rewards of the priced positions, in USD at on-chain prices."
          testId="total-value"
        >
          {formatUsd(totals.valueUsd)}
        </Total>
        <Total
          label="Uncollected fees"
          tip="V3 fees collect(max) would return now, in USD. V2 fees compound into the LP amounts."
          testId="total-fees"
        >
          {formatUsd(totals.uncollectedFeesUsd)}
        </Total>
        <Total
          label="Pending rewards"
          tip="Liquidity-mining rewards waiting in farms and the V3 staker, in USD."
          testId="total-rewards"
        >
          {formatUsd(totals.pendingRewardsUsd)}
        </Total>
        <Total
          label="Net PnL"
          tip="Sum over positions of lifetime fees + rewards + impermanent loss versus holding the deposited tokens."
          testId="total-pnl"
        >
          {pnl === null ? (
            isHistoryLoading ? (
              'loading…'
            ) : (
              'unavailable'
            )
          ) : (
            <span
              className={
                pnl < 0 ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-300'
              }
            >
              {formatSignedUsd(pnl)}
            </span>
          )}
        </Total>
        <Total
          label="Positions"
          tip="Positions shown; those without a USD price route are left out of the totals, never counted as $0."
          testId="total-positions"
        >
          <span>{positionCount}</span>
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
    </Card>
  )
}

function Total({
  label,
  tip,
  testId,
  children,
}: {
  label: string
  tip: string
  testId: string
  children: ReactNode
}) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500 dark:text-slate-400">
        <InfoTip label={label} explanation={tip} />
      </dt>
      <dd className="mt-1 truncate text-lg font-semibold tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  )
}
