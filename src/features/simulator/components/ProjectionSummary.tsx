import type { Outcome } from '../../../domain/projection/outcome.ts'
import { RANGE_FEE_APR_BASIS } from '../../../domain/projection/projectFeeApr.ts'
import type { RangeProjection } from '../../../domain/projection/projectRange.ts'
import { DEPOSIT_REWARD_APR_BASIS } from '../../../domain/projection/projectRewardApr.ts'
import type { PoolSnapshot } from '../../../domain/projection/types.ts'
import { FigureBasis } from '../../../ui/FigureBasis.tsx'
import { formatLiquidityShare } from '../../../ui/format/formatLiquidityShare.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import { formatDays } from '../../../ui/format/formatQuantity.ts'
import { formatWholeTokenAmount } from '../../../ui/format/formatTokenAmount.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'
import type { IncentivesScan } from '../data/usePoolSnapshot.ts'
import type { MonteCarloState } from '../useMonteCarlo.ts'
import { Stat } from './Stat.tsx'

/** A Stat label with the figure's basis in a "?" tooltip. */
function BasisLabel({ label, basis }: { label: string; basis: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      {label}
      <FigureBasis label={label} basis={basis} />
    </span>
  )
}

const pct = (value: number) => formatPercent(value)
const perYear = (value: number) => `${formatPercent(value)} /yr`

/** The projection's figures: APRs, LVR, break-even σ, expected IL and the Monte-Carlo percentiles. */
export function ProjectionSummary({
  snapshot,
  projection,
  monteCarlo,
  horizonDays,
  incentivesScan = 'none',
}: {
  snapshot: PoolSnapshot
  projection: RangeProjection
  monteCarlo: MonteCarloState
  horizonDays: number
  /** The staker's incentives scan: while it runs, a pool without a known program may still have one. */
  incentivesScan?: IncentivesScan
}) {
  const reward = projection.reward
  const rewardUntilEnd: Outcome<number> =
    reward === null
      ? {
          ok: false,
          reason:
            incentivesScan === 'pending'
              ? "looking for the staker's incentives…"
              : incentivesScan === 'error'
                ? "the staker's incentives could not be read"
                : 'no liquidity-mining program for this pool',
        }
      : reward.ok
        ? { ok: true, value: reward.value.aprUntilEnd }
        : reward
  const periodEnd = snapshot.reward
    ? new Date(snapshot.reward.periodEnd * 1000).toISOString().slice(0, 10)
    : null
  const result = monteCarlo.result
  // A reward without a USD price: the fees-only figures are shown, labelled partial (never a 0 reward).
  const partialCombined = !projection.combinedApr.ok && projection.rewardsLeftOut !== null
  const mcOutcome = (pick: (value: NonNullable<typeof result>) => number): Outcome<number> =>
    result
      ? { ok: true, value: pick(result) }
      : { ok: false, reason: monteCarlo.status === 'error' ? monteCarlo.reason : 'simulating…' }
  const position = projection.position
  return (
    <div className="flex flex-col gap-4">
      {position.ok && (
        <p data-testid="sim-deposit-split" className="tabular text-sm text-slate-700 dark:text-slate-300">
          Deposit split at {formatPrice(projection.price)} {snapshot.token1.symbol}/{snapshot.token0.symbol}:{' '}
          {formatWholeTokenAmount(position.value.amount0)} {snapshot.token0.symbol} +{' '}
          {formatWholeTokenAmount(position.value.amount1)} {snapshot.token1.symbol}
          {projection.liquidityShare.ok &&
            ` · ${formatLiquidityShare(projection.liquidityShare.value)} of active liquidity`}
          {!projection.inRangeNow && ' · the price is outside this range now'}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Stat
          label={<BasisLabel label="Fee APR (your range, now)" basis={RANGE_FEE_APR_BASIS} />}
          testId="sim-fee-apr"
          outcome={projection.feeAprNow}
          format={pct}
          hint={
            projection.volumeUsdPerDay.ok
              ? `on ${formatUsd(projection.volumeUsdPerDay.value, { compact: true })}/day volume`
              : undefined
          }
        />
        <Stat
          label={<BasisLabel label="Reward APR (your deposit)" basis={DEPOSIT_REWARD_APR_BASIS} />}
          testId="sim-reward-apr"
          outcome={rewardUntilEnd}
          format={pct}
          hint={periodEnd ? `in ${snapshot.reward?.token.symbol}, until ${periodEnd}` : undefined}
        />
        {partialCombined ? (
          <Stat
            label="Combined APR (partial)"
            testId="sim-combined-apr"
            outcome={projection.feeAprNow}
            format={pct}
            hint={
              <span data-testid="sim-combined-partial">
                fees only: the reward APR is unavailable ({projection.rewardsLeftOut})
              </span>
            }
          />
        ) : (
          <Stat
            label="Combined APR"
            testId="sim-combined-apr"
            outcome={projection.combinedApr}
            format={pct}
            hint={
              reward === null && incentivesScan === 'pending'
                ? 'fees only so far: partial until the incentives scan ends'
                : 'fees + rewards'
            }
          />
        )}
        <Stat
          label="LVR"
          testId="sim-lvr"
          outcome={projection.lvrApr}
          format={perYear}
          hint="loss to arbitrageurs"
        />
        <Stat
          label="Break-even volatility"
          testId="sim-break-even"
          outcome={projection.breakEvenVolatility}
          format={perYear}
          hint="fees = LVR at this σ"
        />
        <Stat
          label={`Expected IL (${horizonDays} d, GBM)`}
          testId="sim-expected-il"
          outcome={projection.expectedIl}
          format={pct}
          hint={
            projection.expectedIlFullRange.ok
              ? `full range: ${formatPercent(projection.expectedIlFullRange.value)}`
              : undefined
          }
        />
      </dl>
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
          Monte Carlo: net return over {horizonDays} days{' '}
          {monteCarlo.status === 'running' && (
            <span className="font-normal text-slate-500 dark:text-slate-400" data-testid="sim-mc-running">
              (updating…)
            </span>
          )}
        </h3>
        {projection.rewardsLeftOut !== null && (
          <p className="mb-2 text-xs text-amber-800 dark:text-amber-300" data-testid="sim-mc-partial">
            Fees only: the reward program is left out ({projection.rewardsLeftOut}).
          </p>
        )}
        <dl
          className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5"
          data-testid="sim-mc"
          data-status={monteCarlo.status}
        >
          <Stat label="P5 (bad case)" testId="sim-mc-p5" outcome={mcOutcome((r) => r.p5)} format={pct} />
          <Stat label="P50 (median)" testId="sim-mc-p50" outcome={mcOutcome((r) => r.p50)} format={pct} />
          <Stat label="P95 (good case)" testId="sim-mc-p95" outcome={mcOutcome((r) => r.p95)} format={pct} />
          <Stat
            label="P(in range at end)"
            testId="sim-mc-in-range"
            outcome={mcOutcome((r) => r.probabilityInRangeAtEnd)}
            format={(v) => formatPercent(v)}
          />
          <Stat
            label="Expected time in range"
            testId="sim-mc-time-in-range"
            outcome={mcOutcome((r) => r.expectedTimeInRangeFraction * horizonDays)}
            format={formatDays}
          />
        </dl>
      </div>
    </div>
  )
}
