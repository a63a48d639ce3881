import { useMemo } from 'react'
import type { BacktestResult } from '../../../domain/backtest/types.ts'
import type { Outcome } from '../../../domain/projection/outcome.ts'
import {
  DEFAULT_REWARD_VOLATILITY,
  projectStrategies,
  type StrategySummary,
  strategyCosts,
  strategyGasCosts,
} from '../../../domain/projection/projectStrategies.ts'
import { replayStrategiesOnBacktest } from '../../../domain/projection/replayStrategies.ts'
import type { NetReturnSimulationParameters } from '../../../domain/projection/simulateNetReturn.ts'
import type { PoolSnapshot, ResolvedRange } from '../../../domain/projection/types.ts'
import { Card } from '../../../ui/Card.tsx'
import { formatCount } from '../../../ui/format/formatCount.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatGwei, formatHours, formatMeanCount } from '../../../ui/format/formatQuantity.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'
import { useStrategyInputs } from '../data/useStrategyInputs.ts'
import type { SimulatorParams } from '../url/simulatorParams.ts'
import { validateResetHours, validateRewardVolatilityPercent } from '../url/validateField.ts'
import { useStrategyComparison } from '../useStrategyComparison.ts'
import { DraftNumberField } from './DraftNumberField.tsx'

type Row = {
  id: string
  label: string
  /** Fractions of the deposit (or a count), per strategy. */
  value: (summary: StrategySummary) => string
}

/** One path's outcome (the backtest replay) in the summary shape the rows read. */
type PathFigures = {
  netReturn: number
  feesValue: number
  rewardsValue: number
  lvr: number
  impermanentLoss: number
  gas: number
  swapCosts: number
  rebalances: number
}
const BACKTEST_ROWS: { id: string; label: string; value: (path: PathFigures) => string }[] = [
  { id: 'net', label: 'Net return vs holding', value: (p) => signed(p.netReturn) },
  { id: 'fees', label: 'Fees (valued at the end)', value: (p) => formatPercent(p.feesValue) },
  { id: 'lvr', label: 'LVR', value: (p) => signed(-p.lvr) },
  { id: 'il', label: 'IL vs holding', value: (p) => signed(p.impermanentLoss) },
  { id: 'gas', label: 'Gas', value: (p) => signed(-p.gas) },
  { id: 'swap', label: 'Rebalancing swaps (pool fee + slippage)', value: (p) => signed(-p.swapCosts) },
  { id: 'rebalances', label: 'Rebalances', value: (p) => formatCount(p.rebalances) },
]

const signed = (fraction: number) => formatPercent(fraction, { signed: true })

const ROWS: Row[] = [
  {
    id: 'net',
    label: 'Net return vs holding (mean)',
    value: (s) => signed(s.netReturn.mean),
  },
  {
    id: 'net-band',
    label: 'Net return P5 … P95',
    value: (s) => `${signed(s.netReturn.p5)} … ${signed(s.netReturn.p95)}`,
  },
  { id: 'fees', label: 'Fees (valued at the end)', value: (s) => formatPercent(s.feesValue.mean) },
  { id: 'rewards', label: 'Rewards (valued at the end)', value: (s) => formatPercent(s.rewardsValue.mean) },
  { id: 'lvr', label: 'LVR', value: (s) => signed(-s.lvr.mean) },
  { id: 'il', label: 'IL vs holding', value: (s) => signed(s.impermanentLoss.mean) },
  { id: 'gas', label: 'Gas', value: (s) => signed(-s.gas.mean) },
  { id: 'swap', label: 'Rebalancing swaps (pool fee + slippage)', value: (s) => signed(-s.swapCosts.mean) },
  { id: 'rebalances', label: 'Rebalances (mean per path)', value: (s) => formatMeanCount(s.rebalances.mean) },
]

/**
 * Static range vs τ-reset (re-centre a range of the same width after τ hours out of range) over the
 * same Monte-Carlo paths, with gas at the chain's gas price, rebalancing swap costs and the reward
 * token's own volatility. Its own card so it can be lazy-mounted with the other below-the-fold parts.
 */
