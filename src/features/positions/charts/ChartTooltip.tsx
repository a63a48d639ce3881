import type { ReactNode } from 'react'

/** The chart tooltip box, themed with Tailwind (Recharts' default is white only). */
export function ChartTooltipBox({
  title,
  rows,
}: {
  title: ReactNode
  rows: readonly { label: string; value: string; color?: string }[]
}) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">
      <p className="mb-1 font-semibold">{title}</p>
      {rows.map((row) => (
        <p key={row.label} className="flex items-center gap-2">
          {row.color && (
            <span
              aria-hidden="true"
              className="inline-block size-2 rounded-full"
              style={{ background: row.color }}
            />
          )}
          <span>{row.label}:</span>
          <span className="font-mono tabular-nums">{row.value}</span>
        </p>
      ))}
    </div>
  )
}
