import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { PortfolioGaps } from '../../../domain/positions/model.ts'
import { describeGaps, PartialTotalsNotice } from './PartialTotalsNotice.tsx'

const noGaps: PortfolioGaps = { unavailable: [], unpricedTokens: [], feesNotSplit: [], pnlMissing: [] }

describe('PartialTotalsNotice', () => {
  it('says the totals are of the loaded positions only, with both counts', () => {
    const gaps: PortfolioGaps = { ...noGaps, notLoaded: { notLoaded: 1_950, loaded: 50, total: 2_000 } }
    expect(describeGaps(gaps)).toBe('totals of 50 of 2,000 positions (1,950 not loaded yet)')
    render(<PartialTotalsNotice gaps={gaps} withPnl={false} />)
    const notice = screen.getByTestId('totals-partial')
    expect(notice.getAttribute('data-not-loaded')).toBe('1950')
    expect(notice.querySelector('summary')?.textContent).toContain(
      'Partial: totals of 50 of 2,000 positions (1,950 not loaded yet).',
    )
    expect(screen.getByTestId('totals-not-loaded').textContent).toContain('1,950 older positions')
  })

  it('says nothing when every position is loaded and nothing else is missing', () => {
    expect(describeGaps({ ...noGaps, notLoaded: { notLoaded: 0, loaded: 3, total: 3 } })).toBe('')
    const { container } = render(<PartialTotalsNotice gaps={noGaps} withPnl={false} />)
    expect(container.textContent).toBe('')
  })
})
