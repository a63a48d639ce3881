import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useConfig } from 'wagmi'
import type { RangePosition } from '../../../domain/actions/deriveV3Deposit.ts'
import {
  boundPriceText,
  type DisplayBound,
  defaultInvertedForTokens,
  displayedRange,
  moveBoundTo,
  presetRange,
  RANGE_PRESET_PERCENTS,
  rangeAroundTicks,
  stepBound,
  usableTickLimits,
} from '../../../domain/actions/rangePresets.ts'
import type { TypedRangePrices } from '../../../domain/actions/typedRangeStatus.ts'
import { fullRange, validateRange } from '../../../domain/actions/validateRange.ts'
import { validateRangePrices } from '../../../domain/actions/validateRangePrices.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { isFullRangeAtSpacing } from '../../../domain/positions/isFullRange.ts'
import type { PoolState } from '../../../domain/projection/types.ts'
import { tickToPrice } from '../../../math/index.ts'
import { poolRecentTicksQueryOptions } from '../../../queries/poolRecentTicksQuery.ts'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { RangeHandlesChart } from '../../../ui/charts/RangeHandlesChart.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatPrice, formatPriceRange } from '../../../ui/format/formatPrice.ts'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'
import { RangeSelector } from '../../../ui/range/RangeSelector.tsx'
import { useRangeBars } from './RangeHistogram.tsx'

/** The window of the "around the 30-day range" preset, in days of chain time. */
const PRESET_WINDOW_DAYS = 30

