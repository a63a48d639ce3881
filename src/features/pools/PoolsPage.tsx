import { useQueryState } from 'nuqs'
import { lazy, Suspense } from 'react'
import { Redirect, useParams } from 'wouter'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { formatChainDate } from '../../ui/format/formatChainDate.ts'
import { describeSwapWindow, swapWindowKind } from '../../ui/format/formatSwapWindow.ts'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { PAGE_HEADINGS } from '../layout/pageHeadings.ts'
import { usePoolsList } from './data/usePoolsList.ts'
import { PoolsTable } from './table/PoolsTable.tsx'

// One pool's detail (with its charts, and Recharts) is its own chunk: the list does not load it.
const PoolDetail = lazy(async () => ({ default: (await import('./detail/PoolDetail.tsx')).PoolDetail }))

/**
 * Pools of the selected chain (`/pools`), or one pool's detail (`/pools/0x…`). The older
 * `/pools?pool=0x…` links redirect to the detail route.
 */
export default function PoolsPage() {
  const { address } = useParams<{ address?: string }>()
  const [legacyPool] = useQueryState('pool')
  const selected = address?.toLowerCase()
  const {
    data,
    error,
    isLoading,
    isFetching,
    refetch,
    chainSupported,
    sevenDays,
    loadSevenDays,
    swapsLoading,
  } = usePoolsList()
  const row = selected
    ? data?.rows.find((candidate) => candidate.address.toLowerCase() === selected)
    : undefined
  if (legacyPool !== null && address === undefined)
    return <Redirect to={`/pools/${encodeURIComponent(legacyPool)}`} replace />

  return (
    <>
      <PageHeading {...PAGE_HEADINGS.pools} />
      {!chainSupported ? (
        <EmptyState
          title="No pools known on this chain"
          description="Poolscope lists pools on the networks whose tokens and Uniswap factories it knows: Ethereum, Arbitrum, Optimism, Base and Polygon. Switch to one of them to compare pools."
          actions={<ButtonLink href="/simulator">Open the Simulator</ButtonLink>}
        />
      ) : error ? (
        <Banner
          tone="error"
          title="Pools unavailable"
          data-testid="pools-unavailable"
          actions={<Button onClick={() => refetch()}>Retry</Button>}
        >
          {error.message}
        </Banner>
      ) : isLoading || !data ? (
        <div data-testid="pools-loading">
          <Skeleton className="h-96" />
        </div>
      ) : selected && !row ? (
        <Banner
          tone="warning"
          title="Not a listed pool"
          actions={<ButtonLink href="/pools">All pools</ButtonLink>}
        >
          {selected} is not a pool of this chain's tracked tokens.
        </Banner>
      ) : row && swapsLoading ? (
        <div data-testid="pools-loading">
          <Skeleton className="h-96" />
        </div>
      ) : row ? (
        <Suspense
          fallback={
            <div data-testid="pools-loading">
              <Skeleton className="h-96" />
            </div>
          }
        >
          <PoolDetail row={row} list={data} />
        </Suspense>
      ) : data.rows.length === 0 ? (
        <div data-testid="pools-empty">
          <EmptyState
            title="No pools found for this chain's main pairs"
            description={`The Uniswap factories report no V3 pool (at any fee tier) and no V2 pair for the main pairs Poolscope lists on this network, as of block ${data.blockNumber.toString()}. Enter a pool address in the Simulator to look at another pool.`}
            actions={<ButtonLink href="/simulator">Open the Simulator</ButtonLink>}
          />
        </div>
      ) : (
        <div className="space-y-2">
          <p
            className="text-xs text-slate-600 dark:text-slate-400"
            data-testid="figures-block"
            data-block={data.blockNumber.toString()}
          >
            As of block {data.blockNumber.toString()} ({formatChainDate(data.timestamp)}, chain time). Volumes
            and fees from Swap events; fees ≈ volume × fee tier.
          </p>
          {swapsLoading ? (
            <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="swap-window-note">
              Price, TVL, liquidity and farms are read; volumes and fees load from the Swap logs…
            </p>
          ) : (
            // The verdicts stay in view; the long how-it-was-measured text folds away (a wall of small
            // text arriving late was the page's largest paint, i.e. its LCP, on phones).
            <details className="text-xs text-slate-600 dark:text-slate-400" data-testid="swap-window-note">
              <summary className="cursor-pointer">
                24 h volumes: {swapWindowKind(data.swapWindows.day, data.swapWindows.timedLogs).toLowerCase()}
                {data.swapWindows.week &&
                  ` · 7 d: ${swapWindowKind(data.swapWindows.week, data.swapWindows.timedLogs).toLowerCase()}`}
                {' · how they are measured'}
              </summary>
              <p className="mt-1">
                24 h: {describeSwapWindow(data.swapWindows.day, data.swapWindows.timedLogs)}
              </p>
              {data.swapWindows.week && (
                <p className="mt-1">
                  7 d: {describeSwapWindow(data.swapWindows.week, data.swapWindows.timedLogs)}
                </p>
              )}
            </details>
          )}
          {!swapsLoading && !data.swapWindows.week && (
            <div className="flex items-center gap-2">
              <Button
                data-testid="load-7d"
                disabled={sevenDays && isFetching}
                onClick={() => loadSevenDays()}
              >
                {sevenDays && isFetching ? 'Loading 7-day figures…' : 'Load 7-day figures'}
              </Button>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                A seven times longer Swap-log scan; cached once read.
              </span>
            </div>
          )}
          <PoolsTable
            rows={data.rows}
            swapsLoading={swapsLoading}
            notes={{
              day: describeSwapWindow(data.swapWindows.day, data.swapWindows.timedLogs),
              week: data.swapWindows.week
                ? describeSwapWindow(data.swapWindows.week, data.swapWindows.timedLogs)
                : null,
            }}
          />
        </div>
      )}
    </>
  )
}
