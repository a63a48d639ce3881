import { describe, expect, it } from 'vitest'
import { pnlWaterfall } from './pnlWaterfall.ts'
import { type PnlLeg, type PositionPnl, positionPnl } from './positionPnl.ts'

const ETH = 10n ** 18n
const USDC = 10n ** 6n

// WETH (18) / USDC (6). Every expected figure below is worked out by hand in the comments.
const legs: PnlLeg[] = [
  // D = 1 WETH at $2000 + 2000 USDC = 4000
  { role: 'deposit', side: 0, amountWei: ETH, value: 2000 },
  { role: 'deposit', side: 1, amountWei: 2000n * USDC, value: 2000 },
  // W = 0.5 WETH at $1600 + 500 USDC = 1300
  { role: 'withdraw', side: 0, amountWei: ETH / 2n, value: 800 },
  { role: 'withdraw', side: 1, amountWei: 500n * USDC, value: 500 },
  // A Collect's fee part: 100 USDC, worth 100 then.
  { role: 'fee', side: 1, amountWei: 100n * USDC, value: 100 },
  // 10 FARM claimed at $2
  { role: 'reward', amountWei: 10n * ETH, value: 20 },
]
const base = {
  decimals0: 18,
  decimals1: 6,
  protocol: 'v3' as const,
  legs,
  // V_now = 0.4 × 2500 + 1200 = 2200
  amount0NowWei: (4n * ETH) / 10n,
  amount1NowWei: 1200n * USDC,
  // 0.01 × 2500 + 5 = 30
  uncollectedFee0Wei: ETH / 100n,
  uncollectedFee1Wei: 5n * USDC,
  pricesNow: { price0: 2500, price1: 1 },
  // 5 FARM pending at $3 = 15
  pendingRewards: [{ amountWei: 5n * ETH, decimals: 18, price: 3 }],
  // $2 + $5 of gas
  gas: [2, 5],
}

describe('positionPnl', () => {
  it('sums each leg at its own value; the six terms match the hand-worked figures', () => {
    const pnl = positionPnl(base)
    expect(pnl.deposits).toBeCloseTo(4000, 9)
    expect(pnl.withdrawals).toBeCloseTo(1300, 9)
    expect(pnl.valueNow).toBeCloseTo(2200, 9)
    // H_now: 0.5 WETH + 1500 USDC held, at 2500 → 2750.
    expect(pnl.holdValueNow).toBeCloseTo(2750, 9)
    expect(pnl.priceEffect).toBeCloseTo(2750 - (4000 - 1300), 9)
    expect(pnl.divergenceLoss).toBeCloseTo(2200 - 2750, 9)
    expect(pnl.fees).toBeCloseTo(100 + 30, 9)
    expect(pnl.rewards).toBeCloseTo(20 + 15, 9)
    expect(pnl.uncollectedFeesNow).toBeCloseTo(30, 9)
    expect(pnl.pendingRewardsNow).toBeCloseTo(15, 9)
    expect(pnl.gas).toBeCloseTo(7, 9)
    // 2200 + 1300 + 130 + 35 − 4000 − 7
    expect(pnl.total).toBeCloseTo(-342, 9)
    expect(pnl.partial).toBe(false)
  })

  it('a missing value makes its term unavailable: deposits → no total; gas → a partial total', () => {
    const noDepositPrice = positionPnl({
      ...base,
      legs: [{ ...(legs[0] as PnlLeg), value: null }, ...legs.slice(1)],
    })
    expect(noDepositPrice.deposits).toBe(null)
    expect(noDepositPrice.priceEffect).toBe(null)
    expect(noDepositPrice.total).toBe(null)
    expect(noDepositPrice.unavailable).toContain('deposits')
    const noGas = positionPnl({ ...base, gas: null })
    expect(noGas.gas).toBe(null)
    expect(noGas.total).toBeCloseTo(-335, 9)
    expect(noGas.partial).toBe(true)
    expect(noGas.unavailable).toEqual(['gas'])
    const oneGasUnpriced = positionPnl({ ...base, gas: [2, null] })
    expect(oneGasUnpriced.gas).toBe(null)
    // A zero amount needs no price; fees not yet split from principal are unavailable, not 0.
    expect(
      positionPnl({ ...base, pendingRewards: [{ amountWei: 0n, decimals: 18, price: null }] }).rewards,
    ).toBe(20)
    const unsplit = positionPnl({ ...base, uncollectedFee0Wei: null })
    expect(unsplit.fees).toBe(null)
    expect(unsplit.uncollectedFeesNow).toBe(null)
    expect(unsplit.unavailable).toEqual(['fees'])
  })

  it('V2: fees compound in the value, so there is no fee term and it is not missing', () => {
    const pnl = positionPnl({ ...base, protocol: 'v2', legs: legs.filter((leg) => leg.role !== 'fee') })
    expect(pnl.fees).toBe(null)
    expect(pnl.uncollectedFeesNow).toBe(0)
    expect(pnl.partial).toBe(false)
    // 2200 + 1300 + 35 − 4000 − 7
    expect(pnl.total).toBeCloseTo(-472, 9)
  })
})

