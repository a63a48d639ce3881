import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ilCurve } from '../../../domain/positions/ilCurve.ts'
import { positionsFixture, USDC, WETH } from '../../../domain/positions/positionsFixture.ts'
import { valueVersusHoldSeries } from '../../../domain/positions/valueVersusHoldSeries.ts'
import { encodeSqrtRatioX96 } from '../../../math/index.ts'
import CompositionChart from './CompositionChart.tsx'
import { IlCurveChart } from './IlCurveChart.tsx'
import { ValueVersusHoldChart } from './ValueVersusHoldChart.tsx'

/** The `d` of every drawn line: non-empty data draws a path with many segments. */
const linePaths = (container: HTMLElement) =>
  [...container.querySelectorAll('path.recharts-curve.recharts-line-curve')].map(
    (p) => p.getAttribute('d') ?? '',
  )

describe('position charts (SVG)', () => {
  it('IL curve: one line through 121 points and the today marker', () => {
    const { curve, today } = ilCurve({
      priceEntry: 2750,
      priceNow: 2965.5,
      range: { lower: 2359.05, upper: 3203.5 },
    })
    const { container } = render(
      <IlCurveChart
        curve={curve}
        today={today}
        range={{ lower: 2359.05, upper: 3203.5 }}
        priceUnit="USDC per WETH"
        width={600}
      />,
    )
    const [path] = linePaths(container)
    expect(path?.match(/[LC]/g)?.length).toBeGreaterThan(50)
    expect(container.querySelector('.recharts-reference-dot')).not.toBeNull()
    expect(container.textContent).toContain('Price (USDC per WETH)')
  })

  it('value versus HODL: two lines over the replayed history', () => {
    const series = valueVersusHoldSeries({
      ticks: null,
      events: [
        {
          kind: 'deposit',
          blockNumber: 10n,
          timestamp: 1000,
          transactionHash: '0x01',
          amount0Wei: 10n ** 18n,
          amount1Wei: 3000n * 10n ** 6n,
        },
      ],
      prices: [5n, 10n, 20n, 30n].map((blockNumber, i) => ({
        blockNumber,
        sqrtPriceX96: encodeSqrtRatioX96(3000n * 10n ** 6n + BigInt(i) * 10n ** 8n, 10n ** 18n),
      })),
      token0: WETH,
      token1: USDC,
      inverted: false,
      anchors: [
        { blockNumber: 10n, timestamp: 1000 },
        { blockNumber: 30n, timestamp: 3000 },
      ],
    })
    expect(series.length).toBe(4)
    const { container } = render(<ValueVersusHoldChart series={series} unit="USDC" width={600} />)
    const paths = linePaths(container)
    expect(paths).toHaveLength(2)
    for (const d of paths) expect(d.length).toBeGreaterThan(20)
    expect(container.textContent).toContain('Value (USDC)')
  })

  it('composition: one bar per priced pool, largest first and full length, with its value and share', () => {
    const { container } = render(<CompositionChart positions={positionsFixture.positions} />)
    const bars = [...container.querySelectorAll<HTMLElement>('[data-testid="composition-bar"]')]
    expect(bars).toHaveLength(3)
    expect(container.textContent).toContain('WETH/USDC V2')
    const values = bars.map((bar) => Number(bar.dataset.usd))
    expect(values).toEqual([...values].sort((a, b) => b - a))
    const widths = bars.map((bar) => (bar.querySelector('[aria-hidden] > div') as HTMLElement).style.width)
    expect(widths[0]).toBe('100%')
    expect(Number.parseFloat(widths[1] ?? '')).toBeCloseTo(((values[1] ?? 0) / (values[0] ?? 1)) * 100, 6)
  })
})
