import { useMemo, useState } from 'react'
import { histogramWindow } from '../../../domain/actions/histogramWindow.ts'
import {
  boundPriceText,
  type DisplayBound,
  defaultInvertedForTokens,
  displayedRange,
  moveBoundTo,
  RANGE_PRESET_PERCENTS,
  rangeAroundPrices,
  stepBound,
  type TickRange,
  usableTickLimits,
} from '../../../domain/actions/rangePresets.ts'
import { validateRangePrices } from '../../../domain/actions/validateRangePrices.ts'
import { liquidityHistogram } from '../../../domain/projection/liquidityHistogram.ts'
import type { PoolSnapshot, RangePreset, ResolvedRange } from '../../../domain/projection/types.ts'
import { tickToPrice } from '../../../math/index.ts'
import { RangeHandlesChart } from '../../../ui/charts/RangeHandlesChart.tsx'
import { formatPrice, formatPriceRange } from '../../../ui/format/formatPrice.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { RangeSelector } from '../../../ui/range/RangeSelector.tsx'
import type { SimulatorParams } from '../url/simulatorParams.ts'

const HISTOGRAM_BARS = 60

const PRESETS: { preset: RangePreset; label: string }[] = [
  { preset: 'full', label: 'Full range' },
  ...RANGE_PRESET_PERCENTS.map((percent) => ({
    preset: String(percent) as RangePreset,
    label: `±${percent} %`,
  })),
  { preset: '50', label: '±50 %' },
  { preset: '30d', label: '30-day range' },
  { preset: 'price', label: 'Custom price' },
  { preset: 'pct', label: 'Custom %' },
]

/**
 * The simulator's range picker (the shared RangeSelector): presets, flip, the liquidity chart with
 * handles and the Min/Max boxes with ± steppers. Every move lands in the URL as the snapped bounds'
 * prices (preset 'price'; '30d' for the 30-day preset), and so does the flip (`invert`), so a shared URL
 * reproduces the range and its direction.
 */
