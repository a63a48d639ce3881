import {
  type StrategyComparison,
  type StrategyCosts,
  type StrategyMonteCarloParameters,
  simulateStrategies,
} from '../../math/strategies.ts'
import { STRATEGY_GAS_UNITS, type StrategyGasUnits } from './gasUnits.ts'
import type { Outcome } from './outcome.ts'
import type { NetReturnSimulationParameters, SimulatorWorkerApi } from './simulateNetReturn.ts'
import type { PoolSnapshot } from './types.ts'

export type { StrategyComparison, StrategySummary } from '../../math/strategies.ts'

/** Reward-token σ assumed when the reward token has no pricing pool with enough swaps: 100 %/yr. */
export const DEFAULT_REWARD_VOLATILITY = 1
/** τ of the τ-reset strategy by default: one day out of range. */
export const DEFAULT_RESET_HOURS = 24
/** Work cap of the strategy Monte Carlo (paths × steps), so a slider drag stays quick. */
const MAX_PATH_STEPS = 4_000_000
const MAX_STEPS = 2_000
const HOURS_PER_YEAR = 8760

/**
 * Gas cost of `units` at a gas price, in USD: units × gasPriceWei is exact (wei, bigint); the USD value
 * is a float at this boundary (wei / 1e18 × USD per native token).
 * @example gasCostUsd(453_300, 20_000_000_000n, 3000) // 27.198
 */
export function gasCostUsd(units: number, gasPriceWei: bigint, nativePriceUsd: number): number {
  const wei = BigInt(Math.round(units)) * gasPriceWei
  return (Number(wei) / 1e18) * nativePriceUsd
}

/** Gas per strategy event in USD at the chain's current gas price, or why it is unavailable. */
export type StrategyGasCosts = {
  entryUsd: number
  exitUsd: number
  rebalanceUsd: number
  gasPriceWei: bigint
}

/**
 * Entry, exit and rebalance gas in USD from the measured gas table (src/domain/projection/gasUnits.ts).
 * @returns unavailable without a gas price or a USD price of the native token
 */
export function strategyGasCosts(
  gasPriceWei: bigint | null,
  nativePriceUsd: number | null | undefined,
  units: StrategyGasUnits = STRATEGY_GAS_UNITS,
): Outcome<StrategyGasCosts> {
  if (gasPriceWei === null) return { ok: false, reason: 'gas price not read' }
  if (nativePriceUsd === null || nativePriceUsd === undefined || !(nativePriceUsd > 0))
    return { ok: false, reason: 'no USD price of the native token' }
  return {
    ok: true,
    value: {
      entryUsd: gasCostUsd(units.entry, gasPriceWei, nativePriceUsd),
      exitUsd: gasCostUsd(units.exit, gasPriceWei, nativePriceUsd),
      rebalanceUsd: gasCostUsd(units.rebalance, gasPriceWei, nativePriceUsd),
      gasPriceWei,
    },
  }
}

/**
 * Price-impact coefficient of a rebalancing swap against the pool's active liquidity L: a swap of value
 * s × deposit moves √P by Δ = Δy/L (token1 in), and its average execution price is off mid by about
 * Δ/√P, so slippage ≈ s × (deposit in raw token1) / (L·√P_raw) (the same for token0 in, and for a V2
 * pair with L = √(reserve0·reserve1)). Assumes the swap stays within the current liquidity.
 * @returns the coefficient (slippage fraction per unit of entry value swapped), or null without a USD price
 */
export function swapImpactCoefficient(snapshot: PoolSnapshot, depositUsd: number): number | null {
  if (snapshot.liquidity === 0n) return null
  const liquidity = Number(snapshot.liquidity)
  const sqrtPriceRaw = Number(snapshot.sqrtPriceX96) / 2 ** 96
  const { token0, token1 } = snapshot
  if (token1.priceUsd !== null && token1.priceUsd > 0) {
    const amount1Raw = (depositUsd / token1.priceUsd) * 10 ** token1.decimals
    return amount1Raw / (liquidity * sqrtPriceRaw)
  }
  if (token0.priceUsd !== null && token0.priceUsd > 0) {
    const amount0Raw = (depositUsd / token0.priceUsd) * 10 ** token0.decimals
    return (amount0Raw * sqrtPriceRaw) / liquidity
  }
  return null
}

/**
 * A strategy's costs as fractions of the deposit: the pool fee and slippage of rebalancing swaps, and gas.
 * @returns the costs, and what is missing from them (each makes a net return partial)
 */
