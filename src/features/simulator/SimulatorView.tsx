import { lazy, useEffect, useMemo, useState } from 'react'
import { poolPriceV2, poolPriceV3 } from '../../domain/figures/poolPrice.ts'
import type { Outcome } from '../../domain/projection/outcome.ts'
import { projectRange } from '../../domain/projection/projectRange.ts'
import { strategyGasCosts } from '../../domain/projection/projectStrategies.ts'
import { resolveRange } from '../../domain/projection/resolveRange.ts'
import type { NetReturnSimulationParameters } from '../../domain/projection/simulateNetReturn.ts'
import type { PoolSnapshot } from '../../domain/projection/types.ts'
import { Card } from '../../ui/Card.tsx'
import { formatPercent } from '../../ui/format/formatPercent.ts'
import { formatPrice } from '../../ui/format/formatPrice.ts'
import { formatSymbol } from '../../ui/format/formatSymbol.ts'
import { formatUsd } from '../../ui/format/formatUsd.ts'
import { LazyWhenVisible } from '../../ui/LazyWhenVisible.tsx'
import { buildRisks } from './buildRisks.ts'
import { AssumptionControls } from './components/AssumptionControls.tsx'
import { BacktestPanel } from './components/BacktestPanel.tsx'
import { PoolFigures } from './components/PoolFigures.tsx'
import { ProjectionSummary } from './components/ProjectionSummary.tsx'
import { RangeControls } from './components/RangeControls.tsx'
import { RisksPanel } from './components/RisksPanel.tsx'
import { SimulatorRangePicker } from './components/SimulatorRangePicker.tsx'
import { StrategyComparisonCard } from './components/StrategyComparisonCard.tsx'
import type { IncentivesScan } from './data/usePoolSnapshot.ts'
import { useSimulatorBacktest } from './data/useSimulatorBacktest.ts'
import { useStrategyInputs } from './data/useStrategyInputs.ts'
import type { SimulatorParams } from './url/simulatorParams.ts'
import { useMonteCarlo } from './useMonteCarlo.ts'

/** The simulator seeds the Monte Carlo with a fixed value so a shared URL reproduces the figures. */
const MONTE_CARLO_SEED = 20260101
/** The charts' places before they mount: each figure's height (title, 260 px plot, caption) as measured. */
const CHART_SLOT = {
  il: 'min-h-[324px]',
  feeVsLvr: 'min-h-[324px]',
  netReturn: 'min-h-[344px] lg:min-h-[310px]',
} as const
// The charts (and Recharts) load when scrolled near (LazyWhenVisible): not part of the page's first load.
const IlChart = lazy(async () => ({ default: (await import('./charts/IlChart.tsx')).IlChart }))
const FeeVsLvrChart = lazy(async () => ({
  default: (await import('./charts/FeeVsLvrChart.tsx')).FeeVsLvrChart,
}))
const NetReturnChart = lazy(async () => ({
  default: (await import('./charts/NetReturnChart.tsx')).NetReturnChart,
}))

/** Assumed σ when the pool has too little history for a realized volatility. */
const FALLBACK_VOLATILITY = 0.6

