import type { ReactNode } from 'react'
import type { PositionViewOk } from '../../domain/positions/model.ts'
import { formatChainDate } from '../../ui/format/formatChainDate.ts'
import { formatPercent } from '../../ui/format/formatPercent.ts'
import { formatTokenAmount } from '../../ui/format/formatTokenAmount.ts'
import { formatSignedUsd, formatUsd } from '../../ui/format/formatUsd.ts'
import { TokenAmountFigure } from '../../ui/TokenAmountFigure.tsx'

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="min-w-0" data-testid={testId}>
      <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-0.5 flex flex-col gap-0.5 text-sm">{children}</dd>
    </div>
  )
}

/** The position's figures: amounts, what is owed, rewards, value and versus holding. */
export function PositionFigures({
  position: p,
  isHistoryLoading,
  historyError,
}: {
  position: PositionViewOk
  isHistoryLoading: boolean
  historyError: Error | null
}) {
  const figures = p.versusHolding
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="position-figures">
        <Figure label="Amounts (what removing all returns now)">
          <TokenAmountFigure amount={p.amount0} testId="amount0" />
          <TokenAmountFigure amount={p.amount1} testId="amount1" />
        </Figure>
        <Figure label={p.protocol === 'v2' ? 'Fees' : 'Uncollected fees'}>
          {p.protocol === 'v2' ? (
            <span className="text-slate-600 dark:text-slate-300">Compounded into the amounts (V2).</span>
          ) : p.uncollectedFees0 && p.uncollectedFees1 ? (
            <>
              <TokenAmountFigure amount={p.uncollectedFees0} testId="fees0" />
              <TokenAmountFigure amount={p.uncollectedFees1} testId="fees1" />
            </>
          ) : (
            <>
              <TokenAmountFigure amount={p.owed0} testId="owed0" />
              <TokenAmountFigure amount={p.owed1} testId="owed1" />
              <span className="text-xs text-slate-500 dark:text-slate-400">
                owed (fees + any withdrawn principal)
              </span>
            </>
          )}
        </Figure>
        <Figure label="Pending rewards">
          {p.pendingRewards.length === 0 ? (
            <span className="text-slate-600 dark:text-slate-300">none</span>
          ) : (
            p.pendingRewards.map((r, index) => (
              <TokenAmountFigure key={r.source} amount={r.reward} testId={`reward${index}`} />
            ))
          )}
        </Figure>
        <Figure label="Value" testId="position-value">
          <span className="text-lg font-semibold tabular-nums">
            {p.valueUsd === null ? 'no price' : formatUsd(p.valueUsd)}
          </span>
        </Figure>
      </dl>
      <section aria-label="Versus holding" data-testid="position-versus-holding">
        <h3 className="mb-2 text-sm font-semibold">Versus holding</h3>
        {!figures ? (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            {historyError
              ? `History unavailable: ${historyError.message}`
              : isHistoryLoading
                ? 'Reading the position’s history…'
                : 'No history could be attributed to this position.'}
          </p>
        ) : (
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
            <Figure label="Hold value">{formatUsd(figures.holdValueUsd)}</Figure>
            <Figure label="Impermanent loss">
              {formatSignedUsd(figures.impermanentLossUsd)} ({formatPercent(figures.impermanentLossFraction)})
            </Figure>
            <Figure label="Lifetime fees">
              <span data-testid="lifetime-fees">
                {figures.lifetimeFeesUsd === null && figures.feeNotes && figures.feeNotes.length > 0
                  ? 'unavailable'
                  : formatUsd(figures.lifetimeFeesUsd)}
              </span>
              {figures.feeNotes && figures.feeNotes.length > 0 && (
                // V4: some fee paid at a modification could not be told from the logs exactly (v4FeeHistory).
                <span
                  className="text-xs text-amber-700 dark:text-amber-300"
                  data-testid="lifetime-fees-estimate"
                  title={figures.feeNotes.join('; ')}
                >
                  {figures.lifetimeFeesUsd === null ? figures.feeNotes.join('; ') : 'estimate'}
                </span>
              )}
            </Figure>
            <Figure label="Rewards">{formatUsd(figures.rewardsUsd)}</Figure>
            <Figure label="Net versus holding">{formatSignedUsd(figures.netPnlUsd)}</Figure>
            <Figure label="Realized fee APR">{formatPercent(figures.realizedFeeApr)}</Figure>
          </dl>
        )}
      </section>
      {p.protocol === 'v4' && (
        <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="v4-history-note">
          History list: not built for V4 yet (its fees and versus holding above come from the ModifyLiquidity
          logs).
        </p>
      )}
      {figures && p.protocol !== 'v4' && (
        <section aria-label="History" data-testid="position-history">
          <h3 className="mb-2 text-sm font-semibold">History</h3>
          {figures.events.length === 0 ? (
            <p className="text-sm text-slate-500 dark:text-slate-400">
              No deposit, withdrawal or collection found.
            </p>
          ) : (
            <ol className="flex flex-col gap-1 text-sm">
              {figures.events.map((event) => (
                <li
                  key={`${event.transactionHash}:${event.kind}`}
                  className="flex flex-wrap gap-x-3 border-b border-slate-100 py-1 dark:border-slate-800"
                  data-testid="history-event"
                  data-kind={event.kind}
                >
                  <span className="w-24 text-slate-500 dark:text-slate-400">
                    {formatChainDate(event.timestamp)}
                  </span>
                  <span className="w-20 font-medium capitalize">{event.kind}</span>
                  <span className="font-mono tabular-nums">
                    {formatTokenAmount(event.amount0Wei, p.token0.decimals).display} {p.token0.displaySymbol}{' '}
                    + {formatTokenAmount(event.amount1Wei, p.token1.decimals).display}{' '}
                    {p.token1.displaySymbol}
                  </span>
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    block {event.blockNumber.toString()}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  )
}