export function strategyCosts(
  snapshot: PoolSnapshot,
  depositUsd: number,
  gas: Outcome<StrategyGasCosts>,
): { costs: StrategyCosts; missing: string[] } {
  const missing: string[] = []
  if (!gas.ok) missing.push(`gas (${gas.reason})`)
  const impact = swapImpactCoefficient(snapshot, depositUsd)
  if (impact === null) missing.push('slippage (no USD price of either token)')
  const fraction = (usd: number) => usd / depositUsd
  return {
    costs: {
      swapFee: snapshot.feePips / 1_000_000,
      swapImpact: impact ?? 0,
      gasEntry: gas.ok ? fraction(gas.value.entryUsd) : 0,
      gasExit: gas.ok ? fraction(gas.value.exitUsd) : 0,
      gasRebalance: gas.ok ? fraction(gas.value.rebalanceUsd) : 0,
    },
    missing,
  }
}

/** Inputs of the strategy comparison the user sets. */
export type StrategyInputs = {
  depositUsd: number
  /** τ in hours (> 0). */
  resetHours: number
  /** Reward token σ per year (≥ 0). */
  rewardVolatility: number
  gas: Outcome<StrategyGasCosts>
}

/** The comparison's parameters and what it leaves out (each makes the net return partial). */
export type StrategyProjection = {
  parameters: StrategyMonteCarloParameters
  /** Hours between price samples: τ is resolved to it. */
  stepHours: number
  /** Figures missing from the costs (gas, slippage): the net return is partial without them. */
  missing: string[]
}

/**
 * Builds the static-vs-τ-reset Monte Carlo from the net-return simulation's inputs (same σ, range, fee
 * and reward APRs, seed), adding gas at the current gas price, the pool fee and slippage of rebalancing
 * swaps and the reward token's own σ. Steps are at most 1 h (and ≤ τ/2) up to a work cap.
 * @returns the parameters, or why the comparison cannot run
 */
export function projectStrategies(
  base: NetReturnSimulationParameters,
  snapshot: PoolSnapshot,
  inputs: StrategyInputs,
): Outcome<StrategyProjection> {
  const { depositUsd, resetHours, rewardVolatility, gas } = inputs
  if (!(resetHours > 0) || !Number.isFinite(resetHours))
    return { ok: false, reason: 'τ must be above 0 hours' }
  if (!(rewardVolatility >= 0) || !Number.isFinite(rewardVolatility))
    return { ok: false, reason: 'reward volatility must be 0 % or more' }
  if (!(depositUsd > 0)) return { ok: false, reason: 'the deposit must be above $0' }
  const { lowerRelative, upperRelative } = base
  if (
    (lowerRelative !== undefined && lowerRelative >= 1) ||
    (upperRelative !== undefined && upperRelative <= 1)
  )
    return {
      ok: false,
      reason: 'the range does not contain the current price (both strategies start in range)',
    }
  const horizonHours = base.horizonYears * HOURS_PER_YEAR
  const wantedStepHours = Math.min(1, resetHours / 2)
  const steps = Math.max(1, Math.min(MAX_STEPS, Math.ceil(horizonHours / wantedStepHours)))
  const paths = Math.max(1, Math.min(base.paths, Math.floor(MAX_PATH_STEPS / steps)))
  const { costs, missing } = strategyCosts(snapshot, depositUsd, gas)
  return {
    ok: true,
    value: {
      parameters: {
        seed: base.seed,
        paths,
        steps,
        horizonYears: base.horizonYears,
        volatility: base.volatility,
        rewardVolatility,
        resetAfterYears: resetHours / HOURS_PER_YEAR,
        ...(base.lowerRelative !== undefined ? { lowerRelative: base.lowerRelative } : {}),
        ...(base.upperRelative !== undefined ? { upperRelative: base.upperRelative } : {}),
        feeApr: base.feeApr,
        rewardApr: base.rewardApr,
        rewardsOnlyInRange: base.rewardsOnlyInRange,
        rewardYears: base.rewardYears,
        costs,
      },
      stepHours: horizonHours / steps,
      missing,
    },
  }
}

/** Runs the comparison (in the simulator's Web Worker). */
export function simulateStrategyComparison(parameters: StrategyMonteCarloParameters): StrategyComparison {
  return simulateStrategies(parameters)
}

/** The simulator worker's API with the strategy comparison (src/workers/simulator.worker.ts implements it). */
export interface StrategyWorkerApi extends SimulatorWorkerApi {
  simulateStrategyComparison: typeof simulateStrategyComparison
}
