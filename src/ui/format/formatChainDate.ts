const dateFormatter = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
})

/**
 * A block timestamp (chain time) as a UTC date; the devnet's clock may be far from the wall clock.
 * @param timestampSeconds unix seconds
 * @example formatChainDate(1767506978) // 'Jan 4, 2026'
 */
export function formatChainDate(timestampSeconds: number): string {
  return dateFormatter.format(new Date(timestampSeconds * 1000))
}

/** Chain date (UTC) for axis ticks: "Jan 12". */
export function formatAxisDate(timestampSeconds: number): string {
  return new Date(timestampSeconds * 1000).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  })
}

const dateTimeFormatter = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

/**
 * A block timestamp (chain time) as a UTC date and time to the minute.
 * @param timestampSeconds unix seconds
 * @example formatChainDateTime(1767506978) // 'Jan 4, 2026, 06:09 UTC'
 */
export function formatChainDateTime(timestampSeconds: number): string {
  return `${dateTimeFormatter.format(new Date(timestampSeconds * 1000))} UTC`
}