/** Inputs, charts and figures for one pool snapshot. */
export function SimulatorView({
  snapshot,
  incentivesScan = 'none',
  params,
  update,
  tokens,
}: {
  snapshot: PoolSnapshot
  /** Where the staker's incentives scan is (the reward APR waits for it rather than saying "none"). */
  incentivesScan?: IncentivesScan
  params: SimulatorParams
  update: (change: Partial<SimulatorParams>) => void
  /** The catalogue's tokens (their tags pick the default price direction). */
  tokens?: readonly { address: string; tags?: readonly string[] | undefined }[] | undefined
}) {
  const tagsOf = (address: string) =>
    tokens?.find((token) => token.address.toLowerCase() === address.toLowerCase())?.tags
  const priceUnit = `${formatSymbol(snapshot.token1.symbol)} per ${formatSymbol(snapshot.token0.symbol)}`
  const volatility =
    params.volatilityPercent !== undefined
      ? params.volatilityPercent / 100
      : (snapshot.realizedVolatility ?? FALLBACK_VOLATILITY)
  const selection = useMemo(
    () => ({
      preset: params.preset,
      ...(params.lower !== undefined ? { lower: params.lower } : {}),
      ...(params.upper !== undefined ? { upper: params.upper } : {}),
    }),
    [params.preset, params.lower, params.upper],
  )
  const rangeResult = useMemo(
    () =>
      resolveRange(selection, {
        tick: snapshot.tick,
        tickSpacing: snapshot.tickSpacing,
        decimals0: snapshot.token0.decimals,
        decimals1: snapshot.token1.decimals,
        kind: snapshot.kind,
      }),
    [selection, snapshot],
  )
  const range = rangeResult.ok ? rangeResult.value : null
  const projection = useMemo(
    () =>
      range
        ? projectRange(snapshot, {
            depositUsd: params.depositUsd,
            range,
            volatility,
            horizonDays: params.horizonDays,
            paths: params.paths,
            seed: MONTE_CARLO_SEED,
          })
        : null,
    [snapshot, range, params.depositUsd, volatility, params.horizonDays, params.paths],
  )
  // Entry (mint) and exit (remove + collect) gas at the chain's gas price, charged on every path.
  const { gasPriceWei, gasPriceSettled } = useStrategyInputs(snapshot)
  const gas = useMemo(
    () => strategyGasCosts(gasPriceWei, snapshot.nativePriceUsd),
    [gasPriceWei, snapshot.nativePriceUsd],
  )
  const entryExitGasUsd = gas.ok ? gas.value.entryUsd + gas.value.exitUsd : null
  const monteCarloInput = useMemo<Outcome<NetReturnSimulationParameters> | null>(() => {
    if (!projection) return { ok: false, reason: rangeResult.ok ? 'no projection' : rangeResult.reason }
    if (!gasPriceSettled) return null
    if (!projection.monteCarlo.ok || entryExitGasUsd === null) return projection.monteCarlo
    return {
      ok: true,
      value: { ...projection.monteCarlo.value, fixedCost: entryExitGasUsd / params.depositUsd },
    }
  }, [projection, rangeResult, entryExitGasUsd, params.depositUsd, gasPriceSettled])
  const monteCarlo = useMonteCarlo(monteCarloInput)
  const risks = useMemo(
    () => (projection ? buildRisks(snapshot, projection, params.horizonDays, monteCarlo.result) : []),
    [snapshot, projection, params.horizonDays, monteCarlo.result],
  )
  const price = projection?.price ?? 0
  // THE pool price (src/domain/figures/poolPrice.ts), as the Pools page shows it.
  const poolPrice = snapshot.v2ReservesWei
    ? poolPriceV2(
        snapshot.v2ReservesWei[0],
        snapshot.v2ReservesWei[1],
        snapshot.token0.decimals,
        snapshot.token1.decimals,
      )
    : poolPriceV3(snapshot.sqrtPriceX96, snapshot.token0.decimals, snapshot.token1.decimals)
  const backtest = useSimulatorBacktest(snapshot, range, params.depositUsd, params.backtestDays)
  // The 30-day preset uses the prices of a 30-day backtest once one has loaded (kept per pool: a new range
  // re-runs the backtest, but the prices of those 30 days stay the same).
  const [thirtyDay, setThirtyDay] = useState<{ pool: string; prices: number[] } | null>(null)
  const loaded = backtest.data
  useEffect(() => {
    if (loaded && params.backtestDays === 30)
      setThirtyDay({ pool: snapshot.address, prices: loaded.result.series.map((point) => point.price) })
  }, [loaded, params.backtestDays, snapshot.address])
  const thirtyDayPrices = thirtyDay?.pool === snapshot.address ? thirtyDay.prices : null

  return (
    <>
      <div className="flex min-w-0 flex-col gap-4">
        <Card title="Your position">
          <div className="flex flex-col gap-4">
            <AssumptionControls
              params={params}
              realizedVolatility={snapshot.realizedVolatility}
              volatility={volatility}
              swapCount={snapshot.swapCount}
              onChange={update}
            />
            <RangeControls
              params={params}
              range={range}
              rangeError={rangeResult.ok ? null : rangeResult.reason}
              price={price}
              priceUnit={priceUnit}
              isV2={snapshot.kind === 'v2'}
              onChange={update}
            />
          </div>
        </Card>
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        {snapshot.kind === 'v3' && (
          <Card title="Price range">
            <SimulatorRangePicker
              snapshot={snapshot}
              params={params}
              range={range}
              tokenTags={{ token0: tagsOf(snapshot.token0.address), token1: tagsOf(snapshot.token1.address) }}
              thirtyDayPrices={thirtyDayPrices}
              onChange={update}
            />
          </Card>
        )}
        <Card
          title={`Projection · ${formatSymbol(snapshot.token0.symbol)}/${formatSymbol(snapshot.token1.symbol)} ${snapshot.kind.toUpperCase()} ${formatPercent(snapshot.feePips / 1_000_000)}`}
          data-testid="sim-projection"
        >
          <p
            className="mb-3 text-xs text-slate-600 dark:text-slate-400"
            data-testid="sim-pool-state"
            data-block={snapshot.blockNumber.toString()}
            data-sqrt-price-x96={snapshot.sqrtPriceX96.toString()}
            data-tick={snapshot.tick}
            data-liquidity={snapshot.liquidity.toString()}
          >
            As of block {snapshot.blockNumber.toString()}: price{' '}
            <span data-testid="sim-price" data-value={poolPrice ?? undefined}>
              {poolPrice === null ? 'unavailable' : formatPrice(poolPrice)}
            </span>{' '}
            {priceUnit}
            {snapshot.kind === 'v3' ? ` · tick ${snapshot.tick}` : ''}
          </p>
          <PoolFigures pool={snapshot.address} priceUnit={priceUnit} />
          {projection ? (
            <ProjectionSummary
              snapshot={snapshot}
              projection={projection}
              monteCarlo={monteCarlo}
              horizonDays={params.horizonDays}
              incentivesScan={incentivesScan}
            />
          ) : (
            <p className="text-sm text-red-700 dark:text-red-300">Fix the range to see projections.</p>
          )}
        </Card>
        {projection && range && (
          <Card title="Charts">
            <div className="grid gap-6 xl:grid-cols-2">
              {projection.ilCurve.length > 1 ? (
                <LazyWhenVisible minHeightClassName={CHART_SLOT.il} slot="chart-il">
                  <IlChart
                    points={projection.ilCurve}
                    price={price}
                    priceLower={range.priceLower}
                    priceUpper={range.priceUpper}
                    isFullRange={range.isFullRange}
                    priceUnit={priceUnit}
                  />
                </LazyWhenVisible>
              ) : (
                <p className="text-sm">IL curve unavailable for this range.</p>
              )}
              {projection.feeVsLvr.length > 1 ? (
                <LazyWhenVisible minHeightClassName={CHART_SLOT.feeVsLvr} slot="chart-fee-lvr">
                  <FeeVsLvrChart
                    points={projection.feeVsLvr}
                    breakEvenVolatility={
                      projection.breakEvenVolatility.ok ? projection.breakEvenVolatility.value : null
                    }
                    volatility={volatility}
                  />
                </LazyWhenVisible>
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-300">
                  Fee APR vs LVR unavailable:{' '}
                  {projection.feeAprInRange.ok ? 'LVR unavailable' : projection.feeAprInRange.reason}.
                </p>
              )}
              <div className="xl:col-span-2">
                {monteCarlo.result ? (
                  <>
                    <LazyWhenVisible minHeightClassName={CHART_SLOT.netReturn} slot="chart-net-return">
                      <NetReturnChart
                        simulation={monteCarlo.result}
                        horizonDays={params.horizonDays}
                        paths={params.paths}
                      />
                    </LazyWhenVisible>
                    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="sim-mc-gas">
                      {entryExitGasUsd !== null
                        ? `Includes entry and exit gas: ${formatUsd(entryExitGasUsd)} at the current gas price.`
                        : `Partial: gas is not included (${gas.ok ? 'unavailable' : gas.reason}).`}
                    </p>
                  </>
                ) : (
                  <p className="text-sm text-slate-600 dark:text-slate-300">
                    {monteCarlo.status === 'error'
                      ? `Monte Carlo unavailable: ${monteCarlo.reason}.`
                      : 'Simulating price paths…'}
                  </p>
                )}
              </div>
            </div>
          </Card>
        )}
        <BacktestPanel
          snapshot={snapshot}
          windowDays={params.backtestDays}
          onWindowChange={(backtestDays) => update({ backtestDays })}
          backtest={backtest.data}
          isFetching={backtest.isFetching}
          error={backtest.error}
          reason={backtest.reason}
        />
        {projection && (
          <StrategyComparisonCard
            snapshot={snapshot}
            base={projection.monteCarlo}
            params={params}
            range={range}
            backtest={backtest.data?.result}
            update={update}
          />
        )}
        <RisksPanel risks={risks} />
      </div>
    </>
  )
}
