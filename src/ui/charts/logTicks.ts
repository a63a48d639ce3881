/**
 * `count` tick values spaced evenly on a log scale over [from, to] (Recharts picks crowded ticks on
 * log axes by itself).
 * @example logTicks(1, 100, 3) // [1, 10, 100]
 */
export function logTicks(from: number, to: number, count: number): number[] {
  if (!(from > 0) || !(to > from) || count < 2) return [from, to].filter((v) => v > 0)
  const step = Math.log(to / from) / (count - 1)
  return Array.from({ length: count }, (_, i) => from * Math.exp(step * i))
}
