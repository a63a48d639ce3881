import { Token } from '@uniswap/sdk-core'
import {
  nearestUsableTick as sdkNearestUsableTick,
  tickToPrice as sdkTickToPrice,
  TickMath,
} from '@uniswap/v3-sdk'
import { describe, expect, it } from 'vitest'
import {
  boundPriceText,
  defaultInverted,
  displayedRange,
  moveBoundTo,
  PAGE_STEP_SPACINGS,
  presetRange,
  RANGE_PRESET_PERCENTS,
  rangeAroundPrices,
  snapTick,
  stepBound,
  typedPricesToRange,
  usableTickLimits,
} from './rangePresets.ts'

const SPACINGS = [1, 10, 60, 200]
const WETH = new Token(1, '0x0000000000000000000000000000000000000001', 18)
const USDC = new Token(1, '0x0000000000000000000000000000000000000002', 6)
/** The sdk's price of a tick (token1 per token0, whole tokens) as a float: the independent oracle. */
const sdkPrice = (tick: number, inverted = false) => {
  const price = sdkTickToPrice(WETH, USDC, tick)
  return Number((inverted ? price.invert() : price).toSignificant(12))
}

describe('#usableTickLimits and #snapTick (oracle: v3-sdk nearestUsableTick, TickMath)', () => {
  it('the usable limits are the sdk nearestUsableTick of MIN/MAX_TICK', () => {
    for (const spacing of SPACINGS)
      expect(usableTickLimits(spacing)).toEqual({
        minTick: sdkNearestUsableTick(TickMath.MIN_TICK, spacing),
        maxTick: sdkNearestUsableTick(TickMath.MAX_TICK, spacing),
      })
  })
  it('snaps like the sdk inside the limits and clamps beyond them', () => {
    for (const spacing of SPACINGS)
      for (const tick of [-200_001, -1234, -31, -30, -29, 0, 29, 30, 89, 90, 12_345, 500_007]) {
        const expected = sdkNearestUsableTick(tick, spacing)
        expect(snapTick(tick, spacing)).toBe(expected === 0 ? 0 : expected)
      }
    expect(snapTick(-1_000_000, 60)).toBe(-887_220)
    expect(snapTick(1_000_000, 60)).toBe(887_220)
    expect(snapTick(119.6, 60)).toBe(120)
  })
})

describe('#presetRange at ±1/5/10/25 %', () => {
  it('bounds lie within one spacing of price × (1 ∓ p), on the spacing, around the price', () => {
    for (const spacing of [10, 60])
      for (const currentTick of [-201_234, 0, 73_003])
        for (const percent of RANGE_PRESET_PERCENTS) {
          const range = presetRange(currentTick, spacing, percent)
          // Hand-computed: the tick of a price factor f is ln f / ln 1.0001.
          const rawLower = currentTick + Math.log(1 - percent / 100) / Math.log(1.0001)
          const rawUpper = currentTick + Math.log(1 + percent / 100) / Math.log(1.0001)
          expect(range.tickLower % spacing === 0).toBe(true)
          expect(range.tickUpper % spacing === 0).toBe(true)
          expect(Math.abs(range.tickLower - rawLower)).toBeLessThanOrEqual(spacing / 2 + 0.5)
          expect(Math.abs(range.tickUpper - rawUpper)).toBeLessThanOrEqual(spacing / 2 + 0.5)
          expect(range.tickLower).toBeLessThan(range.tickUpper)
        }
  })
  it('±10 % at tick 0, spacing 60: hand-computed -1054 → -1080 and 953 → 960', () => {
    expect(presetRange(0, 60, 10)).toEqual({ tickLower: -1080, tickUpper: 960 })
  })
  it('±1 % on spacing 200 (1 % fee) still gives a range one spacing each side', () => {
    expect(presetRange(0, 200, 1)).toEqual({ tickLower: -200, tickUpper: 200 })
  })
})

