import { formatAxisDate } from '../format/formatChainDate.ts'

const MINUTE = 60
const HOUR = 3_600
const DAY = 86_400

/**
 * Tick steps from a minute to a year, each a whole number of minutes, hours or days (UTC). No step is
 * more than 2.5 times the one before it, so with at least 3 ticks allowed the chosen step always
 * leaves a tick inside the span (and at least 2 with 5 allowed).
 */
const STEPS_SECONDS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  3 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  61 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
]

export interface DateTicks {
  /** Tick positions (unix seconds), ascending, at whole multiples of `stepSeconds` since the epoch. */
  ticks: number[]
  stepSeconds: number
  /** The label of a tick; different ticks always get different labels. */
  format: (timestampSeconds: number) => string
}

const pad = (n: number) => String(n).padStart(2, '0')
const clock = (date: Date) => `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`

/**
 * Ticks for a chain-time axis over [fromSeconds, toSeconds]: the finest whole-minute, -hour or -day
 * step (UTC) that gives at most `maxTicks`, and labels that never repeat ("Jan 26" once, not once
 * per swap that day). Recharts' own ticks on a number axis fall between days, so two ticks on one day
 * both read "Jan 26".
 * Labels: "Jan 26" for day steps (", 2025" added when the ticks cover more than one year); "14:00"
 * for finer steps within a day, "Jan 26 14:00" when they cover more than one day.
 * @param maxTicks at most this many ticks (3 or more; smaller values count as 3)
 * @example dateTicks(Date.UTC(2026, 0, 1) / 1000, Date.UTC(2026, 0, 31) / 1000, 6).ticks.length // 5 (a tick per week)
 */
export function dateTicks(fromSeconds: number, toSeconds: number, maxTicks = 6): DateTicks {
  const from = Math.min(fromSeconds, toSeconds)
  const to = Math.max(fromSeconds, toSeconds)
  const limit = Math.max(3, Math.floor(maxTicks))
  if (!Number.isFinite(from) || !Number.isFinite(to))
    return { ticks: [], stepSeconds: DAY, format: formatAxisDate }
  const count = (step: number) => Math.floor(to / step) - Math.ceil(from / step) + 1
  const stepSeconds = STEPS_SECONDS.find((step) => count(step) <= limit) ?? (STEPS_SECONDS.at(-1) as number)
  const ticks: number[] = []
  for (let k = Math.ceil(from / stepSeconds); k * stepSeconds <= to; k++) ticks.push(k * stepSeconds)
  const first = ticks[0] ?? from
  const last = ticks.at(-1) ?? to
  const date = (t: number) => new Date(t * 1000)
  let format: (timestampSeconds: number) => string
  if (stepSeconds >= DAY) {
    const years = date(first).getUTCFullYear() !== date(last).getUTCFullYear()
    format = years ? (t) => `${formatAxisDate(t)}, ${date(t).getUTCFullYear()}` : formatAxisDate
  } else if (last - first < DAY) format = (t) => clock(date(t))
  else format = (t) => `${formatAxisDate(t)} ${clock(date(t))}`
  return { ticks, stepSeconds, format }
}

/**
 * The props of a chain-time X axis over the points' `timestamp` (a Recharts XAxis): ticks at whole steps
 * (dateTicks: each label once, never "Jan 26 Jan 26"), the data's span, and the axis title.
 * @param labelFill the title's colour (the chart family's axis colour)
 */
export function chainTimeAxisProps(
  fromSeconds: number,
  toSeconds: number,
  {
    maxTicks = 6,
    labelFill,
    labelOffset = -18,
  }: { maxTicks?: number; labelFill: string; labelOffset?: number },
) {
  const axis = dateTicks(fromSeconds, toSeconds, maxTicks)
  return {
    dataKey: 'timestamp',
    type: 'number',
    domain: ['dataMin', 'dataMax'],
    ticks: axis.ticks,
    tickFormatter: axis.format,
    minTickGap: 12,
    label: {
      value: 'Date (chain time, UTC)',
      position: 'insideBottom',
      offset: labelOffset,
      fill: labelFill,
      fontSize: 12,
    },
  } as const
}
