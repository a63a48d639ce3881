/** What a swap window's description is made from (a pools list's `SwapWindow`). */
export type SwapWindowSource = {
  fromBlock: bigint
  seconds: number
  coveredSeconds: number
  requests: number
}

/** "24 h" / "7 d" / "5.2 h": a window's length for labels. */
export function formatWindowLength(seconds: number): string {
  if (seconds >= 86_400 && seconds % 86_400 === 0) return `${seconds / 86_400} d`.replace(/^1 d$/, '24 h')
  const hours = seconds / 3_600
  return `${hours >= 10 ? hours.toFixed(0) : hours.toFixed(1)} h`
}

/**
 * The one-word verdict that opens describeSwapWindow: "Exact" (every Swap event of the window, by block
 * time), "Partial" (the scan covers less than the window) or "Estimate" (no block times with the logs).
 */
export function swapWindowKind(
  window: SwapWindowSource,
  timedLogs: boolean,
): 'Exact' | 'Partial' | 'Estimate' {
  if (window.coveredSeconds < window.seconds) return 'Partial'
  return timedLogs ? 'Exact' : 'Estimate'
}

/**
 * How a swap figure over `window` was made, in words, for its "?" tooltip and the page's note.
 * @param timedLogs whether every log carried its block's timestamp (then swaps are filtered by time)
 */
export function describeSwapWindow(window: SwapWindowSource, timedLogs: boolean): string {
  const length = formatWindowLength(window.seconds)
  const start = `block ${window.fromBlock.toString()}`
  const found =
    window.requests > 0
      ? `found from block timestamps in ${window.requests} header read${window.requests === 1 ? '' : 's'} (the average block time between the head and an older block, then a check)`
      : 'the first block of the chain’s history'
  if (window.coveredSeconds < window.seconds)
    return `Partial: covers only the last ${formatWindowLength(window.coveredSeconds)} of the ${length} (the scan starts at ${start}, ${found}).`
  return timedLogs
    ? `Exact: every Swap event of the last ${length}, by each event's block time; the scan starts at ${start}, ${found}, which is at or before the window's start.`
    : `Estimate: Swap events since ${start} (${found}); the node sends no block times with its logs, so the window is ${start} to the head, ${formatWindowLength(window.coveredSeconds)} or a little more.`
}
