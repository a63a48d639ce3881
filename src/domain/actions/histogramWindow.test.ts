import { describe, expect, it } from 'vitest'
import { HISTOGRAM_MAX_HALF_TICKS, histogramWindow } from './histogramWindow.ts'

describe('#histogramWindow', () => {
  it('a narrow range keeps the default ±4700 ticks around the price', () => {
    expect(histogramWindow(100, 0, 200)).toEqual({ fromTick: -4600, toTick: 4800 })
  })
  it('widens by 10 % past the farther bound', () => {
    expect(histogramWindow(0, -6000, 2000)).toEqual({ fromTick: -6600, toTick: 6600 })
  })
  it('never past the ticks the snapshot read (full range)', () => {
    expect(histogramWindow(10, -887220, 887220)).toEqual({
      fromTick: 10 - HISTOGRAM_MAX_HALF_TICKS,
      toTick: 10 + HISTOGRAM_MAX_HALF_TICKS,
    })
  })
})
