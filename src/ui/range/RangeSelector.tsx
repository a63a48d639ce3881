import type { ReactNode } from 'react'
import { cx } from '../cx.ts'
import { Field } from '../Field.tsx'
import { FOCUS_RING } from '../focusRing.ts'

/** One preset button: a label, its test id, and whether it is the range in use or unusable (and why). */
export type RangePresetItem = {
  id: string
  label: string
  testId: string
  pressed?: boolean
  /** Set when the preset cannot be used; the reason is shown on the button and to screen readers. */
  disabledReason?: string | undefined
}

const STEPPER =
  'inline-flex h-10 w-10 shrink-0 cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white text-lg text-slate-900 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'

/**
 * The one range picker of the add form and the simulator (presentational): presets, the base/quote
 * flip, the chart with its handles, and the Min/Max price boxes with ± one-tick-spacing steppers. The
 * caller owns every value and does the range logic (domain rangePresets.ts).
 */
export function RangeSelector(props: {
  /** Test ids: `${prefix}-min-price`, `${prefix}-max-price`, `${prefix}-min-dec|inc`, `${prefix}-flip`. */
  prefix: string
  base: string
  quote: string
  presets: readonly RangePresetItem[]
  onPreset: (id: string) => void
  onFlip: () => void
  minText: string
  maxText: string
  onMinText: (text: string) => void
  onMaxText: (text: string) => void
  /** ± one tick spacing on a displayed bound (+1 raises that displayed price). */
  onStep: (bound: 'min' | 'max', steps: number) => void
  stepsDisabled?: boolean
  /** The chart with handles (RangeHandlesChart), or what shows while it cannot draw. */
  chart?: ReactNode
  /** Anything the caller adds under the boxes (apply button, tick inputs, messages). */
  children?: ReactNode
}) {
  const { prefix, base, quote } = props
  const unit = `${quote} per ${base}`
  const box = (bound: 'min' | 'max') => (
    <div className="flex min-w-0 items-end gap-1.5">
      <button
        type="button"
        className={cx(STEPPER, FOCUS_RING)}
        aria-label={`Lower the ${bound} price by one tick spacing`}
        data-testid={`${prefix}-${bound}-dec`}
        disabled={props.stepsDisabled}
        onClick={() => props.onStep(bound, -1)}
      >
        −
      </button>
      <Field
        className="min-w-0 flex-1"
        label={`${bound === 'min' ? 'Min' : 'Max'} price (${unit})`}
        inputMode="decimal"
        value={bound === 'min' ? props.minText : props.maxText}
        onChange={(event) =>
          bound === 'min' ? props.onMinText(event.target.value) : props.onMaxText(event.target.value)
        }
        data-testid={`${prefix}-${bound}-price`}
      />
      <button
        type="button"
        className={cx(STEPPER, FOCUS_RING)}
        aria-label={`Raise the ${bound} price by one tick spacing`}
        data-testid={`${prefix}-${bound}-inc`}
        disabled={props.stepsDisabled}
        onClick={() => props.onStep(bound, 1)}
      >
        +
      </button>
    </div>
  )
  return (
    <div className="flex min-w-0 flex-col gap-3" data-testid={`${prefix}-selector`}>
      <div className="flex flex-wrap items-center gap-1.5">
        {props.presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            data-testid={preset.testId}
            aria-pressed={preset.pressed ?? false}
            disabled={preset.disabledReason !== undefined}
            title={preset.disabledReason}
            onClick={() => props.onPreset(preset.id)}
            className={cx(
              'h-8 cursor-pointer rounded-md border px-2.5 text-sm disabled:cursor-not-allowed disabled:opacity-60',
              FOCUS_RING,
              preset.pressed
                ? 'border-teal-700 bg-teal-700 text-white dark:border-teal-400 dark:bg-teal-500 dark:text-slate-950'
                : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
            )}
          >
            {preset.label}
          </button>
        ))}
      </div>
      {props.presets.map(
        (preset) =>
          preset.disabledReason && (
            <p
              key={preset.id}
              className="-mt-2 text-xs text-slate-600 dark:text-slate-400"
              data-testid={`${preset.testId}-reason`}
            >
              {preset.label}: {preset.disabledReason}
            </p>
          ),
      )}
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <span data-testid={`${prefix}-direction`}>
          Prices in {quote} per {base}
        </span>
        <button
          type="button"
          data-testid={`${prefix}-flip`}
          onClick={props.onFlip}
          className={cx(
            'inline-flex h-8 cursor-pointer items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 text-sm text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
            FOCUS_RING,
          )}
        >
          ⇄ Show {base} per {quote}
        </button>
      </div>
      {props.chart}
      <div className="grid min-w-0 gap-2 sm:grid-cols-2">
        {box('min')}
        {box('max')}
      </div>
      {props.children}
    </div>
  )
}
