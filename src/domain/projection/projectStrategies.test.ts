import { describe, expect, it } from 'vitest'
import { getAmount0Delta, getNextSqrtPriceFromInput } from '../../math/sqrtPriceMath.ts'
import { wethUsdcSnapshot } from './fixtures.ts'
import { GAS_UNITS, STRATEGY_GAS_UNITS } from './gasUnits.ts'
import {
  gasCostUsd,
  projectStrategies,
  strategyGasCosts,
  swapImpactCoefficient,
} from './projectStrategies.ts'
import type { NetReturnSimulationParameters } from './simulateNetReturn.ts'

const base: NetReturnSimulationParameters = {
  seed: 1,
  paths: 5000,
  steps: 30,
  horizonYears: 30 / 365,
  volatility: 0.8,
  lowerRelative: 0.9,
  upperRelative: 1.1,
  feeApr: 0.3,
  rewardApr: 0,
  rewardsOnlyInRange: true,
  rewardYears: 0,
  bins: 40,
}

describe('gas costing', () => {
  it('prices gas units at the gas price and the native token price (worked by hand)', () => {
    // 453,300 gas × 20 gwei = 0.009066 ETH; at $3,000 = $27.198.
    expect(gasCostUsd(453_300, 20_000_000_000n, 3000)).toBeCloseTo(27.198, 9)
    const costs = strategyGasCosts(20_000_000_000n, 3000)
    if (!costs.ok) throw new Error(costs.reason)
    expect(costs.value.entryUsd).toBeCloseTo((GAS_UNITS.mint.units * 20e9 * 3000) / 1e18, 9)
    expect(costs.value.exitUsd).toBeCloseTo((GAS_UNITS.removeAndCollect.units * 20e9 * 3000) / 1e18, 9)
    const rebalanceUnits = GAS_UNITS.removeAndCollect.units + GAS_UNITS.swap.units + GAS_UNITS.mint.units
    expect(STRATEGY_GAS_UNITS.rebalance).toBe(rebalanceUnits)
    expect(costs.value.rebalanceUsd).toBeCloseTo((rebalanceUnits * 20e9 * 3000) / 1e18, 9)
  })

  it('is unavailable without a gas price or a native price, and the comparison says partial', () => {
    expect(strategyGasCosts(null, 3000)).toEqual({ ok: false, reason: 'gas price not read' })
    const noPrice = strategyGasCosts(1n, null)
    expect(noPrice.ok).toBe(false)
    const projection = projectStrategies(base, wethUsdcSnapshot(), {
      depositUsd: 10_000,
      resetHours: 24,
      rewardVolatility: 1,
      gas: noPrice,
    })
    if (!projection.ok) throw new Error(projection.reason)
    expect(projection.value.missing).toEqual(['gas (no USD price of the native token)'])
    expect(projection.value.parameters.costs.gasRebalance).toBe(0)
  })

  it('turns gas into fractions of the deposit and resolves τ with hourly (≤ τ/2) steps', () => {
    const gas = strategyGasCosts(10_000_000_000n, 2000)
    if (!gas.ok) throw new Error(gas.reason)
    const projection = projectStrategies(base, wethUsdcSnapshot(), {
      depositUsd: 10_000,
      resetHours: 6,
      rewardVolatility: 0.5,
      gas,
    })
    if (!projection.ok) throw new Error(projection.reason)
    const { parameters, stepHours } = projection.value
    expect(parameters.steps).toBe(720) // 30 days of 1 h steps
    expect(stepHours).toBeCloseTo(1, 12)
    expect(parameters.paths).toBe(5000)
    expect(parameters.costs.gasEntry).toBeCloseTo(gas.value.entryUsd / 10_000, 15)
    expect(parameters.costs.gasRebalance).toBeCloseTo(gas.value.rebalanceUsd / 10_000, 15)
    expect(parameters.costs.swapFee).toBe(0.003)
    expect(parameters.resetAfterYears).toBeCloseTo(6 / 8760, 15)
    const fine = projectStrategies(base, wethUsdcSnapshot(), {
      depositUsd: 10_000,
      resetHours: 1,
      rewardVolatility: 0,
      gas,
    })
    if (!fine.ok) throw new Error(fine.reason)
    expect(fine.value.parameters.steps).toBe(1440) // ½ h steps for τ = 1 h
    expect(fine.value.parameters.paths).toBe(Math.floor(4_000_000 / 1440))
  })

  it('rejects τ ≤ 0 and a negative reward volatility', () => {
    const gas = strategyGasCosts(null, null)
    const at = (resetHours: number, rewardVolatility: number) =>
      projectStrategies(base, wethUsdcSnapshot(), { depositUsd: 10_000, resetHours, rewardVolatility, gas })
    expect(at(0, 1)).toEqual({ ok: false, reason: 'τ must be above 0 hours' })
    expect(at(Number.NaN, 1).ok).toBe(false)
    expect(at(24, -0.1)).toEqual({ ok: false, reason: 'reward volatility must be 0 % or more' })
    const above = projectStrategies(
      { ...base, lowerRelative: 1.05, upperRelative: 1.2 },
      wethUsdcSnapshot(),
      {
        depositUsd: 10_000,
        resetHours: 24,
        rewardVolatility: 0,
        gas,
      },
    )
    expect(above).toEqual({
      ok: false,
      reason: 'the range does not contain the current price (both strategies start in range)',
    })
  })
})

describe('#swapImpactCoefficient', () => {
  it('matches the exact V3 swap to first order: loss u/(1+u) for the estimate u (bigint SqrtPriceMath oracle)', () => {
    const snapshot = wethUsdcSnapshot()
    const depositUsd = 10_000
    const coefficient = swapImpactCoefficient(snapshot, depositUsd)
    if (coefficient === null) throw new Error('no coefficient')
    for (const share of [0.1, 0.5]) {
      // Swap share × deposit of USDC in (token1 → token0) with the contracts' math, no fee.
      const amountIn = BigInt(Math.round(share * depositUsd * 1e6))
      const next = getNextSqrtPriceFromInput(snapshot.sqrtPriceX96, snapshot.liquidity, amountIn, false)
      const out = getAmount0Delta(snapshot.sqrtPriceX96, next, snapshot.liquidity, false)
      // Value of the output at the mid price before the swap (USDC per WETH from sqrtPriceX96).
      const mid = (Number(snapshot.sqrtPriceX96) / 2 ** 96) ** 2 * 1e12
      const exactLoss = 1 - ((Number(out) / 1e18) * mid) / (share * depositUsd)
      const estimate = coefficient * share
      // estimate = u, exact = u / (1 + u): they differ by u²/(1+u) ≤ u² (plus wei rounding).
      expect(Math.abs(estimate - exactLoss)).toBeLessThanOrEqual(estimate * estimate + 1e-9)
    }
  })

  it('is null without any USD price', () => {
    const snapshot = wethUsdcSnapshot()
    const unpriced = {
      ...snapshot,
      token0: { ...snapshot.token0, priceUsd: null },
      token1: { ...snapshot.token1, priceUsd: null },
    }
    expect(swapImpactCoefficient(unpriced, 10_000)).toBeNull()
  })
})
