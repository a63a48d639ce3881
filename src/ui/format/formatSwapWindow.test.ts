import { describe, expect, it } from 'vitest'
import { describeSwapWindow, formatWindowLength, swapWindowKind } from './formatSwapWindow.ts'

const day = { fromBlock: 249_650_944n, seconds: 86_400, coveredSeconds: 86_400, requests: 2 }

describe('#describeSwapWindow', () => {
  it('says exact when logs carry their block times, with the first block and how it was found', () => {
    const text = describeSwapWindow(day, true)
    expect(text).toMatch(/^Exact: every Swap event of the last 24 h/)
    expect(text).toContain('block 249650944')
    expect(text).toContain('2 header reads')
  })

  it('says estimate without block times, and partial when the window is not covered', () => {
    expect(describeSwapWindow(day, false)).toMatch(/^Estimate: Swap events since block 249650944/)
    expect(describeSwapWindow({ ...day, coveredSeconds: 5 * 3_600 }, true)).toMatch(
      /^Partial: covers only the last 5\.0 h of the 24 h/,
    )
  })

  it('gives the verdict each description opens with (the pools page shows it, the description folds)', () => {
    for (const [window, timedLogs, kind] of [
      [day, true, 'Exact'],
      [day, false, 'Estimate'],
      [{ ...day, coveredSeconds: 5 * 3_600 }, true, 'Partial'],
      [{ ...day, coveredSeconds: 5 * 3_600 }, false, 'Partial'],
    ] as const) {
      expect(swapWindowKind(window, timedLogs)).toBe(kind)
      expect(describeSwapWindow(window, timedLogs).startsWith(`${kind}: `)).toBe(true)
    }
  })

  it('formats window lengths', () => {
    expect([formatWindowLength(86_400), formatWindowLength(7 * 86_400), formatWindowLength(45_000)]).toEqual([
      '24 h',
      '7 d',
      '13 h',
    ])
  })
})
