import { useState } from 'react'
import type { RangePosition } from '../../../domain/actions/deriveV3Deposit.ts'
import type { TypedRangePrices } from '../../../domain/actions/typedRangeStatus.ts'
import { fullRange, rangeFromPercent, validateRange } from '../../../domain/actions/validateRange.ts'
import { validateRangePrices } from '../../../domain/actions/validateRangePrices.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { isFullRangeAtSpacing } from '../../../domain/positions/isFullRange.ts'
import type { PoolState } from '../../../domain/projection/types.ts'
import { tickToPrice } from '../../../math/index.ts'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatPrice, formatPriceRange } from '../../../ui/format/formatPrice.ts'
import { RangeHistogram } from './RangeHistogram.tsx'

const PRESETS = [
  { label: '±5 %', percent: 5 },
  { label: '±10 %', percent: 10 },
  { label: '±50 %', percent: 50 },
] as const

/** Step 3 (V3): range by preset, by % or by price; always snapped to the tick spacing. */
export function RangeStep(props: {
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
  const lowerPriceText = priceText.lower
  const upperPriceText = priceText.upper
  // A preset or a tick edit replaces the typed prices: clear them so the boxes never show another range.
  const onChange = (range: { tickLower: number; tickUpper: number }) => {
    props.onPriceText({ lower: '', upper: '' })
    setPricesError(null)
    props.onChange(range)
  }
  const [tickText, setTickText] = useState<{ lower: string; upper: string } | null>(null)
  const [pricesError, setPricesError] = useState<string | null>(null)
  const price = (tick: number) => tickToPrice(tick, pool.token0.decimals, pool.token1.decimals)
  const validation = validateRange(tickLower, tickUpper, pool.tickSpacing)
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
  /** Typed prices apply as typed (snapped to ticks) as soon as both are valid. */
  const typePrices = (text: TypedRangePrices, showError: boolean) => {
    props.onPriceText(text)
    const checked = validateRangePrices(text.lower, text.upper, {
      decimals0: pool.token0.decimals,
      decimals1: pool.token1.decimals,
      tickSpacing: pool.tickSpacing,
    })
    const bothTyped = text.lower.trim() !== '' && text.upper.trim() !== ''
    setPricesError(checked.ok || (!showError && !bothTyped) ? null : checked.message)
    if (checked.ok) {
      setTickText(null)
      props.onChange({ tickLower: checked.tickLower, tickUpper: checked.tickUpper })
    }
  }
  const applyPrices = () => typePrices(priceText, true)
  const typedApplied =
    lowerPriceText.trim() !== '' && upperPriceText.trim() !== '' && pricesError === null && validation.ok
  return (
    <Card title="2. Price range">
      <div className="flex flex-col gap-3 text-sm">
        {currentTick !== undefined ? (
          <p data-testid="current-price">
            Current price: {formatPrice(price(currentTick))} {pool.token1.symbol} per {pool.token0.symbol}{' '}
            (tick {currentTick})
          </p>
        ) : (
          // Never a blank: while the pool read is pending or retrying (or a new pool has no price yet) it says so.
          <p data-testid="current-price-unavailable" className="text-slate-500 dark:text-slate-400">
            Current price: unavailable
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          {PRESETS.map((preset) => (
            <Button
              key={preset.label}
              size="sm"
              variant="secondary"
              disabled={currentTick === undefined}
              data-testid={`range-preset-${preset.percent}`}
              onClick={() =>
                currentTick !== undefined &&
                onChange(rangeFromPercent(currentTick, pool.tickSpacing, preset.percent, preset.percent))
              }
            >
              {preset.label}
            </Button>
          ))}
          <Button
            size="sm"
            variant="secondary"
            data-testid="range-preset-full"
            onClick={() => onChange(fullRange(pool.tickSpacing))}
          >
            Full range
          </Button>
        </div>
        <div className="grid gap-2 sm:grid-cols-3">
          <Field
            label="Min price"
            inputMode="decimal"
            value={lowerPriceText}
            onChange={(e) => typePrices({ lower: e.target.value, upper: upperPriceText }, false)}
            data-testid="range-min-price"
          />
          <Field
            label="Max price"
            inputMode="decimal"
            value={upperPriceText}
            onChange={(e) => typePrices({ lower: lowerPriceText, upper: e.target.value }, false)}
            data-testid="range-max-price"
          />
          <div className="flex items-end">
            <Button size="sm" variant="secondary" onClick={applyPrices} data-testid="range-apply-prices">
              Use these prices
            </Button>
          </div>
        </div>
        {typedApplied && (
          <p data-testid="range-snapped">
            Typed {lowerPriceText.trim()} – {upperPriceText.trim()}, snapped to the tick spacing:{' '}
            {isFullRangeAtSpacing(tickLower, tickUpper, pool.tickSpacing)
              ? formatPriceRange(0, Number.POSITIVE_INFINITY)
              : formatPriceRange(price(tickLower), price(tickUpper))}{' '}
            {pool.token1.symbol} per {pool.token0.symbol}. The review and the mint use these.
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
            {isFullRangeAtSpacing(tickLower, tickUpper, pool.tickSpacing)
              ? formatPriceRange(0, Number.POSITIVE_INFINITY)
              : formatPriceRange(price(tickLower), price(tickUpper))}{' '}
            {pool.token1.symbol} per {pool.token0.symbol} (ticks {tickLower} … {tickUpper}, spacing{' '}
            {pool.tickSpacing})
          </p>
        ) : (
          <p className="text-red-700 dark:text-red-400" role="alert" data-testid="range-error">
            {validation.message}
          </p>
        )}
        {validation.ok && props.snapshot?.kind === 'v3' && (
          <RangeHistogram snapshot={props.snapshot} tickLower={tickLower} tickUpper={tickUpper} />
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
