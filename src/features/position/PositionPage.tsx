import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useParams } from 'wouter'
import type { PositionView, PositionViewOk } from '../../domain/positions/model.ts'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { formatFeeTier } from '../../ui/format/formatFeeTier.ts'
import { formatPrice } from '../../ui/format/formatPrice.ts'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { PositionAlerts } from '../alerts/PositionAlerts.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { PositionActions } from './PositionActions.tsx'
import { PositionFigures } from './PositionFigures.tsx'
import { PositionPnlCard } from './PositionPnlCard.tsx'
import { parsePositionRoute } from './parsePositionRoute.ts'
import { type PositionPageProblem, usePositionPage } from './usePositionPage.ts'
import { V4PositionFacts } from './V4PositionFacts.tsx'

// Recharts loads with the page's charts only.
const PositionRangeCharts = lazy(() => import('./PositionRangeCharts.tsx'))

const LOCATION = {
  wallet: 'In the wallet',
  'v3-staker': 'Staked (V3 staker)',
  farm: 'Staked in the farm',
} as const

/** `/positions/<chainId>/<tokenId>` and `/positions/<chainId>/v2/<pair>`: one position, its figures and actions. */
export default function PositionPage() {
  const params = useParams<{ '*': string }>()
  const rest = params['*'] ?? ''
  // A new URL starts from scratch (no position seen yet).
  return <PositionPageContent key={rest} rest={rest} />
}

function PositionPageContent({ rest }: { rest: string }) {
  const route = useMemo(() => parsePositionRoute(rest), [rest])
  const page = usePositionPage(route)
  // A position that leaves the page (closed and burned, unstaked out of a farm, staked from the wallet)
  // stays shown, marked gone, until its transaction's Done: the user sees the outcome, not a vanished card.
  const [seen, setSeen] = useState<ReadonlyMap<string, { position: PositionView; holder: `0x${string}` }>>(
    new Map(),
  )
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const hasProblem = page.problem !== null
  useEffect(() => {
    const holder = page.holder
    if (hasProblem || page.positions.length === 0 || !holder) return
    setSeen((previous) => {
      const next = new Map(previous)
      for (const position of page.positions) next.set(position.id, { position, holder })
      return next
    })
  }, [page.positions, hasProblem, page.holder])
  // With a problem (e.g. the NFT was just burned) no position is current, whatever the last snapshot held.
  const current = page.problem ? [] : page.positions
  const currentIds = new Set(current.map((p) => p.id))
  const gone = [...seen.values()].filter(
    ({ position }) => !currentIds.has(position.id) && !dismissed.has(position.id),
  )
  const dismiss = (id: string) => setDismissed((previous) => new Set([...previous, id]))
  // The PnL is of the holding: a V3 NFT, or the V2 pair's LP of the holder wherever it sits (wallet and
  // farm), shown once, under the first part.
  const okParts = current.filter((p): p is PositionViewOk => p.status === 'ok')
  // V4 has no PnL yet (its fee history needs the ModifyLiquidity rule).
  const pnlHost = okParts[0]?.protocol === 'v4' ? undefined : okParts[0]
  const pnlPositions = pnlHost ? (pnlHost.protocol === 'v2' ? okParts.filter((p) => p.v2) : [pnlHost]) : []
  const first = current[0] ?? gone[0]?.position
  const title = first
    ? `${first.token0.displaySymbol}/${first.token1.displaySymbol} ${first.protocol === 'v3' ? `V3 #${first.v3?.tokenId}` : first.protocol === 'v4' ? `V4 #${first.v4?.tokenId}` : 'V2 LP'}`
    : route.kind === 'v3'
      ? `Position #${route.tokenId}`
      : route.kind === 'v4'
        ? `V4 position #${route.tokenId}`
        : route.kind === 'v2'
          ? 'V2 LP position'
          : 'Position'
  return (
    <div data-testid="position-page" data-route={route.kind}>
      <PageHeading
        title={title}
        description="Its figures, history and range, and every action on it — each reviewed and simulated before you sign."
      />
      {page.problem ? (
        <Problem problem={page.problem} />
      ) : (page.isLoading || !page.snapshot || !page.holder) && gone.length === 0 ? (
        <div className="flex flex-col gap-3" data-testid="position-loading">
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-48 w-full" />
        </div>
      ) : null}
      <div className="flex flex-col gap-6">
        {page.holder &&
          page.snapshot &&
          current.map((p) => (
            <PositionSection
              key={p.id}
              position={p}
              holder={page.holder as `0x${string}`}
              chainId={page.snapshot?.chainId ?? 0}
              blockTimestamp={page.snapshot?.blockTimestamp ?? 0}
              pricesUsd={page.snapshot?.pricesUsd}
              {...(p.id === pnlHost?.id ? { pnlPositions } : {})}
              isHistoryLoading={page.isHistoryLoading}
              historyError={page.historyError}
            />
          ))}
        {gone.map(({ position: p, holder }) => (
          <PositionSection
            key={p.id}
            position={p}
            holder={holder}
            chainId={page.snapshot?.chainId ?? 0}
            blockTimestamp={page.snapshot?.blockTimestamp ?? 0}
            isHistoryLoading={false}
            historyError={null}
            onDismiss={() => dismiss(p.id)}
          />
        ))}
      </div>
    </div>
  )
}

