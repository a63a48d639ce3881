// Simulator benchmarks: the cheap projections a range drag recomputes on the main thread, and the
// Monte Carlo the page posts to its worker, both on a realistic WETH/USDC snapshot with a farm.

import { wethUsdcSnapshot } from '../src/domain/projection/fixtures.ts'
import { liquidityHistogram } from '../src/domain/projection/liquidityHistogram.ts'
import { projectRange } from '../src/domain/projection/projectRange.ts'
import {
  projectStrategies,
  simulateStrategyComparison,
  strategyGasCosts,
} from '../src/domain/projection/projectStrategies.ts'
import { resolveRange } from '../src/domain/projection/resolveRange.ts'
import { simulateNetReturn } from '../src/domain/projection/simulateNetReturn.ts'
import type { PoolSnapshot, PopulatedTick } from '../src/domain/projection/types.ts'
import { buildRisks } from '../src/features/simulator/buildRisks.ts'
import { DEFAULT_PARAMS } from '../src/features/simulator/url/simulatorParams.ts'
import type { BenchMetrics } from './types.ts'

const RECOMPUTE_RUNS = 400
const MONTE_CARLO_RUNS = 9
const STRATEGY_RUNS = 5

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** A snapshot like the devnet's WETH/USDC 0.3 % pool: 200 initialized ticks around the price and a farm. */
function realisticSnapshot(): PoolSnapshot {
  const base = wethUsdcSnapshot()
  const ticks: PopulatedTick[] = []
  for (let i = 0; i < 100; i++) {
    const offset = (i + 1) * 60 * 3
    const liquidity = BigInt(1e15 + i * 1e13)
    ticks.push({ tick: base.tick - offset - (base.tick % 60), liquidityNet: liquidity })
    ticks.push({ tick: base.tick + offset - (base.tick % 60), liquidityNet: -liquidity })
  }
  return wethUsdcSnapshot({
    ticks: ticks.sort((a, b) => a.tick - b.tick),
    reward: {
      kind: 'v3-staker',
      token: {
        address: '0xe1Aa25618fA0c7A1CFDab5d6B456af611873b629',
        symbol: 'FARM',
        decimals: 18,
        priceUsd: 0.5,
      },
      ratePerSecond: 0.05787,
      periodEnd: base.timestamp + 30 * 86_400,
    },
  })
}

/** One range change: snap the new bounds, recompute every projection but the Monte Carlo, redraw inputs. */
function recompute(snapshot: PoolSnapshot, lowerPercent: number, upperPercent: number): number {
  const range = resolveRange(
    { preset: 'pct', lower: lowerPercent, upper: upperPercent },
    { tick: snapshot.tick, tickSpacing: snapshot.tickSpacing, decimals0: 18, decimals1: 6, kind: 'v3' },
  )
  if (!range.ok) throw new Error(range.reason)
  const projection = projectRange(snapshot, {
    depositUsd: DEFAULT_PARAMS.depositUsd,
    range: range.value,
    volatility: 0.8,
    horizonDays: DEFAULT_PARAMS.horizonDays,
    paths: DEFAULT_PARAMS.paths,
    seed: 1,
  })
  const bars = liquidityHistogram({
    ticks: snapshot.ticks,
    currentTick: snapshot.tick,
    liquidity: snapshot.liquidity,
    fromTick: snapshot.tick - 4700,
    toTick: snapshot.tick + 4700,
    bars: 60,
    decimals0: 18,
    decimals1: 6,
  })
  const risks = buildRisks(snapshot, projection, DEFAULT_PARAMS.horizonDays, null)
  return projection.ilCurve.length + bars.length + risks.length
}

/** Runs the simulator benchmarks; keys are the bench-results.json names. */
export async function runSimulatorBench(): Promise<BenchMetrics> {
  const snapshot = realisticSnapshot()
  let sink = 0
  for (let i = 0; i < 50; i++) sink += recompute(snapshot, -10 - (i % 20), 10 + (i % 30))
  const recomputeSamples: number[] = []
  for (let i = 0; i < RECOMPUTE_RUNS; i++) {
    const start = performance.now()
    sink += recompute(snapshot, -5 - (i % 40), 5 + ((i * 7) % 60))
    recomputeSamples.push(performance.now() - start)
  }
  const range = resolveRange(
    { preset: '10' },
    { tick: snapshot.tick, tickSpacing: 60, decimals0: 18, decimals1: 6, kind: 'v3' },
  )
  if (!range.ok) throw new Error(range.reason)
  const projection = projectRange(snapshot, {
    depositUsd: DEFAULT_PARAMS.depositUsd,
    range: range.value,
    volatility: 0.8,
    horizonDays: DEFAULT_PARAMS.horizonDays,
    paths: DEFAULT_PARAMS.paths,
    seed: 20260101,
  })
  if (!projection.monteCarlo.ok) throw new Error(projection.monteCarlo.reason)
  const parameters = projection.monteCarlo.value
  simulateNetReturn(parameters)
  const monteCarloSamples: number[] = []
  for (let i = 0; i < MONTE_CARLO_RUNS; i++) {
    const start = performance.now()
    sink += simulateNetReturn(parameters).p50
    monteCarloSamples.push(performance.now() - start)
  }
  // Static vs τ-reset over the default path count (capped by the comparison's work limit), τ = 24 h:
  // 30 days of hourly steps, both strategies on every path.
  const strategies = projectStrategies(parameters, snapshot, {
    depositUsd: DEFAULT_PARAMS.depositUsd,
    resetHours: DEFAULT_PARAMS.resetHours,
    rewardVolatility: 1,
    gas: strategyGasCosts(20_000_000_000n, 2000),
  })
  if (!strategies.ok) throw new Error(strategies.reason)
  simulateStrategyComparison(strategies.value.parameters)
  const strategySamples: number[] = []
  for (let i = 0; i < STRATEGY_RUNS; i++) {
    const start = performance.now()
    sink += simulateStrategyComparison(strategies.value.parameters).reset.netReturn.mean
    strategySamples.push(performance.now() - start)
  }
  if (!Number.isFinite(sink)) throw new Error('benchmark produced a non-finite result')
  return {
    'simulator.recomputeMs': { value: Number(median(recomputeSamples).toFixed(3)), unit: 'ms' },
    'simulator.monteCarloMs': { value: Number(median(monteCarloSamples).toFixed(2)), unit: 'ms' },
    'simulator.strategies.monteCarloMs': { value: Number(median(strategySamples).toFixed(2)), unit: 'ms' },
  }
}
