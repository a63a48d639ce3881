import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { PositionView } from '../../../domain/positions/model.ts'
import { positionsFixture } from '../../../domain/positions/positionsFixture.ts'
import { POSITIONS_PAGE_SIZE, PositionList, type PositionListProps } from './PositionList.tsx'

/** `count` distinct positions cloned from the fixture's first one (ids must be unique keys). */
function manyPositions(count: number): PositionView[] {
  const template = positionsFixture.positions[0]
  if (!template) throw new Error('empty fixture')
  return Array.from({ length: count }, (_, index) => ({ ...template, id: `v3:scale-${index}` }))
}

function listProps(positions: readonly PositionView[], resetKey = 'a'): PositionListProps {
  return {
    positions,
    resetKey,
    quoteInverted: false,
    isHistoryLoading: false,
    historyError: null,
    blockTimestamp: positionsFixture.blockTimestamp,
    chainId: 31337,
  }
}

const renderedIds = () =>
  screen.getAllByTestId('position-card').map((card) => card.getAttribute('data-position-id'))

describe('PositionList', () => {
  it('renders one page, then the next on "Show more", and starts over when the filters change', async () => {
    const positions = manyPositions(120)
    const view = render(<PositionList {...listProps(positions)} />)
    expect(renderedIds()).toHaveLength(POSITIONS_PAGE_SIZE)
    expect(renderedIds()[0]).toBe('v3:scale-0')
    expect(screen.getByTestId('positions-show-more').textContent).toBe('Show 50 more (70 not shown yet)')

    await act(async () => fireEvent.click(screen.getByTestId('positions-show-more')))
    expect(renderedIds()).toHaveLength(100)
    await act(async () => fireEvent.click(screen.getByTestId('positions-show-more')))
    expect(renderedIds()).toHaveLength(120)
    expect(renderedIds().at(-1)).toBe('v3:scale-119')
    expect(screen.queryByTestId('positions-show-more')).toBeNull()

    view.rerender(<PositionList {...listProps(positions, 'b')} />)
    expect(renderedIds()).toHaveLength(POSITIONS_PAGE_SIZE)
  })

  it('shows every card and no button when the list fits one page', () => {
    render(<PositionList {...listProps(manyPositions(7))} />)
    expect(renderedIds()).toHaveLength(7)
    expect(screen.queryByTestId('positions-show-more')).toBeNull()
  })

  it('once every loaded card is shown, offers the older positions from the chain, and shows them when read', async () => {
    const loads: number[] = []
    const more = (notLoaded: number) => ({
      notLoaded,
      total: 2_000,
      pageSize: 50,
      isLoading: false,
      onLoadMore: () => loads.push(notLoaded),
    })
    const first = manyPositions(50)
    const view = render(<PositionList {...listProps(first)} moreOnChain={more(1_950)} />)
    expect(screen.queryByTestId('positions-show-more')).toBeNull()
    const button = screen.getByTestId('positions-load-more')
    expect(button.textContent).toBe('Load 50 older positions (1,950 of 2,000 not loaded yet)')
    await act(async () => fireEvent.click(button))
    expect(loads).toEqual([1_950])
    // The next page arrives: the list has grown by a page, so all 100 cards show at once.
    view.rerender(<PositionList {...listProps(manyPositions(100))} moreOnChain={more(1_900)} />)
    expect(renderedIds()).toHaveLength(100)
    expect(screen.getByTestId('positions-load-more').getAttribute('data-not-loaded')).toBe('1900')
  })
})