export function SimulatorRangePicker({
  snapshot,
  params,
  range,
  tokenTags,
  thirtyDayPrices,
  onChange,
}: {
  snapshot: PoolSnapshot
  params: SimulatorParams
  range: ResolvedRange | null
  /** Catalogue tags of the pool's tokens ('stablecoin', 'wrapped-native'), for the default quote. */
  tokenTags: { token0?: readonly string[] | undefined; token1?: readonly string[] | undefined }
  /** The pool's prices over the last 30 days when the 30-day backtest has loaded them; else null. */
  thirtyDayPrices: readonly number[] | null
  onChange: (change: Partial<SimulatorParams>) => void
}) {
  const spacing = snapshot.tickSpacing
  const decimals0 = snapshot.token0.decimals
  const decimals1 = snapshot.token1.decimals
  // The direction lives in the URL (?invert=1|0) so a reload or a shared link keeps it; absent, the default.
  const inverted =
    params.inverted ??
    defaultInvertedForTokens(
      { tags: tokenTags.token0 },
      { tags: tokenTags.token1 },
      tickToPrice(snapshot.tick, decimals0, decimals1),
    )
  const [base, quote] = (
    inverted ? [snapshot.token1, snapshot.token0] : [snapshot.token0, snapshot.token1]
  ).map((token) => formatSymbol(token.symbol)) as [string, string]
  const unit = `${quote} per ${base}`
  const [draft, setDraft] = useState<{ lower: string; upper: string; inverted: boolean } | null>(null)
  const [draftError, setDraftError] = useState<string | null>(null)
  const ticks: TickRange | null = range ? { tickLower: range.tickLower, tickUpper: range.tickUpper } : null
  const shown = ticks ? displayedRange(ticks, decimals0, decimals1, spacing, inverted) : null
  /** A URL price for a tick that resolves back to it (resolveRange snaps prices the same way). */
  const urlPrice = (tick: number) => {
    const value = Number(boundPriceText(tick, decimals0, decimals1, spacing, false))
    return Number.isFinite(value) && value > 0 ? value : tickToPrice(tick, decimals0, decimals1)
  }
  const commitTicks = (next: TickRange, preset: 'price' | '30d' = 'price') => {
    setDraft(null)
    setDraftError(null)
    const full = displayedRange(next, decimals0, decimals1, spacing, false).isFullRange
    if (full) onChange({ preset: 'full', lower: undefined, upper: undefined })
    else onChange({ preset, lower: urlPrice(next.tickLower), upper: urlPrice(next.tickUpper) })
  }
  const thirtyDay = useMemo(
    () => (thirtyDayPrices ? rangeAroundPrices(thirtyDayPrices, decimals0, decimals1, spacing) : null),
    [thirtyDayPrices, decimals0, decimals1, spacing],
  )
  const onPreset = (id: string) => {
    setDraft(null)
    setDraftError(null)
    const preset = id as RangePreset
    if (preset === '30d') {
      if (thirtyDay) commitTicks(thirtyDay, '30d')
      return
    }
    const price = tickToPrice(snapshot.tick, decimals0, decimals1)
    if (preset === 'price')
      onChange({
        preset: 'price',
        lower: range && !range.isFullRange ? urlPrice(range.tickLower) : Number((price * 0.9).toPrecision(6)),
        upper: range && !range.isFullRange ? urlPrice(range.tickUpper) : Number((price * 1.1).toPrecision(6)),
      })
    else if (preset === 'pct') {
      const offset = (bound: number | undefined, fallback: number) =>
        bound !== undefined && range && !range.isFullRange
          ? Number(((bound / price - 1) * 100).toFixed(2))
          : fallback
      onChange({ preset: 'pct', lower: offset(range?.priceLower, -10), upper: offset(range?.priceUpper, 10) })
    } else onChange({ preset, lower: undefined, upper: undefined })
  }
  const prefilled = (bound: DisplayBound) =>
    shown
      ? boundPriceText(
          bound === 'min' ? shown.minTick : shown.maxTick,
          decimals0,
          decimals1,
          spacing,
          inverted,
        )
      : ''
  const draftInUse = draft !== null && draft.inverted === inverted
  const minText = draftInUse ? draft.lower : prefilled('min')
  const maxText = draftInUse ? draft.upper : prefilled('max')
  const typeBox = (lower: string, upper: string) => {
    setDraft({ lower, upper, inverted })
    const checked = validateRangePrices(lower, upper, {
      decimals0,
      decimals1,
      tickSpacing: spacing,
      inverted,
    })
    if (!checked.ok) {
      setDraftError(checked.message)
      return
    }
    setDraftError(null)
    onChange({ preset: 'price', lower: urlPrice(checked.tickLower), upper: urlPrice(checked.tickUpper) })
  }
  const histogram = useMemo(() => {
    if (snapshot.kind !== 'v3' || !ticks) return null
    const { fromTick, toTick } = histogramWindow(snapshot.tick, ticks.tickLower, ticks.tickUpper)
    const bars = liquidityHistogram({
      ticks: snapshot.ticks,
      currentTick: snapshot.tick,
      liquidity: snapshot.liquidity,
      fromTick,
      toTick,
      bars: HISTOGRAM_BARS,
      decimals0,
      decimals1,
    })
    const width = (toTick - fromTick) / bars.length
    return {
      fromTick,
      toTick,
      bars: bars.map((bar, index) => ({
        fromTick: fromTick + index * width,
        toTick: fromTick + (index + 1) * width,
        share: bar.shareOfActive,
      })),
    }
  }, [snapshot, ticks?.tickLower, ticks?.tickUpper, decimals0, decimals1, ticks])
  const displayPrice = (tick: number) => tickToPrice(tick, decimals0, decimals1, inverted)
  const handle = (bound: DisplayBound) => {
    const price = shown ? (bound === 'min' ? shown.min : shown.max) : 0
    return {
      bound,
      tick: shown ? (bound === 'min' ? shown.minTick : shown.maxTick) : 0,
      priceText: formatPrice(price),
    }
  }
  return (
    <RangeSelector
      prefix="sim-range"
      base={base}
      quote={quote}
      presets={PRESETS.map(({ preset, label }) => ({
        id: preset,
        label,
        testId: `sim-preset-${preset}`,
        pressed: params.preset === preset,
        disabledReason:
          preset === '30d' && !thirtyDay && params.preset !== '30d'
            ? 'load the 30-day backtest below (window 30 d) first: it reads the prices of the last 30 days.'
            : undefined,
      }))}
      onPreset={onPreset}
      onFlip={() => {
        // Only the direction changes: the bounds (and the range's ticks) stay as they are.
        onChange({ inverted: !inverted })
        setDraft(null)
        setDraftError(null)
      }}
      minText={minText}
      maxText={maxText}
      onMinText={(text) => typeBox(text, maxText)}
      onMaxText={(text) => typeBox(minText, text)}
      onStep={(bound, steps) => ticks && commitTicks(stepBound(ticks, bound, steps, spacing, inverted))}
      stepsDisabled={!ticks}
      chart={
        histogram && ticks ? (
          <div data-testid="chart-liquidity">
            <RangeHandlesChart
              testId="sim-range-chart"
              fromTick={histogram.fromTick}
              toTick={histogram.toTick}
              inverted={inverted}
              bars={histogram.bars}
              currentTick={snapshot.tick}
              handles={[handle('min'), handle('max')]}
              axisLabels={{
                left: formatPrice(displayPrice(inverted ? histogram.toTick : histogram.fromTick)),
                right: formatPrice(displayPrice(inverted ? histogram.fromTick : histogram.toTick)),
                current: formatPrice(displayPrice(snapshot.tick)),
              }}
              priceUnit={unit}
              limits={usableTickLimits(spacing)}
              onStep={(bound, steps) => commitTicks(stepBound(ticks, bound, steps, spacing, inverted))}
              onDrop={(bound, tick) => commitTicks(moveBoundTo(ticks, bound, tick, spacing, inverted))}
            />
          </div>
        ) : null
      }
    >
      {draftError && (
        <p
          role="alert"
          className="text-sm text-red-700 dark:text-red-300"
          data-testid="sim-range-price-error"
        >
          {draftError}
        </p>
      )}
      {shown && (
        <p className="tabular text-xs text-slate-600 dark:text-slate-400" data-testid="sim-range-shown">
          {shown.isFullRange
            ? formatPriceRange(0, Number.POSITIVE_INFINITY)
            : formatPriceRange(shown.min, shown.max)}{' '}
          {unit}
        </p>
      )}
    </RangeSelector>
  )
}
