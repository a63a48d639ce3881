import { describe, expect, it } from 'vitest'
import { pnlWaterfall } from './pnlWaterfall.ts'
import { type PnlEvent, type PositionPnl, positionPnl } from './positionPnl.ts'

const ETH = 10n ** 18n
const USDC = 10n ** 6n
const at = (price0: number | null, price1: number | null = 1) => ({ price0, price1 })

// WETH (18) / USDC (6). Every expected figure below is worked out by hand in the comments.
const events: PnlEvent[] = [
  // D = 1 × 2000 + 2000 × 1 = 4000
  { kind: 'deposit', amount0Wei: ETH, amount1Wei: 2000n * USDC, prices: at(2000) },
  // W = 0.5 × 1600 + 500 = 1300
  { kind: 'withdraw', amount0Wei: ETH / 2n, amount1Wei: 500n * USDC, prices: at(1600) },
  // Pays the 0.5 WETH + 500 USDC principal first; the other 100 USDC are fees, worth 100 then.
  { kind: 'collect', amount0Wei: ETH / 2n, amount1Wei: 600n * USDC, prices: at(1600) },
]
const base = {
  decimals0: 18,
  decimals1: 6,
  protocol: 'v3' as const,
  events,
  // V_now = 0.4 × 2500 + 1200 = 2200
  amount0NowWei: (4n * ETH) / 10n,
  amount1NowWei: 1200n * USDC,
  // All fees (no principal outstanding): 0.01 × 2500 + 5 = 30
  owed0Wei: ETH / 100n,
  owed1Wei: 5n * USDC,
  pricesNow: at(2500),
  // 10 FARM claimed at $2 + 5 pending at $3 = 35
  rewards: [
    { amountWei: 10n * ETH, decimals: 18, price: 2 },
    { amountWei: 5n * ETH, decimals: 18, price: 3 },
  ],
  // 0.001 ETH at $2000 + 0.002 ETH at $2500 = 7
  gas: [
    { costWei: ETH / 1000n, nativePrice: 2000 },
    { costWei: (2n * ETH) / 1000n, nativePrice: 2500 },
  ],
}

describe('positionPnl', () => {
  it('values each event at its own prices; the six terms match the hand-worked figures', () => {
    const pnl = positionPnl(base)
    expect(pnl.deposits).toBeCloseTo(4000, 9)
    expect(pnl.withdrawals).toBeCloseTo(1300, 9)
    expect(pnl.valueNow).toBeCloseTo(2200, 9)
    // H_now: 0.5 WETH + 1500 USDC held, at 2500 → 2750.
    expect(pnl.holdValueNow).toBeCloseTo(2750, 9)
    expect(pnl.priceEffect).toBeCloseTo(2750 - (4000 - 1300), 9)
    expect(pnl.divergenceLoss).toBeCloseTo(2200 - 2750, 9)
    expect(pnl.fees).toBeCloseTo(100 + 30, 9)
    expect(pnl.rewards).toBeCloseTo(35, 9)
    expect(pnl.gas).toBeCloseTo(7, 9)
    // 2200 + 1300 + 130 + 35 − 4000 − 7
    expect(pnl.total).toBeCloseTo(-342, 9)
    expect(pnl.partial).toBe(false)
  })

  it('a Collect of withdrawn principal only adds no fees; outstanding principal is not a fee', () => {
    const pnl = positionPnl({
      ...base,
      events: [events[0] as PnlEvent, events[1] as PnlEvent],
      // The 0.5 WETH + 500 USDC withdrawn are still owed, plus 0.01 WETH + 5 USDC of fees.
      owed0Wei: ETH / 2n + ETH / 100n,
      owed1Wei: 505n * USDC,
    })
    expect(pnl.fees).toBeCloseTo(30, 9)
  })

  it('a missing price makes its term unavailable: deposits → no total; gas → a partial total', () => {
    const noDepositPrice = positionPnl({
      ...base,
      events: [{ ...(events[0] as PnlEvent), prices: at(null) }, ...events.slice(1)],
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
    // A zero amount needs no price.
    const zeroReward = positionPnl({ ...base, rewards: [{ amountWei: 0n, decimals: 18, price: null }] })
    expect(zeroReward.rewards).toBe(0)
  })

  it('V2: fees compound in the value, so there is no fee term and it is not missing', () => {
    const pnl = positionPnl({
      ...base,
      protocol: 'v2',
      events: [events[0] as PnlEvent, events[1] as PnlEvent],
    })
    expect(pnl.fees).toBe(null)
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
