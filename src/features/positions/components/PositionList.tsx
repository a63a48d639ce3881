import { memo, startTransition, useEffect, useRef, useState } from 'react'
import type { PositionView } from '../../../domain/positions/model.ts'
import { Button } from '../../../ui/Button.tsx'
import { formatCount } from '../../../ui/format/formatCount.ts'
import { PositionCard, type PositionCardProps } from './PositionCard.tsx'

/**
 * Cards rendered per page. 500 cards at once is ~1 s of main-thread work on every filter change or
 * block refresh (measured: bench/scale.ts); a page of 50 stays well under the 200 ms budget.
 */
export const POSITIONS_PAGE_SIZE = 50

/**
 * Cards of the first render after the positions arrive; the rest of the first page follows at once as
 * a transition (time-sliced, so it never holds the main thread in one long task). A phone shows two or
 * three cards, so the first paint needs no more.
 */
export const FIRST_RENDER_CARDS = 6

/**
 * From this many cards on, off-screen cards skip layout and paint. A short list gains nothing from
 * it, and skipped cards cannot be checked (axe, so Lighthouse, sees their targets as obscured).
 */
export const SKIP_OFFSCREEN_FROM = 20

// A card re-renders only when its own position or a shared display prop changes.
const MemoPositionCard = memo(PositionCard)

export interface PositionListProps extends Omit<PositionCardProps, 'position'> {
  /** The positions that pass the filters, in display order. */
  positions: readonly PositionView[]
  /** Changes whenever the filters change: the list then starts again at its first page. */
  resetKey: string
  /** Older positions not read from the chain yet: offered once every loaded card is shown. */
  moreOnChain?: MoreOnChain | undefined
}

/** Positions of the account not read from the chain yet, and how to read the next page of them. */
export interface MoreOnChain {
  /** Positions not loaded yet. */
  notLoaded: number
  /** Positions the account has in all. */
  total: number
  /** How many the next load reads (at most). */
  pageSize: number
  onLoadMore: () => void
  isLoading: boolean
}

/** "Load 50 older positions (1,950 not loaded yet)": reads the next page from the chain on demand. */
export function LoadMorePositions({ more }: { more: MoreOnChain }) {
  if (more.notLoaded <= 0) return null
  const count = formatCount
  return (
    <div className="flex justify-center">
      <Button
        variant="secondary"
        size="sm"
        onClick={more.onLoadMore}
        disabled={more.isLoading}
        data-testid="positions-load-more"
        data-not-loaded={more.notLoaded}
        data-total={more.total}
      >
        {more.isLoading
          ? 'Loading older positions…'
          : `Load ${count(Math.min(more.notLoaded, more.pageSize))} older positions (${count(more.notLoaded)} of ${count(more.total)} not loaded yet)`}
      </Button>
    </div>
  )
}

/**
 * The position cards, one page at a time: the next page is appended when the end of the list
 * scrolls into view (or on "Show more"), as a transition so rendering it never blocks input.
 */
export function PositionList({ positions, resetKey, moreOnChain, ...cardProps }: PositionListProps) {
  const [page, setPage] = useState({ resetKey, count: FIRST_RENDER_CARDS })
  // Derived reset (no effect): a new filter set shows its first page in the same render.
  const count = page.resetKey === resetKey ? page.count : POSITIONS_PAGE_SIZE
  // The first render holds a few cards; the rest of the first page renders right after, as a transition.
  useEffect(() => {
    if (page.count < POSITIONS_PAGE_SIZE && page.resetKey === resetKey)
      startTransition(() => setPage({ resetKey, count: POSITIONS_PAGE_SIZE }))
  }, [page, resetKey])
  const shown = positions.slice(0, count)
  // While the first page is still growing, nothing is offered below it (it is coming).
  const remaining = count < POSITIONS_PAGE_SIZE ? 0 : positions.length - shown.length
  const sentinel = useRef<HTMLDivElement>(null)

  const showMore = () => startTransition(() => setPage({ resetKey, count: count + POSITIONS_PAGE_SIZE }))

  const showMoreRef = useRef(showMore)
  showMoreRef.current = showMore
  useEffect(() => {
    const target = sentinel.current
    if (!target || remaining <= 0 || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) showMoreRef.current()
      },
      { rootMargin: '600px 0px' },
    )
    observer.observe(target)
    return () => observer.disconnect()
  }, [remaining])

  return (
    <>
      {/* Keyed by the filters: a filter change drops the old list in one DOM removal, not card by card. */}
      <ul key={resetKey} className="flex flex-col gap-3" data-testid="position-list">
        {shown.map((position) => (
          <MemoPositionCard
            key={position.id}
            position={position}
            skipOffscreen={shown.length >= SKIP_OFFSCREEN_FROM}
            {...cardProps}
          />
        ))}
      </ul>
      {remaining > 0 && (
        <div ref={sentinel} className="flex justify-center">
          <Button
            variant="secondary"
            size="sm"
            onClick={showMore}
            data-testid="positions-show-more"
            data-remaining={remaining}
          >
            Show {Math.min(remaining, POSITIONS_PAGE_SIZE)} more ({remaining} not shown yet)
          </Button>
        </div>
      )}
      {remaining <= 0 && count >= POSITIONS_PAGE_SIZE && moreOnChain && (
        <LoadMorePositions
          // The list grows by the same page, so the older positions show as soon as they are read.
          more={{
            ...moreOnChain,
            onLoadMore: () => {
              showMore()
              moreOnChain.onLoadMore()
            },
          }}
        />
      )}
    </>
  )
}
