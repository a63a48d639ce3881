/** One bar: its value and the running totals around it, in integer display units (cents for USD). */
export interface WaterfallBar {
  id: string
  label: string
  /** null = unavailable (the row stays, with no bar). */
  units: number | null
  fromUnits: number
  toUnits: number
}

export interface PnlWaterfallProps {
  steps: readonly WaterfallBar[]
  /** A step's value in display units (cents for USD) as text, signed ("+$12.30", "−$4.05"). */
  formatUnits: (units: number) => string
  testId: string
  /** Caption under the bars (basis, partial note). */
  caption?: string | undefined
}

/**
 * The PnL waterfall as horizontal bars on one scale: each term runs from the running total before it
 * to the one after it, and the total runs from 0. A list, so it reads without the bars (they are
 * decoration) and fits a phone: every row is label, bar, value. An unavailable term keeps its row and
 * says "unavailable".
 */
export function PnlWaterfall({ steps, formatUnits, testId, caption }: PnlWaterfallProps) {
  const edges = steps.flatMap((step) => [step.fromUnits, step.toUnits])
  const low = Math.min(0, ...edges)
  const high = Math.max(0, ...edges)
  const span = high - low || 1
  const at = (units: number) => ((units - low) / span) * 100
  return (
    <figure data-testid={testId} className="min-w-0">
      <ol className="flex flex-col gap-1.5 text-sm">
        {steps.map((step) => {
          const tone =
            step.units === null || step.units === 0
              ? 'bg-slate-400 dark:bg-slate-500'
              : step.id === 'total'
                ? step.units < 0
                  ? 'bg-red-700 dark:bg-red-400'
                  : 'bg-emerald-700 dark:bg-emerald-400'
                : step.units < 0
                  ? 'bg-red-500/80 dark:bg-red-400/80'
                  : 'bg-emerald-500/80 dark:bg-emerald-400/80'
          const left = at(Math.min(step.fromUnits, step.toUnits))
          const width = Math.max(at(Math.max(step.fromUnits, step.toUnits)) - left, 0.5)
          return (
            <li
              key={step.id}
              data-testid={`${testId}-${step.id}`}
              data-units={step.units ?? undefined}
              className={`grid grid-cols-[7.5rem_minmax(0,1fr)_6.5rem] items-center gap-2 ${step.id === 'total' ? 'border-t border-slate-200 pt-1.5 font-semibold dark:border-slate-700' : ''}`}
            >
              <span className="truncate text-slate-700 dark:text-slate-300">{step.label}</span>
              <span aria-hidden="true" className="relative h-4 rounded bg-slate-100 dark:bg-slate-800">
                {step.units !== null && (
                  <span
                    className={`absolute inset-y-0 rounded ${tone}`}
                    style={{ left: `${left}%`, width: `${width}%` }}
                  />
                )}
              </span>
              <span className="text-right tabular-nums text-slate-900 dark:text-slate-100">
                {step.units === null ? 'unavailable' : formatUnits(step.units)}
              </span>
            </li>
          )
        })}
      </ol>
      {caption && (
        <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">{caption}</figcaption>
      )}
    </figure>
  )
}
