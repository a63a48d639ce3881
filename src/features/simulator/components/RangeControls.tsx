import { useState } from 'react'
import type { ResolvedRange } from '../../../domain/projection/types.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatPrice } from '../../../ui/format/formatPrice.ts'
import type { SimulatorParams } from '../url/simulatorParams.ts'
import { validateBound, validateBoundOrder } from '../url/validateField.ts'
import { DraftNumberField } from './DraftNumberField.tsx'

const validatePercent = (text: string) => validateBound(text, 'pct')

/**
 * The bounds as % offsets from the price (boxes for the 'Custom %' preset, and two sliders); snapped by the
 * caller. Prices are typed in one place only, the Price range panel's Min/Max boxes (SimulatorRangePicker),
 * which the projection reads through the same URL bounds.
 */
export function RangeControls({
  params,
  range,
  rangeError,
  price,
  priceUnit,
  isV2,
  onChange,
}: {
  params: SimulatorParams
  range: ResolvedRange | null
  rangeError: string | null
  price: number
  priceUnit: string
  isV2: boolean
  onChange: (change: Partial<SimulatorParams>) => void
}) {
  // Sliders show what the user asked for (not the snapped bound) so a drag never jitters by a tick.
  const custom = params.preset === 'pct' && params.lower !== undefined && params.upper !== undefined
  const lowerPercent = custom
    ? (params.lower as number)
    : range && !range.isFullRange
      ? (range.priceLower / price - 1) * 100
      : -50
  const upperPercent = custom
    ? (params.upper as number)
    : range && !range.isFullRange
      ? (range.priceUpper / price - 1) * 100
      : 100
  // Bounds in the wrong order never reach the URL: they stay in the boxes with an inline message.
  const [orderError, setOrderError] = useState<string | null>(null)
  const commitBounds = (lower: number | undefined, upper: number | undefined) => {
    const error = lower !== undefined && upper !== undefined ? validateBoundOrder(lower, upper) : null
    setOrderError(error)
    if (!error) onChange({ preset: 'pct', lower, upper })
  }
  if (isV2)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        V2 pairs are always full range: liquidity spans every price.
      </p>
    )
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Range: choose a preset, drag the handles or type the min and max prices in the Price range panel; or
        set the bounds as % offsets here.
      </p>
      {params.preset === 'pct' && (
        <div className="grid grid-cols-2 gap-2">
          <DraftNumberField
            label="Lower offset (%)"
            testId="sim-lower"
            value={params.lower}
            validate={validatePercent}
            onCommit={(lower) => commitBounds(lower, params.upper)}
          />
          <DraftNumberField
            label="Upper offset (%)"
            testId="sim-upper"
            value={params.upper}
            validate={validatePercent}
            onCommit={(upper) => commitBounds(params.lower, upper)}
          />
        </div>
      )}
      {(orderError || rangeError) && (
        <p role="alert" data-testid="sim-range-error" className="text-sm text-red-700 dark:text-red-300">
          {orderError ?? rangeError}
        </p>
      )}
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm text-slate-800 dark:text-slate-200">
          Lower bound: {formatOffset(lowerPercent)}
          <input
            type="range"
            data-testid="sim-lower-slider"
            min={-95}
            max={-0.5}
            step={0.5}
            value={Math.min(-0.5, Math.max(-95, lowerPercent))}
            onChange={(event) => commitBounds(Number(event.target.value), Number(upperPercent.toFixed(2)))}
            className="accent-teal-700 dark:accent-teal-400"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm text-slate-800 dark:text-slate-200">
          Upper bound: {formatOffset(upperPercent)}
          <input
            type="range"
            data-testid="sim-upper-slider"
            min={0.5}
            max={300}
            step={0.5}
            value={Math.min(300, Math.max(0.5, upperPercent))}
            onChange={(event) => commitBounds(Number(lowerPercent.toFixed(2)), Number(event.target.value))}
            className="accent-teal-700 dark:accent-teal-400"
          />
        </label>
      </div>
      {range && (
        <p data-testid="sim-range-summary" className="tabular text-xs text-slate-600 dark:text-slate-400">
          {range.isFullRange
            ? `Full range: ticks ${range.tickLower} to ${range.tickUpper}.`
            : `Snapped to ticks ${range.tickLower} … ${range.tickUpper}: ${formatPrice(range.priceLower)} – ${formatPrice(range.priceUpper)} ${priceUnit}.`}
        </p>
      )}
    </div>
  )
}

/** A bound's offset from the price, in percent units: "+25.00%", "−10.00%", "0.00%" (formatPercent's rule). */
function formatOffset(percent: number): string {
  return formatPercent(percent / 100, { signed: true })
}
