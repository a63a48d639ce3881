import { useDeferredValue, useState } from 'react'
import {
  DEFAULT_POSITION_FILTERS,
  filterPositions,
  type PositionFilters,
} from '../../../domain/positions/filterPositions.ts'
import type { PortfolioTotals, PositionView } from '../../../domain/positions/model.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { EmptyState } from '../../../ui/EmptyState.tsx'
import { formatCount } from '../../../ui/format/formatCount.ts'
import { Skeleton } from '../../../ui/Skeleton.tsx'
import { ButtonLink } from '../../layout/ButtonLink.tsx'
import CompositionChart from '../charts/CompositionChart.tsx'
import { useQuoteDirection } from '../useQuoteDirection.ts'
import { PortfolioSummary } from './PortfolioSummary.tsx'
import { PositionFiltersBar } from './PositionFiltersBar.tsx'
import { LoadMorePositions, type MoreOnChain, PositionList } from './PositionList.tsx'

// Recharts stays out of the page chunk until the composition chart renders, which it does once scrolled near.

export interface PositionsDashboardProps {
  chainId: number
  positions: readonly PositionView[]
  totals: PortfolioTotals | undefined
  blockNumber: bigint | undefined
  blockTimestamp: number | undefined
  isStale: boolean
  isLoading: boolean
  isHistoryLoading: boolean
  error: Error | null
  historyError: Error | null
  /** Staked positions' rewards are loading (the staker's incentives are being found). */
  isRewardsLoading?: boolean
  rewardsError?: Error | null
  /** Older positions not read from the chain yet (the list is a page of the newest); absent = all read. */
  moreOnChain?: MoreOnChain | undefined
  retry: () => void
}

/** Everything below the account line: totals, composition, filters and one card per position. */
export function PositionsDashboard(props: PositionsDashboardProps) {
  const { positions, totals, blockNumber, isLoading, error, retry } = props
  const [filters, setFilters] = useState<PositionFilters>(DEFAULT_POSITION_FILTERS)
  const [quoteInverted, toggleQuote] = useQuoteDirection()
  // The list renders from deferred values: with hundreds of positions a filter change, quote flip or
  // block refresh re-renders it in the background (time-sliced) instead of one long task.
  const listPositions = useDeferredValue(positions)
  const listFilters = useDeferredValue(filters)
  const listQuoteInverted = useDeferredValue(quoteInverted)

  if (error && !totals)
    return (
      <Banner
        tone="error"
        title="Positions could not be read"
        data-testid="positions-error"
        actions={
          <Button size="sm" variant="secondary" onClick={retry} data-testid="positions-retry">
            Retry
          </Button>
        }
      >
        {error.message.split('\n')[0]} — figures are unavailable until the chain answers.
      </Banner>
    )
  if (isLoading || !totals) return <DashboardSkeleton />
  if (positions.length === 0)
    return (
      <EmptyState
        title="No liquidity positions for this account"
        description={
          <>
            <p>
              Poolscope looked for V3 position NFTs (in the wallet and the V3 staker), V2 LP tokens of tracked
              pairs and LP staked in farms, as of block {blockNumber?.toString()}.
            </p>
            <p className="mt-2">
              To start: pick a pool with real volume and a fee tier that fits the pair, then add both tokens
              as liquidity. A larger deposit is a larger share of the pool and of its fees.
            </p>
          </>
        }
        actions={
          <>
            <ButtonLink href="/pools" variant="primary">
              Browse pools
            </ButtonLink>
            <ButtonLink href="/add">Add liquidity</ButtonLink>
          </>
        }
      />
    )

  const shown = filterPositions(positions, filters)
  const listShown =
    listPositions === positions && listFilters === filters
      ? shown
      : filterPositions(listPositions, listFilters)
  return (
    <div className="flex flex-col gap-4">
      {error && (
        <Banner
          tone="warning"
          title="Refreshing failed"
          actions={
            <Button size="sm" variant="secondary" onClick={retry}>
              Retry
            </Button>
          }
        >
          Showing figures from block {blockNumber?.toString()}. {error.message.split('\n')[0]}
        </Banner>
      )}
      <PortfolioSummary
        totals={totals}
        positionCount={positions.length}
        blockNumber={blockNumber}
        isStale={props.isStale}
        isHistoryLoading={props.isHistoryLoading}
      />
      <Card title="Composition by pool">
        <CompositionChart positions={positions} />
        {(totals.gaps.unavailable.length > 0 || totals.positionsWithoutPrice > 0) && (
          <p className="mt-2 text-xs text-amber-800 dark:text-amber-200" data-testid="composition-partial">
            Partial: not charted —{' '}
            {[
              totals.gaps.unavailable.length > 0 && `${totals.gaps.unavailable.length} unavailable`,
              totals.positionsWithoutPrice > 0 && `${totals.positionsWithoutPrice} without price`,
            ]
              .filter(Boolean)
              .join(', ')}{' '}
            (see the totals above).
          </p>
        )}
      </Card>
      <section aria-labelledby="positions-list-heading" className="flex flex-col gap-3">
        <h2 id="positions-list-heading" className="text-lg font-semibold">
          Positions{' '}
          <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
            ({shown.length} of {positions.length} shown
            {props.moreOnChain && props.moreOnChain.notLoaded > 0 && (
              <span data-testid="positions-total-count" data-total={props.moreOnChain.total}>
                {' '}
                · {formatCount(positions.length)} of {formatCount(props.moreOnChain.total)} loaded, newest
                first
              </span>
            )}
            )
          </span>
        </h2>
        <PositionFiltersBar
          filters={filters}
          onChange={setFilters}
          quoteInverted={quoteInverted}
          onToggleQuote={toggleQuote}
        />
        {props.historyError && (
          <Banner tone="warning" title="Position history unavailable">
            Versus-holding figures need the position events: {props.historyError.message.split('\n')[0]}
          </Banner>
        )}
        {shown.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500 dark:border-slate-600 dark:text-slate-400">
            No position matches these filters.
            {props.moreOnChain && props.moreOnChain.notLoaded > 0 && ' Older positions are not loaded yet.'}
          </p>
        ) : (
          <PositionList
            positions={listShown}
            resetKey={JSON.stringify(listFilters)}
            quoteInverted={listQuoteInverted}
            isHistoryLoading={props.isHistoryLoading}
            historyError={props.historyError}
            blockTimestamp={props.blockTimestamp ?? 0}
            chainId={props.chainId}
            isRewardsLoading={props.isRewardsLoading ?? false}
            rewardsError={props.rewardsError ?? null}
            moreOnChain={props.moreOnChain}
          />
        )}
        {shown.length === 0 && props.moreOnChain && <LoadMorePositions more={props.moreOnChain} />}
      </section>
    </div>
  )
}

function DashboardSkeleton() {
  return (
    <div
      className="flex flex-col gap-4"
      role="status"
      aria-label="Loading positions"
      data-testid="positions-loading"
    >
      <Skeleton className="h-28 w-full" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-48 w-full" />
      <Skeleton className="h-48 w-full" />
    </div>
  )
}
