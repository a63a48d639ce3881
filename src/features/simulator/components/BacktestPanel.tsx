import { lazy } from 'react'
import { SWAP_PATH_BACKTEST_BASIS } from '../../../domain/backtest/estimateBacktestFromSwaps.ts'
import type { BacktestResult } from '../../../domain/backtest/types.ts'
import { finiteOutcome } from '../../../domain/projection/outcome.ts'
import type { PoolSnapshot } from '../../../domain/projection/types.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Card } from '../../../ui/Card.tsx'
import { cx } from '../../../ui/cx.ts'
import { FOCUS_RING } from '../../../ui/focusRing.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { formatTokenAmount } from '../../../ui/format/formatTokenAmount.ts'
import { LazyWhenVisible } from '../../../ui/LazyWhenVisible.tsx'
import { Skeleton } from '../../../ui/Skeleton.tsx'
import type { SimulatorBacktest } from '../data/useSimulatorBacktest.ts'
import { BACKTEST_WINDOWS_DAYS, type BacktestDays } from '../url/simulatorParams.ts'
import { Stat } from './Stat.tsx'

// Below the fold: the chart (and Recharts) loads when scrolled near (LazyWhenVisible).
const BacktestChart = lazy(async () => ({
  default: (await import('../../../ui/charts/BacktestChart.tsx')).BacktestChart,
}))

const YEAR_SECONDS = 365 * 86_400

/** Fees and net result annualized over the window's chain time; NaN (shown as unavailable) for an empty window. */
function annualize(fraction: number, result: BacktestResult): number {
  const seconds = result.endTimestamp - result.startTimestamp
  return seconds > 0 ? (fraction * YEAR_SECONDS) / seconds : Number.NaN
}

function Figures({ result, snapshot }: { result: BacktestResult; snapshot: PoolSnapshot }) {
  const fees0 = formatTokenAmount(result.fees0Wei, snapshot.token0.decimals).display
  const fees1 = formatTokenAmount(result.fees1Wei, snapshot.token1.decimals).display
  const feesLabel = `${fees0} ${formatSymbol(snapshot.token0.symbol)} + ${fees1} ${formatSymbol(snapshot.token1.symbol)}`
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      <div className="col-span-2 min-w-0 rounded-lg border border-slate-200 p-3 sm:col-span-3 dark:border-slate-700">
        <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">
          Fees this range would have earned ({result.swapCount} swaps replayed)
        </dt>
        <dd
          data-testid="sim-bt-fees"
          data-swap-count={result.swapCount}
          className="tabular mt-1 truncate text-lg font-semibold"
          title={feesLabel}
        >
          {feesLabel}
        </dd>
      </div>
      {[
        { label: 'Realized fee APR', value: result.feeApr, testId: 'sim-bt-fee-apr', hint: undefined },
        {
          label: 'Realized net APR vs HODL',
          value: annualize(result.netReturnVsHodl, result),
          testId: 'sim-bt-net-apr',
          hint: `${formatPercent(result.netReturnVsHodl)} over the window`,
        },
        { label: 'IL at the end', value: result.impermanentLoss, testId: 'sim-bt-il', hint: undefined },
        {
          label: 'Time in range',
          value: result.timeInRangeShare,
          testId: 'sim-bt-time-in-range',
          hint: undefined,
        },
      ].map((figure) => (
        <Stat
          key={figure.testId}
          label={figure.label}
          outcome={finiteOutcome(figure.value, 'empty window')}
          format={(value) => formatPercent(value)}
          testId={figure.testId}
          hint={figure.hint}
        />
      ))}
    </dl>
  )
}

/**
 * The planned range replayed over the pool's real swaps in the chosen window: exact fees, IL at the
 * end, realized APR, time in range, and the value-vs-HODL chart.
 */
export function BacktestPanel({
  snapshot,
  windowDays,
  onWindowChange,
  backtest,
  isFetching,
  error,
  reason,
}: {
  snapshot: PoolSnapshot
  windowDays: BacktestDays
  onWindowChange: (days: BacktestDays) => void
  backtest: SimulatorBacktest | undefined
  isFetching: boolean
  error: Error | null
  reason: string | null
}) {
  return (
    <Card title="Backtest on the pool's real swaps" data-testid="sim-backtest">
      <div className="flex flex-col gap-4" data-status={backtest && !isFetching ? 'done' : 'pending'}>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
            Window (chain time)
          </legend>
          <div className="flex flex-wrap gap-1.5">
            {BACKTEST_WINDOWS_DAYS.map((days) => (
              <button
                key={days}
                type="button"
                data-testid={`sim-bt-window-${days}`}
                aria-pressed={windowDays === days}
                onClick={() => onWindowChange(days)}
                className={cx(
                  'h-8 cursor-pointer rounded-md border px-2.5 text-sm',
                  FOCUS_RING,
                  windowDays === days
                    ? 'border-teal-700 bg-teal-700 text-white dark:border-teal-400 dark:bg-teal-500 dark:text-slate-950'
                    : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
                )}
              >
                Last {days} days
              </button>
            ))}
          </div>
        </fieldset>
        {reason ? (
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="sim-bt-unavailable">
            Backtest unavailable: {reason}.
          </p>
        ) : error ? (
          <Banner tone="warning" title="No backtest" data-testid="sim-bt-error">
            {error.message.split('\n')[0]}
          </Banner>
        ) : backtest ? (
          <>
            <p
              className="text-xs text-slate-600 dark:text-slate-400"
              data-testid="sim-bt-window"
              data-method={backtest.window.method}
              data-from-block={backtest.window.fromBlock.toString()}
              data-to-block={backtest.window.toBlock.toString()}
            >
              The deposit is converted to liquidity at the pool price when the window opens (block{' '}
              {backtest.window.fromBlock.toString()}), valued at today's USD prices;{' '}
              {backtest.window.method === 'replay'
                ? 'fees are exactly what the pool would have credited this range.'
                : `fees are an estimate from the window's Swap events (scanned from block ${backtest.window.historyFromBlock.toString()}, found from block timestamps: the whole history of a public chain is too long to replay).`}
            </p>
            {backtest.window.method === 'swap-path' && (
              <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="sim-bt-estimate">
                Estimate: {SWAP_PATH_BACKTEST_BASIS}
              </p>
            )}
            <Figures result={backtest.result} snapshot={snapshot} />
            <LazyWhenVisible minHeightClassName="min-h-[364px] lg:min-h-[348px]" slot="chart-backtest">
              <BacktestChart result={backtest.result} valueUnit={formatSymbol(snapshot.token1.symbol)} />
            </LazyWhenVisible>
          </>
        ) : (
          <Skeleton className="h-72" />
        )}
      </div>
    </Card>
  )
}
