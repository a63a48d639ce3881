import { TickMath } from '@uniswap/v3-sdk'
import fc from 'fast-check'
import JSBI from 'jsbi'
import { describe, expect, it } from 'vitest'
import { rangeAroundTicks, ticksInWindow, usableTickLimits } from './rangePresets.ts'

const DAY = 86_400
const NOW = 1_770_000_000

describe('ticksInWindow', () => {
  const point = (blockNumber: bigint, tick: number, timestamp?: number) => ({
    blockNumber,
    sqrtPriceX96: BigInt(TickMath.getSqrtRatioAtTick(tick).toString()),
    tick,
    ...(timestamp === undefined ? {} : { timestamp }),
  })

  it('keeps the tick in effect at the window start and every tick inside the window', () => {
    const points = [
      point(1n, -500, NOW - 40 * DAY),
      point(2n, -400, NOW - 31 * DAY), // the last one before the start: in effect when the window opens
      point(3n, 120, NOW - 29 * DAY),
      point(4n, 90, NOW - DAY),
    ]
    expect(ticksInWindow(points, NOW, 30)).toEqual([-400, 120, 90])
  })

  it('derives a missing tick from the sqrt price (the SDK tick of that price)', () => {
    const sqrt = BigInt(TickMath.getSqrtRatioAtTick(777).toString()) + 1n
    expect(ticksInWindow([{ blockNumber: 5n, sqrtPriceX96: sqrt, timestamp: NOW - DAY }], NOW, 30)).toEqual([
      TickMath.getTickAtSqrtRatio(JSBI.add(TickMath.getSqrtRatioAtTick(777), JSBI.BigInt(1))),
    ])
  })

  it('the scan’s first point counts as the start even without a time; a later untimed point makes it unavailable', () => {
    expect(ticksInWindow([point(1n, 10), point(2n, 20, NOW - DAY)], NOW, 30)).toEqual([10, 20])
    expect(
      ticksInWindow([point(1n, 10, NOW - 40 * DAY), point(2n, 20), point(3n, 30, NOW - DAY)], NOW, 30),
    ).toBe(null)
    expect(ticksInWindow([], NOW, 30)).toBe(null)
  })

  it('a pool without a swap in the window keeps only the tick in effect', () => {
    expect(ticksInWindow([point(1n, 42, NOW - 60 * DAY), point(2n, 43, NOW - 45 * DAY)], NOW, 30)).toEqual([
      43,
    ])
  })
})

describe('rangeAroundTicks', () => {
  it('snaps the lowest tick down and the highest tick + 1 up to the spacing', () => {
    expect(rangeAroundTicks([-5, 130], 60)).toEqual({ tickLower: -60, tickUpper: 180 })
    expect(rangeAroundTicks([120], 60)).toEqual({ tickLower: 120, tickUpper: 180 })
    expect(rangeAroundTicks([], 60)).toBe(null)
    // Past a usable limit the range is clamped there, one spacing wide at least.
    expect(rangeAroundTicks([887_250], 200)).toEqual({ tickLower: 887_000, tickUpper: 887_200 })
    expect(rangeAroundTicks([-887_250], 200)).toEqual({ tickLower: -887_200, tickUpper: -887_000 })
  })

  it('is the narrowest spacing-aligned range holding every price seen [t, t + 1), within the usable limits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -887_272, max: 887_271 }),
            fc.integer({ min: -887_272, max: -886_000 }),
            fc.integer({ min: 886_000, max: 887_271 }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        fc.constantFrom(1, 10, 60, 200),
        (ticks, spacing) => {
          const range = rangeAroundTicks(ticks, spacing)
          if (!range) return false
          const { minTick, maxTick } = usableTickLimits(spacing)
          const low = Math.min(...ticks)
          const high = Math.max(...ticks) + 1
          expect(Number.isInteger(range.tickLower / spacing)).toBe(true)
          expect(Number.isInteger(range.tickUpper / spacing)).toBe(true)
          expect(Object.is(range.tickUpper, -0) || Object.is(range.tickLower, -0)).toBe(false)
          expect(range.tickLower).toBeGreaterThanOrEqual(minTick)
          expect(range.tickUpper).toBeLessThanOrEqual(maxTick)
          // With every tick seen inside the usable limits, it holds them all and is no wider than needed
          // (a tick past a limit cannot be covered: the range is clamped there instead).
          if (low >= minTick && high <= maxTick) {
            expect(range.tickLower).toBeLessThanOrEqual(low)
            expect(range.tickLower + spacing).toBeGreaterThan(low)
            expect(range.tickUpper).toBeGreaterThanOrEqual(high)
            expect(range.tickUpper - spacing).toBeLessThan(high)
          }
          return true
        },
      ),
      { numRuns: 2_000 },
    )
  })
})
