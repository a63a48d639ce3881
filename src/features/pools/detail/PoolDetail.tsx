import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useChainId, useConfig } from 'wagmi'
import { backtestRange } from '../../../domain/backtest/backtestRange.ts'
import {
  estimateBacktestFromSwaps,
  SWAP_PATH_BACKTEST_BASIS,
} from '../../../domain/backtest/estimateBacktestFromSwaps.ts'
import type { BacktestResult } from '../../../domain/backtest/types.ts'
import { FARM_REWARD_APR_BASIS } from '../../../domain/figures/farmRewardApr.ts'
import { POOL_FEE_APR_24H_BASIS } from '../../../domain/figures/poolFeeApr.ts'
import { POOL_PRICE_BASIS } from '../../../domain/figures/poolPrice.ts'
import { POOL_TVL_BASIS } from '../../../domain/figures/poolTvl.ts'
import { POOL_VOLUME_24H_BASIS } from '../../../domain/figures/poolVolume.ts'
import type { PoolRow, PoolsList } from '../../../domain/pools/poolsListTypes.ts'
import { liquidityHistogram } from '../../../domain/projection/liquidityHistogram.ts'
import { realizedVolatility } from '../../../domain/projection/realizedVolatility.ts'
import { poolStateQueryOptions } from '../../../queries/poolStateQuery.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Card } from '../../../ui/Card.tsx'
import { BacktestChart } from '../../../ui/charts/BacktestChart.tsx'
import { formatChainDate } from '../../../ui/format/formatChainDate.ts'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatPoolFigures } from '../../../ui/format/formatPoolFigures.ts'
import { describeSwapWindow, formatWindowLength } from '../../../ui/format/formatSwapWindow.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { formatTokenAmount } from '../../../ui/format/formatTokenAmount.ts'
import { LabelledFigure } from '../../../ui/LabelledFigure.tsx'
import { Skeleton } from '../../../ui/Skeleton.tsx'
import { ButtonLink } from '../../layout/ButtonLink.tsx'
import { LiquidityHistogramChart } from '../charts/LiquidityHistogramChart.tsx'
import { PriceHistoryChart } from '../charts/PriceHistoryChart.tsx'
import { usePoolHistory } from '../data/usePoolHistory.ts'
import { defaultBacktest } from './defaultBacktest.ts'

/** ±ticks around the price shown in the histogram (≈ ×0.55 … ×1.8 in price). */
const HISTOGRAM_HALF_WIDTH_TICKS = 6_000
const HISTOGRAM_BARS = 48

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-base font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  )
}

function FarmDetails({ row }: { row: PoolRow }) {
  const farm = row.farm
  if (!farm)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        No liquidity-mining program pays this pool.
      </p>
    )
  const rate = formatTokenAmount(farm.rewardRateWeiPerSecond * 86_400n, farm.rewardToken.decimals)
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="farm-details">
      <Figure
        label="Program"
        value={farm.kind === 'v3-staker' ? 'V3 staker incentive' : 'StakingRewards farm'}
      />
      <Figure label="Reward rate" value={`${rate.display} ${formatSymbol(farm.rewardToken.symbol)}/day`} />
      <Figure label={farm.active ? 'Period ends' : 'Period ended'} value={formatChainDate(farm.periodEnd)} />
      <Figure
        label={farm.kind === 'v3-staker' ? 'Staked positions' : 'Total staked (LP)'}
        value={
          farm.kind === 'v3-staker'
            ? farm.totalStaked.toString()
            : formatTokenAmount(farm.totalStaked, 18).display
        }
      />
      <Figure label="Reward APR (per $ staked)" value={formatPoolFigures(row)['reward-apr']} />
    </dl>
  )
}

function BacktestSummary({ result, row }: { result: BacktestResult; row: PoolRow }) {
  const fees0 = formatTokenAmount(result.fees0Wei, row.token0.decimals)
  const fees1 = formatTokenAmount(result.fees1Wei, row.token1.decimals)
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="backtest-summary">
      <Figure
        label="Fees earned"
        value={`${fees0.display} ${formatSymbol(row.token0.symbol)} + ${fees1.display} ${formatSymbol(row.token1.symbol)}`}
      />
      <Figure label="Fee APR (realized)" value={formatPercent(result.feeApr)} />
      <Figure label="IL at the end" value={formatPercent(result.impermanentLoss, { signed: true })} />
      <Figure label="Time in range" value={formatPercent(result.timeInRangeShare)} />
    </dl>
  )
}

