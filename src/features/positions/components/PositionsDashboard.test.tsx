import { fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computePortfolioTotals } from '../../../domain/positions/computePortfolioTotals.ts'
import { positionsFixture } from '../../../domain/positions/positionsFixture.ts'
import { PositionsDashboard, type PositionsDashboardProps } from './PositionsDashboard.tsx'

function renderDashboard(overrides: Partial<PositionsDashboardProps> = {}) {
  const props: PositionsDashboardProps = {
    chainId: 31337,
    positions: positionsFixture.positions,
    totals: computePortfolioTotals(positionsFixture.positions),
    blockNumber: 800n,
    blockTimestamp: positionsFixture.blockTimestamp,
    isStale: false,
    isLoading: false,
    isHistoryLoading: false,
    error: null,
    historyError: null,
    retry: () => {},
    ...overrides,
  }
  return render(<PositionsDashboard {...props} />)
}

const card = (id: string) => {
  const element = document.querySelector(`[data-position-id="${id}"]`)
  if (!(element instanceof HTMLElement)) throw new Error(`no card ${id}`)
  return element
}

beforeEach(() => localStorage.clear())

describe('PositionsDashboard with a fixture snapshot', () => {
  it('renders the open positions (closed hidden), with exact wei on each figure', () => {
    renderDashboard()
    const ids = screen.getAllByTestId('position-card').map((el) => el.getAttribute('data-position-id'))
    expect(ids).toEqual([
      'v3:40',
      'v2:0x44c61fc055aae5b0d066589412514a5f49c77d13:farm',
      'v3:34',
      'v3:50',
      'v3:60',
    ])
    const staked = card('v3:40')
    expect(within(staked).getByTestId('amount0').dataset.wei).toBe('4204972892694728599')
    // 4.204972892694728599 WETH at four significant digits; every digit stays in data-exact.
    expect(within(staked).getByTestId('amount0').textContent).toContain('4.205')
    expect(within(staked).getByTestId('amount0').textContent).not.toContain('4.2049')
    expect(within(staked).getByTestId('amount0').dataset.exact).toBe('4.204972892694728599')
    expect(within(staked).getByTestId('fees1').dataset.wei).toBe('252608556')
    expect(within(staked).getByTestId('reward').dataset.wei).toBe('1184979303783472090945')
    expect(within(staked).getByTestId('position-location').textContent).toBe('V3 staker')
    expect(within(staked).getByTestId('range-status').textContent).toBe('In range')
    expect(within(staked).getByTestId('position-value').textContent).toBe('$49,182.56')
    expect(within(staked).getByTestId('versus-holding').textContent).toContain('−$475.67')
    expect(within(staked).getByTestId('realized-fee-apr').textContent).toBe('12.92%')
  })

  it('shows an unavailable position with its reason and nothing else', () => {
    renderDashboard()
    const broken = card('v3:60')
    expect(within(broken).getByTestId('unavailable-reason').textContent).toContain('reverted on balanceOf()')
    expect(within(broken).queryByTestId('amount0')).toBeNull()
    expect(within(broken).queryByTestId('position-value')).toBeNull()
  })

  it('says the totals are partial, listing the unavailable position and the unpriced token', () => {
    renderDashboard()
    const notice = screen.getByTestId('totals-partial')
    expect(notice.querySelector('summary')?.textContent).toContain(
      'Partial: 1 position unavailable, 1 token unpriced',
    )
    const gaps = within(notice)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(gaps).toEqual([
      'WETH/BROKEN V3 #60 (wallet): unavailable — token 0x4444…4444 reverted on balanceOf()',
      'NOPRICE has no USD price route: its amounts in 1 position are left out',
      'WETH/NOPRICE V3 #50 (wallet): left out of the net PnL — its net PnL has no price',
    ])
    expect(screen.getByTestId('total-value-partial').textContent).toBe('partial')
    expect(screen.getByTestId('total-fees').dataset.partial).toBe('true')
    expect(screen.getByTestId('positions-unavailable').textContent).toBe('1 unavailable')
    expect(within(card('v3:60')).getByTestId('unavailable-known').textContent).toContain('token id 60')
    expect(screen.getByTestId('composition-partial').textContent).toBe(
      'Partial: not charted — 1 unavailable, 1 without price (see the totals above).',
    )
  })

  it('says "no price" instead of $0, and counts the position in the totals', () => {
    renderDashboard()
    const unpriced = card('v3:50')
    expect(within(unpriced).getByTestId('position-value').textContent).toBe('no price')
    expect(within(unpriced).getByTestId('amount1').textContent).toContain('no price')
    expect(within(unpriced).getByTestId('versus-holding').textContent).toContain('unavailable')
    expect(screen.getByTestId('positions-without-price').textContent).toBe('1 without price')
    expect(screen.getByTestId('total-value').textContent).toBe('$160,635.49')
  })

  it('renders an HTML-like symbol as text only, truncated, full value in the title', () => {
    renderDashboard()
    const html = card('v3:34')
    expect(html.querySelector('img')).toBeNull()
    const symbol = within(html).getAllByTitle(/^<img src=x onerror=alert\(1\)>/)[0]
    expect(symbol?.textContent).toBe('<img src=x o…')
  })

  it('toggles the quote direction for every position and remembers it', () => {
    renderDashboard()
    const range = () => within(card('v3:40')).getByTestId('price-range')
    expect(range().textContent).toContain('2,359 – 3,203')
    expect(range().textContent).toContain('USDC per WETH')
    fireEvent.click(screen.getByTestId('quote-toggle'))
    expect(range().dataset.inverted).toBe('true')
    expect(range().textContent).toContain('WETH per USDC')
    expect(range().textContent).toContain('0.0₃3122 – 0.0₃4239')
    expect(localStorage.getItem('poolscope.positions.quoteInverted')).toBe('1')
  })

  it('filters closed, protocol and location', () => {
    renderDashboard()
    fireEvent.click(screen.getByTestId('filter-status-closed'))
    expect(screen.getAllByTestId('position-card').map((el) => el.dataset.positionId)).toEqual(['v3:42'])
    fireEvent.click(screen.getByTestId('filter-status-all'))
    fireEvent.change(screen.getByTestId('filter-location'), { target: { value: 'farm' } })
    expect(screen.getAllByTestId('position-card').map((el) => el.dataset.positionId)).toEqual([
      'v2:0x44c61fc055aae5b0d066589412514a5f49c77d13:farm',
    ])
  })

  it('shows the block, the stale mark, and the composition chart as bars', async () => {
    renderDashboard({ isStale: true })
    expect(screen.getByTestId('figures-block').textContent).toContain('Figures as of block 800')
    expect(screen.getByTestId('figures-block').textContent).toContain('stale')
    const chart = await screen.findByTestId('composition-chart', {}, { timeout: 5000 })
    expect(chart.querySelectorAll('[data-testid="composition-bar"]').length).toBe(3)
  })

  it('shows an error with Retry (no figures) and an empty state with next steps', () => {
    const retry = vi.fn()
    const { unmount } = renderDashboard({
      error: new Error('HTTP request failed'),
      totals: undefined,
      positions: [],
      retry,
    })
    fireEvent.click(screen.getByTestId('positions-retry'))
    expect(retry).toHaveBeenCalledTimes(1)
    expect(screen.queryByTestId('total-value')).toBeNull()
    unmount()
    renderDashboard({ positions: [], totals: computePortfolioTotals([]) })
    expect(screen.getByText('No liquidity positions for this account')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Add liquidity' }).getAttribute('href')).toBe('/add')
  })
})