describe('#stepBound and #moveBoundTo', () => {
  const range = { tickLower: -600, tickUpper: 600 }
  it('± one spacing moves the displayed bound by exactly one spacing', () => {
    expect(stepBound(range, 'min', 1, 60, false)).toEqual({ tickLower: -540, tickUpper: 600 })
    expect(stepBound(range, 'min', -1, 60, false)).toEqual({ tickLower: -660, tickUpper: 600 })
    expect(stepBound(range, 'max', PAGE_STEP_SPACINGS, 60, false)).toEqual({
      tickLower: -600,
      tickUpper: 1200,
    })
  })
  it('flipped: raising the displayed min lowers tickUpper (1/price rises as the tick falls)', () => {
    expect(stepBound(range, 'min', 1, 60, true)).toEqual({ tickLower: -600, tickUpper: 540 })
    expect(stepBound(range, 'max', 1, 60, true)).toEqual({ tickLower: -660, tickUpper: 600 })
  })
  it('stops one spacing short of the other bound and at the usable tick limits', () => {
    expect(stepBound(range, 'min', 100, 60, false)).toEqual({ tickLower: 540, tickUpper: 600 })
    const nearTop = { tickLower: 0, tickUpper: 887_160 }
    expect(stepBound(nearTop, 'max', 5, 60, false)).toEqual({ tickLower: 0, tickUpper: 887_220 })
    expect(stepBound({ tickLower: -887_220, tickUpper: 0 }, 'min', -1, 60, false).tickLower).toBe(-887_220)
  })
  it('a dropped handle snaps to the nearest spacing (sdk nearestUsableTick) and never crosses', () => {
    for (const tick of [-10_007, -1234, 77, 5555])
      expect(moveBoundTo({ tickLower: -20_000, tickUpper: 20_000 }, 'max', tick, 60, false).tickUpper).toBe(
        sdkNearestUsableTick(tick, 60),
      )
    expect(moveBoundTo(range, 'max', -5000, 60, false)).toEqual({ tickLower: -600, tickUpper: -540 })
    expect(moveBoundTo(range, 'min', 2_000_000, 60, true)).toEqual({ tickLower: -600, tickUpper: 887_220 })
  })
})

describe('#displayedRange: the flip inverts and swaps the bounds, ticks unchanged', () => {
  it('flipped min = 1/upper, max = 1/lower (oracle: sdk Price.invert)', () => {
    const range = { tickLower: -201_600, tickUpper: -198_000 }
    const plain = displayedRange(range, 18, 6, 60, false)
    const flipped = displayedRange(range, 18, 6, 60, true)
    expect(plain.min).toBeCloseTo(sdkPrice(-201_600), 6)
    expect(flipped.min / sdkPrice(-198_000, true)).toBeCloseTo(1, 9)
    expect(flipped.max / sdkPrice(-201_600, true)).toBeCloseTo(1, 9)
    expect(flipped.min * plain.max).toBeCloseTo(1, 9)
    expect([flipped.minTick, flipped.maxTick]).toEqual([-198_000, -201_600])
  })
  it('full range reads 0 – ∞ in both directions', () => {
    for (const inverted of [false, true])
      expect(displayedRange({ tickLower: -887_220, tickUpper: 887_220 }, 18, 6, 60, inverted)).toMatchObject({
        min: 0,
        max: Number.POSITIVE_INFINITY,
        isFullRange: true,
      })
  })
})

