import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EarningsPanel } from './EarningsPanel.tsx'

const points = [
  { timestamp: 1000, cumulative: 0, kind: 'start' as const, added: 0 },
  { timestamp: 2000, cumulative: 1.5, kind: 'earned' as const, added: 1.5 },
  { timestamp: 3000, cumulative: 2, kind: 'now' as const, added: 0.5 },
]
const usd = (value: number) => `$${value.toFixed(2)}`

describe('EarningsPanel', () => {
  it('shows the total to date and says why it is partial', () => {
    render(
      <EarningsPanel
        series={{ points, total: 2, partial: true, unpricedLegs: 2, nowUnknown: true }}
        unit="USD"
        formatValue={usd}
        testId="e"
        title="Earnings"
        partialReason="1 address unread"
      />,
    )
    expect(screen.getByTestId('e-total').textContent).toBe('$2.00')
    expect(screen.getByTestId('e').getAttribute('data-now-added')).toBe('0.5')
    expect(screen.getByTestId('e-partial').textContent).toBe(
      '(partial: 2 amounts had no price at their blocks; the fees or rewards owed now are not known; 1 address unread, left out)',
    )
  })

  it('a complete total says nothing of partial', () => {
    render(
      <EarningsPanel
        series={{ points, total: 2, partial: false, unpricedLegs: 0, nowUnknown: false }}
        unit="USD"
        formatValue={usd}
        testId="f"
        title="Earnings"
      />,
    )
    expect(screen.getByTestId('f').getAttribute('data-partial')).toBe('false')
    expect(screen.queryByTestId('f-partial')).toBe(null)
  })
})