describe('pnlWaterfall', () => {
  const pnl = (terms: Partial<PositionPnl>): PositionPnl => ({
    valueNow: 0,
    deposits: 0,
    withdrawals: 0,
    holdValueNow: 0,
    priceEffect: 0,
    divergenceLoss: 0,
    fees: 0,
    rewards: 0,
    uncollectedFeesNow: 0,
    pendingRewardsNow: 0,
    gas: 0,
    total: 0,
    partial: false,
    unavailable: [],
    ...terms,
  })

  it('steps run from 0 to the total, gas downwards', () => {
    const steps = pnlWaterfall(positionPnl(base))
    expect(steps.map((s) => [s.id, s.units, s.fromUnits, s.toUnits])).toEqual([
      ['priceEffect', 5000, 0, 5000],
      ['divergenceLoss', -55000, 5000, -50000],
      ['fees', 13000, -50000, -37000],
      ['rewards', 3500, -37000, -33500],
      ['gas', -700, -33500, -34200],
      ['total', -34200, 0, -34200],
    ])
  })

  it('shows the rounding remainder as its own bar', () => {
    // Three terms of 0.4 ¢ round to 0 ¢ each; their total 1.2 ¢ rounds to 1 ¢.
    const steps = pnlWaterfall(
      pnl({ priceEffect: 0.004, divergenceLoss: 0.004, fees: 0.004, gas: 0, rewards: 0, total: 0.012 }),
    )
    expect(steps.find((s) => s.id === 'rounding')).toMatchObject({ units: 1, fromUnits: 0, toUnits: 1 })
    expect(steps.at(-1)).toMatchObject({ id: 'total', units: 1 })
  })

  it('in token terms the unit is a millionth of a token', () => {
    const steps = pnlWaterfall(pnl({ priceEffect: 0.0000014, fees: 0.25, total: 0.2500014 }), 1_000_000)
    expect(steps.map((s) => [s.id, s.units])).toEqual([
      ['priceEffect', 1],
      ['divergenceLoss', 0],
      ['fees', 250_000],
      ['rewards', 0],
      ['gas', 0],
      ['total', 250_001],
    ])
  })

  it('leaves out unavailable terms and V2 fees; no steps without a total', () => {
    const partial = pnlWaterfall(pnl({ gas: null, unavailable: ['gas'], total: 0 }))
    expect(partial.find((s) => s.id === 'gas')?.units).toBe(null)
    expect(pnlWaterfall(pnl({ fees: null })).some((s) => s.id === 'fees')).toBe(false)
    expect(pnlWaterfall(pnl({ total: null }))).toEqual([])
  })
})