/** One pool: price history, liquidity around the price, realized volatility, farm, and a backtest. */
export function PoolDetail({ row, list }: { row: PoolRow; list: PoolsList }) {
  const priceUnit = `${formatSymbol(row.token1.symbol)} per ${formatSymbol(row.token0.symbol)}`
  const figures = formatPoolFigures(row)
  const dayNote = describeSwapWindow(list.swapWindows.day, list.swapWindows.timedLogs)
  const history = usePoolHistory(row, list)
  const chainId = useChainId()
  // The histogram needs the pool's state and ticks only (no log): the figures above come from the list.
  const snapshot = useQuery(
    poolStateQueryOptions(useConfig(), { chainId, pool: row.kind === 'v3' ? row.address : undefined }),
  )
  const tickSpacing = row.tickSpacing
  const volatility = history.data ? realizedVolatility(history.data.prices) : null
  const bars = useMemo(() => {
    const data = snapshot.data
    if (data?.kind !== 'v3') return []
    return liquidityHistogram({
      ticks: data.ticks,
      currentTick: data.tick,
      liquidity: data.liquidity,
      fromTick: data.tick - HISTOGRAM_HALF_WIDTH_TICKS,
      toTick: data.tick + HISTOGRAM_HALF_WIDTH_TICKS,
      bars: HISTOGRAM_BARS,
      decimals0: row.token0.decimals,
      decimals1: row.token1.decimals,
    })
  }, [snapshot.data, row.token0.decimals, row.token1.decimals])
  const backtest = useMemo((): { result: BacktestResult } | { error: string } | null => {
    const events = history.data?.v3Events
    if (!events) return null
    const parameters = defaultBacktest(row, events, tickSpacing, list, list.pricesUsd)
    if (!parameters) return { error: 'Not enough history for a backtest.' }
    // A bounded scan (public chains) lacks the pool's Mint/Burn history: estimate from its swaps.
    const run = history.data?.window.kind === 'bounded' ? estimateBacktestFromSwaps : backtestRange
    try {
      return { result: run(parameters) }
    } catch (error) {
      return { error: (error as Error).message }
    }
  }, [history.data, row, tickSpacing, list])

  return (
    <section aria-labelledby="pool-detail-title" className="space-y-4" data-testid="pool-detail">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="pool-detail-title" className="text-xl font-bold">
          {formatSymbol(row.token0.symbol)}/{formatSymbol(row.token1.symbol)}{' '}
          <span className="text-base font-medium text-slate-600 dark:text-slate-300">
            {row.kind === 'v3' ? `V3 ${formatFeeTier(row.feePips)}` : 'V2 0.3%'}
          </span>
        </h2>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/pools">Back to all pools</ButtonLink>
          <ButtonLink href={`/simulator?pool=${row.address}`}>Simulate a position</ButtonLink>
          <ButtonLink href={`/add?pool=${row.address}`} variant="primary">
            Add liquidity
          </ButtonLink>
        </div>
      </div>
      <Card>
        <p
          className="mb-2 text-xs text-slate-600 dark:text-slate-400"
          data-testid="figures-block"
          data-block={list.blockNumber.toString()}
        >
          As of block {list.blockNumber.toString()} ({formatChainDate(list.timestamp)}, chain time).
        </p>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <LabelledFigure
            label={`Price (${priceUnit})`}
            basis={POOL_PRICE_BASIS}
            figure="price"
            testId="detail-price"
            value={figures.price}
          />
          <LabelledFigure label="TVL" basis={POOL_TVL_BASIS} figure="tvl" value={figures.tvl} />
          <LabelledFigure
            label="Volume (24 h)"
            basis={`${POOL_VOLUME_24H_BASIS} ${dayNote}`}
            figure="volume24h"
            value={figures.volume24h}
          />
          <LabelledFigure
            label="Fee APR (24 h)"
            basis={`${POOL_FEE_APR_24H_BASIS} ${dayNote}`}
            figure="fee-apr"
            testId="detail-fee-apr"
            value={figures['fee-apr']}
          />
          <LabelledFigure
            label="Farm reward APR (per $ staked)"
            basis={FARM_REWARD_APR_BASIS}
            figure="reward-apr"
            value={figures['reward-apr']}
          />
          <Figure
            label="Realized volatility (annualized)"
            testId="realized-volatility"
            value={history.isLoading ? '…' : volatility === null ? 'unavailable' : formatPercent(volatility)}
          />
          <Figure
            label="Swaps (7 d)"
            testId="detail-swaps-7d"
            value={list.swapWindows.week ? String(row.swapCount7d) : 'not loaded'}
          />
        </dl>
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Price">
          {history.error ? (
            <Banner tone="error" title="Price history unavailable">
              {history.error.message}
            </Banner>
          ) : history.data ? (
            <>
              <PriceHistoryChart prices={history.data.prices} priceUnit={priceUnit} />
              {history.data.window.kind === 'bounded' && (
                <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" data-testid="history-window">
                  Last {formatWindowLength(history.data.window.window.seconds)} of blocks only (from block{' '}
                  {history.data.window.fromBlock.toString()}, found from block timestamps): the whole history
                  of a public chain is too long to scan.
                </p>
              )}
            </>
          ) : (
            <Skeleton className="h-64" />
          )}
        </Card>
        <Card title="Liquidity">
          {row.kind === 'v2' ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              A V2 pair spreads its liquidity over every price (full range): no histogram.
            </p>
          ) : snapshot.error ? (
            <Banner tone="error" title="Ticks unavailable">
              {snapshot.error.message}
            </Banner>
          ) : bars.length > 0 && row.price !== null ? (
            <LiquidityHistogramChart bars={bars} price={row.price} priceUnit={priceUnit} />
          ) : (
            <Skeleton className="h-64" />
          )}
        </Card>
      </div>
      <Card title="Farm">
        <FarmDetails row={row} />
      </Card>
      {row.kind === 'v3' && (
        <Card title="Backtest: ±10 % range, ≈ $1,000, last 7 days">
          {!backtest ? (
            <Skeleton className="h-72" />
          ) : 'error' in backtest ? (
            <Banner tone="warning" title="No backtest">
              {backtest.error}
            </Banner>
          ) : (
            <div className="space-y-4">
              {history.data?.window.kind === 'bounded' && (
                <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="backtest-estimate">
                  Estimate: {SWAP_PATH_BACKTEST_BASIS}
                </p>
              )}
              <BacktestSummary result={backtest.result} row={row} />
              <BacktestChart result={backtest.result} valueUnit={formatSymbol(row.token1.symbol)} />
            </div>
          )}
        </Card>
      )}
    </section>
  )
}
