import type { ReactNode } from 'react'
import { cx } from './cx.ts'
import { FigureBasis } from './FigureBasis.tsx'

/** Props of LabelledFigure. */
export type LabelledFigureProps = {
  /** The figure's name as shown. */
  label: string
  /** Its basis in words, shown in the "?" tooltip (from the figure's domain file). */
  basis: string
  /** Stable machine name on the value (`data-figure`), the same on every page that shows the figure. */
  figure: string
  /** The formatted value ("unavailable" / "no price" when it cannot be known: never a wrong number). */
  value: ReactNode
  testId?: string
  /** A line under the value (units, a window, a reason). */
  hint?: ReactNode
  className?: string
}

/**
 * One figure as a `<dt>`/`<dd>` group: its label with a "?" stating the basis, its value carrying
 * `data-figure`, and an optional hint as a second `<dd>`. Render it inside a `<dl>`.
 */
export function LabelledFigure({
  label,
  basis,
  figure,
  value,
  testId,
  hint,
  className,
}: LabelledFigureProps) {
  return (
    <div className={cx('min-w-0', className)}>
      <dt className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
        {label}
        <FigureBasis label={label} basis={basis} />
      </dt>
      <dd className="text-base font-semibold tabular-nums" data-figure={figure} data-testid={testId}>
        {value}
      </dd>
      {hint && <dd className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{hint}</dd>}
    </div>
  )
}
