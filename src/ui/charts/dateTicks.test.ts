import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateTicks } from './dateTicks.ts'

const HOUR = 3_600
const DAY = 86_400
// 26 Jan 2026 10:17:23 UTC, an arbitrary moment that is no whole hour.
const START = Date.UTC(2026, 0, 26, 10, 17, 23) / 1000

function expectWellFormed(from: number, to: number, maxTicks: number) {
  const { ticks, stepSeconds, format } = dateTicks(from, to, maxTicks)
  const labels = ticks.map(format)
  expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length)
  expect(ticks.length).toBeLessThanOrEqual(maxTicks)
  for (const tick of ticks) {
    expect(tick).toBeGreaterThanOrEqual(from)
    expect(tick).toBeLessThanOrEqual(to)
    expect(tick % stepSeconds).toBe(0)
  }
  expect([...ticks].sort((a, b) => a - b)).toEqual(ticks)
  return { ticks, stepSeconds, labels }
}

describe('#dateTicks', () => {
  it('1 h: every 10 minutes, clock labels', () => {
    const { labels, stepSeconds } = expectWellFormed(START, START + HOUR, 6)
    expect(stepSeconds).toBe(10 * 60)
    expect(labels).toEqual(['10:20', '10:30', '10:40', '10:50', '11:00', '11:10'])
    expect(expectWellFormed(START, START + HOUR, 4).labels).toEqual(['10:30', '10:45', '11:00', '11:15'])
  })

  it('1 d: every 6 hours, clock labels with the day where they cross midnight', () => {
    const { labels, stepSeconds } = expectWellFormed(START, START + DAY, 6)
    expect(stepSeconds).toBe(6 * HOUR)
    // 12:00, 18:00, 00:00 (next day), 06:00: within 24 h, so the clock alone is unique.
    expect(labels).toEqual(['12:00', '18:00', '00:00', '06:00'])
  })

  it('2 d at 12-hourly steps: the day is part of the label (no "12:00" twice)', () => {
    const { labels, stepSeconds } = expectWellFormed(START, START + 2 * DAY, 4)
    expect(stepSeconds).toBe(12 * HOUR)
    expect(labels).toEqual(['Jan 26 12:00', 'Jan 27 00:00', 'Jan 27 12:00', 'Jan 28 00:00'])
  })

  it('7 d: every 2 days at UTC midnight, day labels', () => {
    const { labels, ticks, stepSeconds } = expectWellFormed(START, START + 7 * DAY, 6)
    expect(stepSeconds).toBe(2 * DAY)
    expect(ticks.every((tick) => tick % DAY === 0)).toBe(true)
    // Whole multiples of 2 days since 1 Jan 1970: Jan 27 is day 20,480 (even).
    expect(labels).toEqual(['Jan 27', 'Jan 29', 'Jan 31', 'Feb 2'])
  })

  it('30 d (the devnet history, Jan 1 – Jan 31): weekly ticks, never "Jan 26 Jan 26"', () => {
    const from = Date.UTC(2026, 0, 1, 0, 0, 12) / 1000
    const to = Date.UTC(2026, 0, 31, 3, 0) / 1000
    const { labels, stepSeconds } = expectWellFormed(from, to, 6)
    expect(stepSeconds).toBe(7 * DAY)
    // Multiples of 7 days since the epoch fall on Thursdays: Jan 8, 15, 22, 29 2026.
    expect(labels).toEqual(['Jan 8', 'Jan 15', 'Jan 22', 'Jan 29'])
  })

  it('adds the year when the ticks cover more than one', () => {
    const from = Date.UTC(2025, 9, 1) / 1000
    const { labels } = expectWellFormed(from, Date.UTC(2026, 3, 1) / 1000, 4)
    expect(labels.some((label) => label.endsWith(', 2025'))).toBe(true)
    expect(labels.some((label) => label.endsWith(', 2026'))).toBe(true)
  })

  it('an empty span gives at most one tick; a reversed one is read forwards', () => {
    expect(dateTicks(START, START, 6).ticks.length).toBeLessThanOrEqual(1)
    expect(dateTicks(START + DAY, START, 6).ticks).toEqual(dateTicks(START, START + DAY, 6).ticks)
    expect(dateTicks(Number.NaN, START, 6).ticks).toEqual([])
  })

  it('any span from 2 minutes to two years: unique labels, at most maxTicks, at least 2 ticks from 5 allowed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
        fc.integer({ min: 120, max: 730 * DAY }),
        fc.integer({ min: 3, max: 12 }),
        (from, span, maxTicks) => {
          const { ticks } = expectWellFormed(from, from + span, maxTicks)
          expect(ticks.length).toBeGreaterThanOrEqual(maxTicks >= 5 ? 2 : 1)
        },
      ),
      { numRuns: 500 },
    )
  })
})