/** Step 3 (V3): range by preset, chart handles, ± steppers, price or tick; always snapped to the spacing. */
export function RangeStep(props: {
  chainId: number
  pool: PoolChoice
  currentTick: number | undefined
  tickLower: number
  tickUpper: number
  rangePosition: RangePosition | undefined
  onChange: (range: { tickLower: number; tickUpper: number }) => void
  /** Min/max prices as typed; they apply as typed (snapped) whenever both are valid. */
  priceText: TypedRangePrices
  onPriceText: (text: TypedRangePrices) => void
  /** For the liquidity histogram; undefined while it loads. */
  snapshot: PoolState | undefined
}) {
  const { pool, currentTick, tickLower, tickUpper, priceText } = props
  const spacing = pool.tickSpacing
  const { decimals: decimals0 } = pool.token0
  const { decimals: decimals1 } = pool.token1
  // The flip is per pool; until the user flips, the domain's default quote rule decides.
  const [flip, setFlip] = useState<{ pool: string; inverted: boolean } | null>(null)
  const inverted =
    flip?.pool === pool.address
      ? flip.inverted
      : defaultInvertedForTokens(
          pool.token0,
          pool.token1,
          currentTick === undefined ? undefined : tickToPrice(currentTick, decimals0, decimals1),
        )
  const [base, quote] = (inverted ? [pool.token1, pool.token0] : [pool.token0, pool.token1]).map((t) =>
    formatSymbol(t.symbol),
  ) as [string, string]
  const unit = `${quote} per ${base}`
  // A preset or a tick edit replaces the typed prices: clear them so the boxes show the range in use.
  const onChange = (range: { tickLower: number; tickUpper: number }) => {
    props.onPriceText({ lower: '', upper: '' })
    setPricesError(null)
    props.onChange(range)
  }
  const [tickText, setTickText] = useState<{ lower: string; upper: string } | null>(null)
  const [pricesError, setPricesError] = useState<string | null>(null)
  const validation = validateRange(tickLower, tickUpper, spacing)
  const range = { tickLower, tickUpper }
  const shown = displayedRange(range, decimals0, decimals1, spacing, inverted)
  // The plan's exact position once an amount is typed; before that, from the current tick.
  const rangePosition: RangePosition | undefined =
    props.rangePosition ??
    (currentTick === undefined
      ? undefined
      : currentTick < tickLower
        ? 'below'
        : currentTick >= tickUpper
          ? 'above'
          : 'in')
  /** Typed prices (in the shown direction) apply as typed, snapped to ticks, as soon as both are valid. */
  const typePrices = (text: TypedRangePrices, showError: boolean) => {
    props.onPriceText(text)
    const checked = validateRangePrices(text.lower, text.upper, {
      decimals0,
      decimals1,
      tickSpacing: spacing,
      inverted: text.inverted === true,
    })
    const bothTyped = text.lower.trim() !== '' && text.upper.trim() !== ''
    setPricesError(checked.ok || (!showError && !bothTyped) ? null : checked.message)
    if (checked.ok) {
      setTickText(null)
      props.onChange({ tickLower: checked.tickLower, tickUpper: checked.tickUpper })
    }
  }
  const typed = priceText.lower !== '' || priceText.upper !== ''
  // The boxes start with the range in use (text that snaps back to the same ticks).
  const validTicks = validation.ok
  const prefilled = (bound: DisplayBound) =>
    validTicks
      ? boundPriceText(
          bound === 'min' ? shown.minTick : shown.maxTick,
          decimals0,
          decimals1,
          spacing,
          inverted,
        )
      : ''
  const minText = typed ? priceText.lower : prefilled('min')
  const maxText = typed ? priceText.upper : prefilled('max')
  const applyPrices = () => typePrices({ lower: minText, upper: maxText, inverted }, true)
  const typedApplied =
    typed && minText.trim() !== '' && maxText.trim() !== '' && pricesError === null && validation.ok
  const isFull = isFullRangeAtSpacing(tickLower, tickUpper, spacing)
  const rangeText = isFull
    ? formatPriceRange(0, Number.POSITIVE_INFINITY)
    : formatPriceRange(shown.min, shown.max)
  const presetRanges = useMemo(
    () =>
      currentTick === undefined
        ? []
        : RANGE_PRESET_PERCENTS.map((percent) => ({
            percent,
            range: presetRange(currentTick, spacing, percent),
          })),
    [currentTick, spacing],
  )
  // The 30-day preset reads the pool's last 30 days of swaps only when pressed (the form itself needs only
  // the pool's state), then applies the range once they arrive.
  const config = useConfig()
  const [wanted30d, setWanted30d] = useState<string | null>(null)
  const canRead30d = pool.protocol === 'v3' && pool.create === undefined
  const recent = useQuery(
    poolRecentTicksQueryOptions(
      config,
      { chainId: props.chainId, pool: pool.address, days: PRESET_WINDOW_DAYS },
      canRead30d && wanted30d === pool.address,
    ),
  )
  const thirtyDay = recent.data?.ticks ? rangeAroundTicks(recent.data.ticks, spacing) : null
  const applyThirtyDay = wanted30d === pool.address && thirtyDay !== null
  const { onChange: propsOnChange, onPriceText } = props
  useEffect(() => {
    if (!applyThirtyDay || !thirtyDay) return
    setWanted30d(null)
    onPriceText({ lower: '', upper: '' })
    setPricesError(null)
    propsOnChange(thirtyDay)
  }, [applyThirtyDay, thirtyDay, onPriceText, propsOnChange])
  const thirtyDayReason = !canRead30d
    ? 'a pool that does not exist yet has no price history.'
    : recent.isFetching
      ? "reading the pool's last 30 days of swaps…"
      : recent.data && !recent.data.ticks
        ? 'unavailable: the times of some swaps in the window are not known.'
        : undefined
  const same = (other: { tickLower: number; tickUpper: number }) =>
    other.tickLower === tickLower && other.tickUpper === tickUpper
  const presets = [
    ...RANGE_PRESET_PERCENTS.map((percent) => {
      const preset = presetRanges.find((p) => p.percent === percent)
      return {
        id: String(percent),
        label: `±${percent} %`,
        testId: `range-preset-${percent}`,
        pressed: preset !== undefined && same(preset.range),
      }
    }),
    { id: 'full', label: 'Full range', testId: 'range-preset-full', pressed: isFull },
    {
      id: '30d',
      label: '30-day range',
      testId: 'range-preset-30d',
      pressed: thirtyDay !== null && same(thirtyDay),
      ...(thirtyDayReason === undefined ? {} : { disabledReason: thirtyDayReason }),
    },
  ]
  const onPreset = (id: string) => {
    if (id === 'full') return onChange(fullRange(spacing))
    if (id === '30d') {
      if (thirtyDay) return onChange(thirtyDay)
      setWanted30d(pool.address)
      if (recent.isError) void recent.refetch()
      return
    }
    const preset = presetRanges.find((p) => String(p.percent) === id)
    if (preset) onChange(preset.range)
  }
  const v3Snapshot = props.snapshot?.kind === 'v3' ? props.snapshot : undefined
  const bars = useRangeBars(v3Snapshot, tickLower, tickUpper)
  const displayPrice = (tick: number) => {
    const { minTick, maxTick } = usableTickLimits(spacing)
    if (tick <= minTick) return inverted ? Number.POSITIVE_INFINITY : 0
    if (tick >= maxTick) return inverted ? 0 : Number.POSITIVE_INFINITY
    return tickToPrice(tick, decimals0, decimals1, inverted)
  }
  const handle = (bound: DisplayBound) => {
    const tick = bound === 'min' ? shown.minTick : shown.maxTick
    const price = bound === 'min' ? shown.min : shown.max
    return {
      bound,
      tick,
      priceText: formatPrice(price),
    }
  }
  const chart =
    v3Snapshot && bars && validation.ok ? (
      <div data-testid="range-histogram">
        <RangeHandlesChart
          testId="range-chart"
          fromTick={bars.fromTick}
          toTick={bars.toTick}
          inverted={inverted}
          bars={bars.bars}
          currentTick={v3Snapshot.tick}
          handles={[handle('min'), handle('max')]}
          axisLabels={{
            left: formatPrice(displayPrice(inverted ? bars.toTick : bars.fromTick)),
            right: formatPrice(displayPrice(inverted ? bars.fromTick : bars.toTick)),
            current: formatPrice(displayPrice(v3Snapshot.tick)),
          }}
          priceUnit={unit}
          limits={usableTickLimits(spacing)}
          onStep={(bound, steps) => onChange(stepBound(range, bound, steps, spacing, inverted))}
          onDrop={(bound, tick) => onChange(moveBoundTo(range, bound, tick, spacing, inverted))}
        />
      </div>
    ) : props.snapshot === undefined ? (
      <p className="text-sm text-slate-600 dark:text-slate-400">Loading the liquidity chart…</p>
    ) : null
  return (
    <Card title="2. Price range">
      <div className="flex flex-col gap-3 text-sm">
        {currentTick !== undefined ? (
          <p data-testid="current-price">
            Current price: {formatPrice(displayPrice(currentTick))} {unit} (tick {currentTick})
          </p>
        ) : (
          // Never a blank: while the pool read is pending or retrying (or a new pool has no price yet) it says so.
          <p data-testid="current-price-unavailable" className="text-slate-500 dark:text-slate-400">
            Current price: unavailable
          </p>
        )}
        <RangeSelector
          prefix="range"
          base={base}
          quote={quote}
          presets={presets.map((p) =>
            currentTick === undefined && p.id !== 'full' && p.id !== '30d'
              ? { ...p, disabledReason: 'waits for the current price.' }
              : p,
          )}
          onPreset={onPreset}
          onFlip={() => {
            setFlip({ pool: pool.address, inverted: !inverted })
            props.onPriceText({ lower: '', upper: '' })
            setPricesError(null)
          }}
          minText={minText}
          maxText={maxText}
          onMinText={(text) => typePrices({ lower: text, upper: maxText, inverted }, false)}
          onMaxText={(text) => typePrices({ lower: minText, upper: text, inverted }, false)}
          onStep={(bound, steps) => onChange(stepBound(range, bound, steps, spacing, inverted))}
          stepsDisabled={!validation.ok}
          chart={chart}
        >
          <div className="flex">
            <Button size="sm" variant="secondary" onClick={applyPrices} data-testid="range-apply-prices">
              Use these prices
            </Button>
          </div>
        </RangeSelector>
        {typedApplied && (
          <p data-testid="range-snapped">
            Typed {minText.trim()} – {maxText.trim()}, snapped to the tick spacing: {rangeText} {unit}. The
            review and the mint use these.
          </p>
        )}
        {recent.isError && !recent.isFetching && (
          <p className="text-red-700 dark:text-red-400" role="alert" data-testid="range-30d-error">
            The pool's last 30 days of swaps could not be read ({recent.error.message}). Press "30-day range"
            to try again.
          </p>
        )}
        {pricesError && (
          <p className="text-red-700 dark:text-red-400" role="alert" data-testid="range-price-error">
            {pricesError}
          </p>
        )}
        <div className="grid gap-2 sm:grid-cols-2">
          <Field
            label="Lower tick"
            inputMode="numeric"
            value={tickText?.lower ?? String(tickLower)}
            onChange={(e) => {
              setTickText({ lower: e.target.value, upper: tickText?.upper ?? String(tickUpper) })
              onChange({ tickLower: Number(e.target.value), tickUpper })
            }}
            data-testid="tick-lower"
          />
          <Field
            label="Upper tick"
            inputMode="numeric"
            value={tickText?.upper ?? String(tickUpper)}
            onChange={(e) => {
              setTickText({ lower: tickText?.lower ?? String(tickLower), upper: e.target.value })
              onChange({ tickLower, tickUpper: Number(e.target.value) })
            }}
            data-testid="tick-upper"
          />
        </div>
        {validation.ok ? (
          <p data-testid="range-summary">
            {rangeText} {unit} (ticks {tickLower} … {tickUpper}, spacing {spacing})
          </p>
        ) : (
          <p className="text-red-700 dark:text-red-400" role="alert" data-testid="range-error">
            {validation.message}
          </p>
        )}
        {validation.ok && rangePosition && rangePosition !== 'in' && (
          <p className="text-amber-800 dark:text-amber-300" data-testid="one-sided-note">
            The price is {rangePosition === 'below' ? 'below' : 'above'} this range: the deposit is one-sided,
            only {rangePosition === 'below' ? pool.token0.symbol : pool.token1.symbol}, and it earns no fees
            until the price enters the range.
          </p>
        )}
      </div>
    </Card>
  )
}
