/**
 * The composition chart's height in px for `bars` pools (axis and margins, then one 36 px bar each):
 * the chart draws at it, and its place on the dashboard is kept at it before the chart mounts.
 */
export function compositionChartHeight(bars: number): number {
  return 48 + bars * 36
}
