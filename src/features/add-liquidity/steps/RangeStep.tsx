import { useState } from 'react'
import { tickToPrice } from '../../../math/index.ts'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatPrice } from '../../positions/format/formatPrice.ts'
import type { PoolSnapshot } from '../../simulator/projection/types.ts'
import type { PoolChoice } from '../data/poolChoices.ts'
import type { RangePosition } from '../derive/deriveV3Deposit.ts'
import { fullRange, rangeFromPercent, validateRange } from '../derive/validateRange.ts'
import { validateRangePrices } from '../derive/validateRangePrices.ts'
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
  /** For the liquidity histogram; undefined while it loads. */
  snapshot: PoolSnapshot | undefined
}) {
  const { pool, currentTick, tickLower, tickUpper, onChange } = props
  const [lowerPriceText, setLowerPriceText] = useState('')
  const [upperPriceText, setUpperPriceText] = useState('')
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
  const applyPrices = () => {
    const checked = validateRangePrices(lowerPriceText, upperPriceText, {
      decimals0: pool.token0.decimals,
      decimals1: pool.token1.decimals,
      tickSpacing: pool.tickSpacing,
    })
    setPricesError(checked.ok ? null : checked.message)
    if (checked.ok) onChange({ tickLower: checked.tickLower, tickUpper: checked.tickUpper })
  }
  return (
    <Card title="2. Price range">
      <div className="flex flex-col gap-3 text-sm">
        {currentTick !== undefined && (
          <p data-testid="current-price">
            Current price: {formatPrice(price(currentTick))} {pool.token1.symbol} per {pool.token0.symbol}{' '}
            (tick {currentTick})
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
            onChange={(e) => setLowerPriceText(e.target.value)}
            data-testid="range-min-price"
          />
          <Field
            label="Max price"
            inputMode="decimal"
            value={upperPriceText}
            onChange={(e) => setUpperPriceText(e.target.value)}
            data-testid="range-max-price"
          />
          <div className="flex items-end">
            <Button size="sm" variant="secondary" onClick={applyPrices} data-testid="range-apply-prices">
              Use these prices
            </Button>
          </div>
        </div>
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
            {formatPrice(price(tickLower))} – {formatPrice(price(tickUpper))} {pool.token1.symbol} per{' '}
            {pool.token0.symbol} (ticks {tickLower} … {tickUpper}, spacing {pool.tickSpacing})
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