export function StrategyComparisonCard({
  snapshot,
  base,
  params,
  update,
  range,
  backtest,
}: {
  snapshot: PoolSnapshot
  range: ResolvedRange | null
  /** The exact backtest of the static range over the chosen window, once loaded. */
  backtest: BacktestResult | undefined
  /** The net-return Monte Carlo's inputs (σ, range, APRs, horizon, seed), or why there are none. */
  base: Outcome<NetReturnSimulationParameters>
  params: SimulatorParams
  update: (change: Partial<SimulatorParams>) => void
}) {
  const inputs = useStrategyInputs(snapshot)
  const hasReward = snapshot.reward !== null
  const rewardVolatility =
    params.rewardVolatilityPercent !== undefined
      ? params.rewardVolatilityPercent / 100
      : (inputs.rewardRealizedVolatility ?? DEFAULT_REWARD_VOLATILITY)
  const rewardHint =
    params.rewardVolatilityPercent !== undefined
      ? 'set by you'
      : inputs.rewardRealizedVolatility !== null
        ? `realized on chain: ${formatPercent(inputs.rewardRealizedVolatility)}/yr (its pricing pool)`
        : inputs.rewardPricingPending
          ? 'reading the reward token’s pricing pool…'
          : `no pricing pool with enough swaps: ${formatPercent(DEFAULT_REWARD_VOLATILITY)}/yr assumed`
  const gas = useMemo(
    () => strategyGasCosts(inputs.gasPriceWei, snapshot.nativePriceUsd),
    [inputs.gasPriceWei, snapshot.nativePriceUsd],
  )
  const projection = useMemo(
    () =>
      base.ok
        ? projectStrategies(base.value, snapshot, {
            depositUsd: params.depositUsd,
            resetHours: params.resetHours,
            rewardVolatility,
            gas,
          })
        : base,
    [base, snapshot, params.depositUsd, params.resetHours, rewardVolatility, gas],
  )
  // Wait for the gas price (and the reward token's realized σ when it is being read) before simulating.
  const ready =
    inputs.gasPriceSettled && (params.rewardVolatilityPercent !== undefined || !inputs.rewardPricingPending)
  const comparison = useStrategyComparison(ready ? projection : null)
  const replay = useMemo(
    () =>
      backtest && range
        ? replayStrategiesOnBacktest(backtest, range, {
            resetHours: params.resetHours,
            costs: strategyCosts(snapshot, params.depositUsd, gas).costs,
          })
        : null,
    [backtest, range, params.resetHours, snapshot, params.depositUsd, gas],
  )
  const result = comparison.result
  const symbol = formatSymbol(snapshot.reward?.token.symbol ?? '')

  return (
    <Card title="Strategies: static range vs τ-reset" data-testid="sim-strategies">
      <div className="flex flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <DraftNumberField
            label="τ: hours out of range before re-centring"
            testId="sim-tau"
            value={params.resetHours}
            validate={validateResetHours}
            onCommit={(resetHours) => update({ resetHours })}
            hint="re-centres a range of the same width at the price then"
          />
          <DraftNumberField
            label={
              hasReward
                ? `Reward token (${symbol}) volatility (% per year)`
                : 'Reward token volatility (% per year)'
            }
            testId="sim-reward-vol"
            value={Number((rewardVolatility * 100).toFixed(2))}
            validate={validateRewardVolatilityPercent}
            onCommit={(value) => update({ rewardVolatilityPercent: value })}
            hint={hasReward ? rewardHint : 'this pool pays no rewards: no effect'}
          />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="sim-strategy-costs">
          {gas.ok
            ? `Gas at ${formatGwei(gas.value.gasPriceWei)}: entry ${formatUsd(gas.value.entryUsd)}, exit ${formatUsd(gas.value.exitUsd)}, each rebalance ${formatUsd(gas.value.rebalanceUsd)} (measured gas units).`
            : `Gas unavailable (${gas.reason}).`}{' '}
          Each rebalance swaps to the new range’s ratio and pays the{' '}
          {formatPercent(snapshot.feePips / 1_000_000)} pool fee and slippage against the pool’s liquidity.
          Fees are held in the tokens they are paid in and rewards in the reward token until the horizon, so
          both carry price risk.
        </p>
        {!projection.ok ? (
          <p className="text-sm text-red-700 dark:text-red-300" data-testid="sim-strategies-error">
            Strategy comparison unavailable: {projection.reason}.
          </p>
        ) : result ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[20rem] text-sm" data-testid="sim-strategies-table">
              <caption className="sr-only">Static range against τ-reset, as % of the deposit</caption>
              <thead>
                <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
                  <th scope="col" className="py-1 pr-2 font-medium">
                    Over {formatCount(result.paths)} paths
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right font-medium">
                    Static
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    τ-reset ({formatHours(params.resetHours)})
                  </th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map((row) => (
                  <tr key={row.id} className="border-t border-slate-200 dark:border-slate-700">
                    <th
                      scope="row"
                      className="py-1 pr-2 text-left font-normal text-slate-700 dark:text-slate-300"
                    >
                      {row.label}
                    </th>
                    <td
                      className="tabular py-1 pr-2 text-right"
                      data-testid={`sim-strategy-static-${row.id}`}
                    >
                      {row.value(result.static)}
                    </td>
                    <td className="tabular py-1 text-right" data-testid={`sim-strategy-reset-${row.id}`}>
                      {row.value(result.reset)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
              Price sampled every {formatHours(projection.value.stepHours)} (τ is resolved to it); same seeded
              paths for both.
              {projection.value.missing.length > 0 &&
                ` Partial: net return leaves out ${projection.value.missing.join(' and ')}.`}
            </p>
          </div>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {comparison.status === 'error'
              ? `Strategy comparison unavailable: ${comparison.reason}.`
              : 'Simulating both strategies…'}
          </p>
        )}
        <div data-testid="sim-strategies-backtest">
          <h3 className="mb-1 text-sm font-semibold text-slate-900 dark:text-slate-100">
            On the backtest window ({params.backtestDays} days of real prices)
          </h3>
          {replay === null ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">Waiting for the backtest…</p>
          ) : !replay.ok ? (
            <p className="text-sm text-slate-600 dark:text-slate-300">Replay unavailable: {replay.reason}.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[20rem] text-sm" data-testid="sim-strategies-backtest-table">
                <caption className="sr-only">Static range against τ-reset over the backtest window</caption>
                <thead>
                  <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
                    <th scope="col" className="py-1 pr-2 font-medium">
                      {formatCount(replay.value.samples)} swaps
                    </th>
                    <th scope="col" className="py-1 pr-2 text-right font-medium">
                      Static
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      τ-reset ({formatHours(params.resetHours)})
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {BACKTEST_ROWS.map((row) => (
                    <tr key={row.id} className="border-t border-slate-200 dark:border-slate-700">
                      <th
                        scope="row"
                        className="py-1 pr-2 text-left font-normal text-slate-700 dark:text-slate-300"
                      >
                        {row.label}
                      </th>
                      <td
                        className="tabular py-1 pr-2 text-right"
                        data-testid={`sim-bt-strategy-static-${row.id}`}
                      >
                        {row.value(replay.value.static)}
                      </td>
                      <td className="tabular py-1 text-right" data-testid={`sim-bt-strategy-reset-${row.id}`}>
                        {row.value(replay.value.reset)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                A float replay of the window’s swap prices: fees at the exact backtest’s in-range yield (
                {formatPercent(replay.value.feeAprInRange)}/yr) scaled by liquidity; no rewards. The exact
                backtest above stays the reference for the static range.
              </p>
            </div>
          )}
        </div>
      </div>
    </Card>
  )
}