describe('#boundPriceText and #typedPricesToRange', () => {
  it('the pre-filled text snaps back to its own tick, both directions, every spacing', () => {
    for (const spacing of SPACINGS)
      for (const tick of [-276_300, -201_600, -600, 0, 600, 69_000]) {
        const snapped = snapTick(tick, spacing)
        for (const inverted of [false, true]) {
          const [lowerTick, upperTick] = [snapped, snapped + spacing]
          const lower = boundPriceText(inverted ? upperTick : lowerTick, 18, 6, spacing, inverted)
          const upper = boundPriceText(inverted ? lowerTick : upperTick, 18, 6, spacing, inverted)
          expect(lower).toMatch(/^\d+(\.\d+)?$/)
          expect(
            typedPricesToRange(lower, upper, { decimals0: 18, decimals1: 6, tickSpacing: spacing }, inverted),
          ).toEqual({ ok: true, tickLower: lowerTick, tickUpper: upperTick })
        }
      }
  })
  it('typed flipped prices: the typed min sets tickUpper (hand-computed USDC per WETH)', () => {
    // 2000 USDC per WETH ↔ 0.0005 WETH per USDC; raw token1/token0 = 2000e-12 → tick ln(2e-9)/ln(1.0001).
    const tickOf = (usdcPerWeth: number) => Math.floor(Math.log(usdcPerWeth * 1e-12) / Math.log(1.0001))
    const result = typedPricesToRange(
      '0.0004',
      '0.0005',
      { decimals0: 18, decimals1: 6, tickSpacing: 60 },
      true,
    )
    expect(result).toEqual({
      ok: true,
      tickLower: sdkNearestUsableTick(tickOf(2000), 60),
      tickUpper: sdkNearestUsableTick(tickOf(2500), 60),
    })
  })
  it('the usable limits read 0 and ∞', () => {
    expect(boundPriceText(-887_220, 18, 6, 60, false)).toBe('0')
    expect(boundPriceText(887_220, 18, 6, 60, false)).toBe('∞')
    expect(boundPriceText(887_220, 18, 6, 60, true)).toBe('0')
  })
})

describe('#defaultInverted: quote in the stablecoin, else in WETH, else a price ≥ 1', () => {
  it('USDC (token0) / WBTC reads USDC per WBTC; WETH/USDC stays USDC per WETH', () => {
    expect(defaultInverted({ stable: true }, { stable: false }, 0.0000166987)).toBe(true)
    expect(defaultInverted({ stable: false }, { stable: true }, 3000)).toBe(false)
    expect(defaultInverted({ stable: false, wrappedNative: true }, { stable: false }, 2)).toBe(true)
    expect(defaultInverted({ stable: false }, { stable: false }, 0.5)).toBe(true)
    expect(defaultInverted({ stable: true }, { stable: true }, 1.0002)).toBe(false)
  })
})

describe('#rangeAroundPrices', () => {
  it('covers every price seen, bounds on the spacing, within one spacing of the extremes', () => {
    const prices = [2900, 3100.5, 2750.25, 3300, 3000]
    const range = rangeAroundPrices(prices, 18, 6, 60)
    if (!range) throw new Error('expected a range')
    expect(sdkPrice(range.tickLower)).toBeLessThanOrEqual(2750.25)
    expect(sdkPrice(range.tickUpper)).toBeGreaterThanOrEqual(3300)
    expect(sdkPrice(range.tickLower + 60)).toBeGreaterThan(2750.25)
    expect(sdkPrice(range.tickUpper - 60)).toBeLessThan(3300)
    expect(Math.abs(range.tickLower % 60)).toBe(0)
  })
  it('null without two positive prices', () => {
    expect(rangeAroundPrices([3000], 18, 6, 60)).toBeNull()
    expect(rangeAroundPrices([0, Number.NaN], 18, 6, 60)).toBeNull()
  })
})

describe('displayedRange on a range typed wrong', () => {
  it('never throws: ticks past the limits, off the grid or in the wrong order are read clamped', () => {
    for (const range of [
      { tickLower: -887_280, tickUpper: 600 },
      { tickLower: -600, tickUpper: 887_280 },
      { tickLower: 1.5, tickUpper: 600 },
      { tickLower: 600, tickUpper: -600 },
      { tickLower: Number.NaN, tickUpper: 600 },
    ])
      for (const inverted of [false, true])
        expect(() => displayedRange(range, 18, 6, 60, inverted), JSON.stringify(range)).not.toThrow()
  })
})
