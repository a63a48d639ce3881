import { cx } from './cx.ts'
import { FOCUS_RING } from './focusRing.ts'
import { Tooltip } from './Tooltip.tsx'

/**
 * A small "?" button whose tooltip states a figure's basis (what it is computed from, over which
 * window, simple or compounded). For table headers and labels; see LabelledFigure.
 * @param label the figure's name, for the button's accessible name
 * @param basis the figure's definition in words (from its domain file)
 */
export function FigureBasis({ label, basis }: { label: string; basis: string }) {
  return (
    <Tooltip content={basis}>
      <button
        type="button"
        aria-label={`Basis of ${label}`}
        data-basis={basis}
        // A 24 px target (WCAG 2.5.8) around the 16 px circle; the negative margin keeps the layout of a 16 px one.
        className={cx(
          '-m-1 grid size-6 shrink-0 cursor-help place-items-center rounded-full text-[10px] leading-none font-normal normal-case text-slate-500 dark:text-slate-400',
          FOCUS_RING,
        )}
      >
        <span className="grid size-4 place-items-center rounded-full border border-slate-400 dark:border-slate-500">
          ?
        </span>
      </button>
    </Tooltip>
  )
}