function PositionSection(props: {
  position: PositionView
  holder: `0x${string}`
  chainId: number
  blockTimestamp: number
  isHistoryLoading: boolean
  historyError: Error | null
  /** Today's USD prices of the snapshot (for the PnL); undefined for a position that has left. */
  pricesUsd?: Readonly<Record<string, number | null>> | undefined
  /** Set on the section that shows the holding's PnL: every part of it (see PositionPnlCard). */
  pnlPositions?: readonly PositionViewOk[] | undefined
  /** Set when the position has left the page (see PositionPageContent): figures as last read, no actions. */
  onDismiss?: () => void
}) {
  const { position: p } = props
  const gone = props.onDismiss !== undefined
  return (
    <section
      className="flex flex-col gap-4"
      data-testid="position-detail"
      data-position-id={p.id}
      data-status={p.status}
      data-block={p.blockNumber.toString()}
      data-gone={gone ? 'true' : undefined}
      aria-label={LOCATION[p.location]}
    >
      <Card>
        <div className="flex flex-col gap-4">
          {gone && (
            <Banner tone="info" title="No longer here" data-testid="position-gone">
              This position has left this account’s {LOCATION[p.location].toLowerCase()} (closed, burned,
              staked, unstaked or moved). The figures below are as last read.
            </Banner>
          )}
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span className="font-semibold" data-testid="position-location">
              {LOCATION[p.location]}
            </span>
            {p.v3?.fee !== undefined && <span>fee {formatFeeTier(p.v3.fee)}</span>}
            {p.status === 'ok' && p.v4 && (
              <span>
                Uniswap V4 · fee {formatFeeTier(p.v4.fee)}
                {p.v4.dynamicFee ? ' (dynamic)' : ''}
              </span>
            )}
            <span className="break-all text-slate-600 dark:text-slate-400">owner {props.holder}</span>
            {p.status === 'ok' && p.v3 && (
              <span data-testid="position-range">
                {p.v3.closed ? 'Closed (no liquidity)' : p.v3.inRange ? 'In range' : 'Out of range'} ·{' '}
                {formatPrice(p.v3.range.lowerPrice0In1)} – {formatPrice(p.v3.range.upperPrice0In1)}{' '}
                {p.token1.displaySymbol} per {p.token0.displaySymbol} (now{' '}
                {formatPrice(p.v3.range.currentPrice0In1)})
              </span>
            )}
          </div>
          {p.status === 'ok' && p.v4 && <V4PositionFacts position={p} />}
          {p.status === 'unavailable' ? (
            <Banner tone="warning" title="This position could not be read" data-testid="position-unavailable">
              {p.reason}
            </Banner>
          ) : (
            <PositionFigures
              position={p}
              isHistoryLoading={props.isHistoryLoading}
              historyError={props.historyError}
            />
          )}
        </div>
      </Card>
      {p.status === 'ok' && (
        <>
          <PositionActions
            position={p}
            holder={props.holder}
            chainId={props.chainId}
            blockTimestamp={props.blockTimestamp}
            {...(props.onDismiss ? { onDismiss: props.onDismiss } : {})}
          />
          {!gone && props.pnlPositions && props.pnlPositions.length > 0 && props.pricesUsd && (
            <PositionPnlCard
              positions={props.pnlPositions}
              holder={props.holder}
              chainId={props.chainId}
              pricesUsd={props.pricesUsd}
              blockTimestamp={props.blockTimestamp}
            />
          )}
          {!gone && p.v3 && !p.v3.closed && (
            <Card title="Alerts">
              <PositionAlerts position={p} chainId={props.chainId} />
            </Card>
          )}
          {!gone && !p.v4 && (
            <Card title="Range">
              <Suspense fallback={<Skeleton className="h-60 w-full" />}>
                <PositionRangeCharts
                  position={p}
                  chainId={props.chainId}
                  blockTimestamp={props.blockTimestamp}
                />
              </Suspense>
            </Card>
          )}
        </>
      )}
    </section>
  )
}

function Problem({ problem }: { problem: PositionPageProblem }) {
  const description =
    problem.kind === 'invalid' || problem.kind === 'missing' || problem.kind === 'error'
      ? problem.message
      : problem.kind === 'wrong-chain'
        ? `This link is for chain ${problem.routeChainId}, and the app is on chain ${problem.appChainId}. Switch the network in the header to view it.`
        : problem.kind === 'unsupported-chain'
          ? `Poolscope has no Uniswap addresses for chain ${problem.chainId}.`
          : 'Connect a wallet or watch an address: a V2 position is the LP that account holds.'
  const title =
    problem.kind === 'invalid'
      ? 'Not a position link'
      : problem.kind === 'missing'
        ? 'No such position'
        : problem.kind === 'wrong-chain'
          ? 'Another chain'
          : problem.kind === 'error'
            ? 'Could not read the position'
            : problem.kind === 'no-account'
              ? 'Whose position?'
              : 'Unsupported chain'
  return (
    <div data-testid="position-problem" data-problem={problem.kind}>
      <EmptyState
        title={title}
        description={<span className="break-words">{description}</span>}
        actions={
          <>
            {problem.kind === 'error' && (
              <Button onClick={problem.retry} data-testid="position-retry">
                Retry
              </Button>
            )}
            <ButtonLink href="/" variant="primary">
              Back to Positions
            </ButtonLink>
          </>
        }
      />
    </div>
  )
}
