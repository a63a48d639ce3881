import { describe, expect, it } from 'vitest'
import {
  alignTick,
  fullRangeTicks,
  rawPrice,
  rawPriceFromSqrtPriceX96,
  sqrtPriceX96FromRawPrice,
  toRawAmount,
} from './ammMath.ts'

describe('#toRawAmount', () => {
  it('scales whole tokens to raw units', () => {
    expect(toRawAmount(1.5, 6)).toBe(1_500_000n)
    expect(toRawAmount(2, 18)).toBe(2n * 10n ** 18n)
    expect(toRawAmount(0.01, 24)).toBe(10n ** 22n)
  })

  it('truncates below the smallest unit of low-decimal tokens', () => {
    expect(toRawAmount(12.7, 0)).toBe(12n)
    expect(toRawAmount(0.123456789, 8)).toBe(12_345_700n)
  })
})

describe('#rawPrice', () => {
  it('prices WETH (18) in USDC (6) raw units', () => {
    expect(rawPrice(3000, 1, 18, 6)).toBeCloseTo(3e-9, 20)
  })
})

describe('#sqrtPriceX96FromRawPrice', () => {
  it('is 2^96 at price 1', () => {
    expect(sqrtPriceX96FromRawPrice(1)).toBe(2n ** 96n)
  })

  it('round-trips through rawPriceFromSqrtPriceX96', () => {
    const price = rawPrice(3000, 1, 18, 6)
    expect(rawPriceFromSqrtPriceX96(sqrtPriceX96FromRawPrice(price)) / price).toBeCloseTo(1, 12)
  })
})

describe('#alignTick', () => {
  it('rounds towards the requested side, also for negative ticks', () => {
    expect(alignTick(-195_431, 60, 'down')).toBe(-195_480)
    expect(alignTick(-195_431, 60, 'up')).toBe(-195_420)
    expect(alignTick(125, 10, 'down')).toBe(120)
  })

  it('clamps to the usable tick range', () => {
    expect(alignTick(-900_000, 60, 'down')).toBe(-887_220)
    expect(alignTick(900_000, 200, 'up')).toBe(887_200)
  })
})

describe('#fullRangeTicks', () => {
  it('matches the usable extremes per tick spacing', () => {
    expect(fullRangeTicks(60)).toEqual({ tickLower: -887_220, tickUpper: 887_220 })
    expect(fullRangeTicks(1)).toEqual({ tickLower: -887_272, tickUpper: 887_272 })
  })
})
