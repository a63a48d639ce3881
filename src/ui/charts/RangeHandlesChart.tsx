import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react'
import { cx } from '../cx.ts'
import { FOCUS_RING } from '../focusRing.ts'
import { CHART_THEME } from './ChartFrame.tsx'

/** One histogram bar on the tick axis (equal-width bars from the domain's liquidity histogram). */
export type TickBar = {
  fromTick: number
  toTick: number
  /** Liquidity over the liquidity active at the current price; null when none is active now. */
  share: number | null
}

export type RangeHandle = {
  /** 'min' = the lower displayed price (after any flip), 'max' the upper. */
  bound: 'min' | 'max'
  tick: number
  /** The handle's displayed price as text (aria-valuetext, with the unit). */
  priceText: string
}

const HEIGHT = 180
const PAGE_STEPS = 10

/**
 * The liquidity histogram with the range shaded between two handles that set the min and max price.
 * The x axis is linear in ticks (log price) over [fromTick, toTick], mirrored when the price is shown
 * flipped. Handles: pointer drag (mouse, touch, pen) commits where it is released; Arrow keys move one
 * tick spacing, PageUp/PageDown ten (the parent snaps and clamps).
 */
export function RangeHandlesChart(props: {
  testId: string
  fromTick: number
  toTick: number
  inverted: boolean
  bars: readonly TickBar[]
  currentTick: number | undefined
  handles: readonly [RangeHandle, RangeHandle]
  /** Axis labels: the displayed price at the left edge, the current price and the right edge. */
  axisLabels: { left: string; right: string; current?: string | undefined }
  priceUnit: string
  /** The usable tick limits of the pool's spacing (the sliders' aria-valuemin/max, in displayed ticks). */
  limits: { minTick: number; maxTick: number }
  onStep: (bound: 'min' | 'max', steps: number) => void
  onDrop: (bound: 'min' | 'max', tick: number) => void
}) {
  const { fromTick, toTick, inverted, bars, handles } = props
  const track = useRef<HTMLDivElement>(null)
  const [drag, setDrag] = useState<{ bound: 'min' | 'max'; tick: number } | null>(null)
  const span = Math.max(1, toTick - fromTick)
  /** Position of a tick across the track, 0…1 (clamped), left = lowest displayed price. */
  const at = (tick: number) => {
    const fraction = (tick - fromTick) / span
    return Math.min(1, Math.max(0, inverted ? 1 - fraction : fraction))
  }
  const tickAtClientX = (clientX: number) => {
    const box = track.current?.getBoundingClientRect()
    if (!box || box.width === 0) return undefined
    const fraction = Math.min(1, Math.max(0, (clientX - box.left) / box.width))
    return fromTick + (inverted ? 1 - fraction : fraction) * span
  }
  const tickOf = (handle: RangeHandle) => (drag?.bound === handle.bound ? drag.tick : handle.tick)
  const [a, b] = handles.map((handle) => at(tickOf(handle))) as [number, number]
  const shadeFrom = Math.min(a, b)
  const shadeTo = Math.max(a, b)
  const maxShare = Math.max(1, ...bars.map((bar) => bar.share ?? 0))
  const onKeyDown = (bound: 'min' | 'max') => (event: KeyboardEvent) => {
    const steps =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : event.key === 'PageUp'
            ? PAGE_STEPS
            : event.key === 'PageDown'
              ? -PAGE_STEPS
              : 0
    if (steps === 0) return
    event.preventDefault()
    props.onStep(bound, steps)
  }
  const onPointerDown = (bound: 'min' | 'max') => (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault()
    event.currentTarget.setPointerCapture?.(event.pointerId)
    event.currentTarget.focus()
    const tick = tickAtClientX(event.clientX)
    if (tick !== undefined) setDrag({ bound, tick })
  }
  const onPointerMove = (bound: 'min' | 'max') => (event: PointerEvent<HTMLDivElement>) => {
    if (drag?.bound !== bound) return
    const tick = tickAtClientX(event.clientX)
    if (tick !== undefined) setDrag({ bound, tick })
  }
  const onPointerUp = (bound: 'min' | 'max') => (event: PointerEvent<HTMLDivElement>) => {
    if (drag?.bound !== bound) return
    const tick = tickAtClientX(event.clientX) ?? drag.tick
    setDrag(null)
    props.onDrop(bound, tick)
  }
  return (
    <figure className={cx(CHART_THEME, 'min-w-0')} data-testid={props.testId}>
      <figcaption className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
        Liquidity by price, with your range
      </figcaption>
      <div
        ref={track}
        className="relative mx-3 touch-none select-none"
        style={{ height: HEIGHT }}
        data-testid={`${props.testId}-track`}
        data-from-tick={fromTick}
        data-to-tick={toTick}
        data-inverted={inverted}
      >
        <svg
          className="absolute inset-0 h-full w-full overflow-visible"
          viewBox={`0 0 1000 ${HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <rect
            x={shadeFrom * 1000}
            y={0}
            width={Math.max(0, (shadeTo - shadeFrom) * 1000)}
            height={HEIGHT}
            fill="var(--sim-area)"
            fillOpacity={0.6}
          />
          {bars.map((bar) => {
            const x1 = at(bar.fromTick) * 1000
            const x2 = at(bar.toTick) * 1000
            const height = ((bar.share ?? 0) / maxShare) * (HEIGHT - 8)
            const left = Math.min(x1, x2)
            const width = Math.abs(x2 - x1)
            return (
              <path
                key={bar.fromTick}
                d={`M${left} ${HEIGHT}h${width}v${-height}h${-width}z`}
                fill="var(--sim-bar)"
              />
            )
          })}
          {props.currentTick !== undefined && (
            <line
              x1={at(props.currentTick) * 1000}
              x2={at(props.currentTick) * 1000}
              y1={0}
              y2={HEIGHT}
              stroke="var(--sim-mark)"
              strokeDasharray="4 4"
              vectorEffect="non-scaling-stroke"
            />
          )}
        </svg>
        {handles.map((handle) => {
          const position = at(tickOf(handle))
          return (
            <div
              key={handle.bound}
              role="slider"
              tabIndex={0}
              aria-label={handle.bound === 'min' ? 'Min price handle' : 'Max price handle'}
              aria-orientation="horizontal"
              // Values in displayed ticks (integers, rising with the displayed price); the price is the valuetext.
              aria-valuemin={inverted ? -props.limits.maxTick : props.limits.minTick}
              aria-valuemax={inverted ? -props.limits.minTick : props.limits.maxTick}
              aria-valuenow={inverted ? -handle.tick || 0 : handle.tick}
              aria-valuetext={`${handle.priceText} ${props.priceUnit}`}
              data-testid={`${props.testId}-handle-${handle.bound}`}
              data-tick={handle.tick}
              onKeyDown={onKeyDown(handle.bound)}
              onPointerDown={onPointerDown(handle.bound)}
              onPointerMove={onPointerMove(handle.bound)}
              onPointerUp={onPointerUp(handle.bound)}
              onPointerCancel={() => setDrag(null)}
              className={cx(
                'absolute top-0 flex h-full w-7 -translate-x-1/2 cursor-ew-resize justify-center rounded-sm',
                FOCUS_RING,
              )}
              style={{ left: `${position * 100}%` }}
            >
              <span className="h-full w-0.5 bg-teal-700 dark:bg-teal-400" />
              <span className="absolute top-1/2 h-8 w-3.5 -translate-y-1/2 rounded-sm border-2 border-teal-700 bg-white dark:border-teal-400 dark:bg-slate-900" />
            </div>
          )
        })}
      </div>
      <div className="mx-3 mt-1 flex justify-between gap-2 text-xs text-slate-600 tabular-nums dark:text-slate-400">
        <span>{props.axisLabels.left}</span>
        {props.axisLabels.current && <span>now {props.axisLabels.current}</span>}
        <span>{props.axisLabels.right}</span>
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Price ({props.priceUnit}), log scale. Bars: liquidity at each price as a share of the liquidity active
        now, from the pool's initialized ticks. Shaded: your range. Dashed: current price. Drag a handle, or
        focus it and use the arrow keys (one tick spacing) or Page Up/Down (ten).
      </p>
    </figure>
  )
}
