import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PnlWaterfall } from './PnlWaterfall.tsx'

const usd = (units: number) => `${units < 0 ? '−' : '+'}$${(Math.abs(units) / 100).toFixed(2)}`

describe('PnlWaterfall', () => {
  it('draws each bar between its running totals on one scale and keeps unavailable rows', () => {
    render(
      <PnlWaterfall
        testId="wf"
        formatUnits={usd}
        caption="At each event's own prices."
        steps={[
          { id: 'priceEffect', label: 'Price effect', units: 5000, fromUnits: 0, toUnits: 5000 },
          { id: 'divergenceLoss', label: 'Divergence loss', units: -15000, fromUnits: 5000, toUnits: -10000 },
          { id: 'gas', label: 'Gas', units: null, fromUnits: -10000, toUnits: -10000 },
          { id: 'total', label: 'Total PnL', units: -10000, fromUnits: 0, toUnits: -10000 },
        ]}
      />,
    )
    // The scale runs from −100 to +50 dollars (15,000 cents): 0 sits at 2/3.
    const bar = (id: string) => screen.getByTestId(`wf-${id}`).querySelector('span[style]') as HTMLElement
    const percent = (style: string) => Number.parseFloat(style)
    expect(percent(bar('priceEffect').style.left)).toBeCloseTo(66.667, 2)
    expect(percent(bar('priceEffect').style.width)).toBeCloseTo(33.333, 2)
    expect(bar('divergenceLoss').style.left).toBe('0%')
    expect(bar('divergenceLoss').style.width).toBe('100%')
    expect(screen.getByTestId('wf-gas').textContent).toContain('unavailable')
    expect(screen.getByTestId('wf-gas').querySelector('span[style]')).toBe(null)
    expect(screen.getByTestId('wf-total').textContent).toContain('−$100.00')
    expect(screen.getByTestId('wf-total').getAttribute('data-units')).toBe('-10000')
    expect(screen.getByText("At each event's own prices.")).toBeTruthy()
  })
})
