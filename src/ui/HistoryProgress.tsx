export interface HistoryProgressProps {
  /** Blocks scanned over blocks to scan (0–1). */
  fraction: number
  scannedBlocks: bigint
  totalBlocks: bigint
}

const blocks = new Intl.NumberFormat('en-US')

/**
 * "History: scanned 45 % of blocks (1,234 of 2,742)": the progress of the event-history scans that
 * fill in the figures needing history. Presentational: the page passes the numbers.
 */
export function HistoryProgress({ fraction, scannedBlocks, totalBlocks }: HistoryProgressProps) {
  const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100)
  return (
    <div
      className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-300"
      data-testid="history-progress"
      data-fraction={fraction}
    >
      <span>
        History: scanned {percent} % of blocks ({blocks.format(scannedBlocks)} of {blocks.format(totalBlocks)}
        ) — figures that need it show "loading" until then.
      </span>
      <div
        className="h-1.5 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
        role="progressbar"
        aria-label="History scan"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="h-full bg-sky-500" style={{ width: `${percent}%` }} />
      </div>
    </div>
  )
}
