import { lazy, type ReactNode, Suspense, useId, useState } from 'react'
import { Link } from 'wouter'
import { STAKED_POSITION_REWARD_APR_BASIS } from '../../../domain/figures/stakedPositionRewardApr.ts'
import { isFullRange, isFullRangeAtSpacing } from '../../../domain/positions/isFullRange.ts'
import type {
  PositionLocation,
  PositionProtocol,
  PositionView,
  PositionViewOk,
} from '../../../domain/positions/model.ts'
import { orientRange } from '../../../domain/positions/orientRange.ts'
import { Button } from '../../../ui/Button.tsx'
import { FigureBasis } from '../../../ui/FigureBasis.tsx'
import { formatFeeTier } from '../../../ui/format/formatFeeTier.ts'
import { formatLiquidityShare } from '../../../ui/format/formatLiquidityShare.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatPrice, formatPriceRange } from '../../../ui/format/formatPrice.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'
import { Skeleton } from '../../../ui/Skeleton.tsx'
import { TokenAmountFigure } from '../../../ui/TokenAmountFigure.tsx'
import { TokenSymbol } from '../../../ui/TokenSymbol.tsx'
import { positionHref } from '../../layout/positionHref.ts'
import { Badge } from './Badge.tsx'
import { InfoTip } from './InfoTip.tsx'
import { VersusHoldingFigures } from './VersusHoldingFigures.tsx'

// Recharts loads only when a position's charts are opened.
const PositionCharts = lazy(() => import('../charts/PositionCharts.tsx'))

export const LOCATION_LABEL: Record<PositionLocation, string> = {
  wallet: 'Wallet',
  farm: 'Farm',
  'v3-staker': 'V3 staker',
}

const PROTOCOL_LABEL: Record<PositionProtocol, string> = {
  v4: 'Uniswap V4',
  v3: 'Uniswap V3',
  v2: 'Uniswap V2',
}

export interface PositionCardProps {
  position: PositionView
  quoteInverted: boolean
  isHistoryLoading: boolean
  historyError: Error | null
  /** Snapshot block time (chain time), for the charts' last point. */
  blockTimestamp: number
  chainId: number
  /** The V3 staker's incentives are still being found: a staked position's rewards are loading. */
  isRewardsLoading?: boolean
  /** Why a staked position's rewards cannot be shown (the incentives scan failed). */
  rewardsError?: Error | null
  /** Off-screen, the card skips layout and paint (content-visibility: auto): for long lists only. */
  skipOffscreen?: boolean
}

/** One position: what it is, where it sits, its range, amounts, fees, rewards, value and versus-holding. */
export function PositionCard({
  position,
  quoteInverted,
  isHistoryLoading,
  historyError,
  blockTimestamp,
  chainId,
  isRewardsLoading = false,
  rewardsError = null,
  skipOffscreen = false,
}: PositionCardProps) {
  const headingId = useId()
  const [chartsOpen, setChartsOpen] = useState(false)
  const chartsId = useId()
  return (
    // content-visibility: off-screen cards skip layout and paint (a long list scrolls smoothly).
    <li
      className={skipOffscreen ? '[contain-intrinsic-size:auto_320px] [content-visibility:auto]' : undefined}
    >
      <article
        aria-labelledby={headingId}
        data-testid="position-card"
        data-position-id={position.id}
        data-status={position.status}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-700 dark:bg-slate-900"
      >
        <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <div className="min-w-0">
            <h3 id={headingId} className="flex min-w-0 items-center gap-1 text-base font-semibold">
              {/* The card's title is the link to the position's own page (its actions live there). */}
              <Link
                href={positionHref(chainId, position)}
                className="flex min-w-0 items-center gap-1 text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
                data-testid="position-link"
              >
                <TokenSymbol token={position.token0} />
                <span aria-hidden="true">/</span>
                <span className="sr-only">and</span>
                <TokenSymbol token={position.token1} />
                <span className="sr-only">: open the position’s page</span>
              </Link>
            </h3>
            <div className="mt-1 flex flex-wrap gap-1.5">
              <Badge tone="violet" data-testid="protocol-badge">
                {PROTOCOL_LABEL[position.protocol]}
              </Badge>
              {position.v3?.fee !== undefined && <Badge>{formatFeeTier(position.v3.fee)}</Badge>}
              {position.status === 'ok' && position.v4 && (
                <Badge>
                  {formatFeeTier(position.v4.fee)}
                  {position.v4.dynamicFee ? ' (dynamic)' : ''}
                </Badge>
              )}
              <Badge
                tone={position.location === 'wallet' ? 'neutral' : 'teal'}
                data-testid="position-location"
              >
                {LOCATION_LABEL[position.location]}
              </Badge>
              {position.v3 && <Badge>#{position.v3.tokenId.toString()}</Badge>}
              {position.v4 && <Badge>#{position.v4.tokenId.toString()}</Badge>}
              {position.status === 'ok' && (position.v3 || position.v4) && <RangeBadge position={position} />}
            </div>
          </div>
          {position.status === 'ok' && (
            <p className="sm:text-right">
              <span className="block text-xs text-slate-500 dark:text-slate-400">Value</span>
              <span className="text-lg font-semibold tabular-nums" data-testid="position-value">
                {position.valueUsd === null ? (
                  <span className="text-amber-700 dark:text-amber-300">no price</span>
                ) : (
                  formatUsd(position.valueUsd)
                )}
              </span>
            </p>
          )}
        </header>
        {position.status === 'unavailable' ? (
          <div
            role="note"
            className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/60 dark:text-amber-100"
          >
            <p className="break-words" data-testid="unavailable-reason">
              Unavailable: {position.reason}
            </p>
            <p className="mt-1 break-all text-xs" data-testid="unavailable-known">
              {knownParts(position).join(' · ')} — left out of the totals.
            </p>
          </div>
        ) : (
          <>
            {(position.v3 || position.v4) && <RangeLine position={position} inverted={quoteInverted} />}
            {position.v4 && <V4PoolFacts v4={position.v4} />}
            <div className="mt-4 grid grid-cols-1 gap-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
              <Group
                label="Amounts"
                tip="What removing all liquidity would return now (decreaseLiquidity / burn), exact to the wei."
              >
                <TokenAmountFigure amount={position.amount0} testId="amount0" />
                <TokenAmountFigure amount={position.amount1} testId="amount1" />
              </Group>
              <Group
                label="Uncollected fees"
                tip={
                  position.protocol === 'v4'
                    ? 'Fees from fee growth (StateView): feeGrowthInside now − at the last change, × liquidity / 2^128, what a decrease of 0 + take would pay. V4 owes no withdrawn principal: a decrease pays at once.'
                    : position.protocol === 'v3'
                      ? 'Fees from fee growth. collect(max) would also return principal withdrawn by a decrease and not collected yet: that is shown apart, as principal, never as fees (a Collect pays withdrawn principal first, then fees).'
                      : 'V2 fees compound into the LP tokens: they are part of the amounts.'
                }
              >
                <OwedFigures position={position} />
              </Group>
              <Group
                label="Pending rewards"
                tip="Liquidity-mining rewards claimable now (StakingRewards.earned / the V3 staker's getRewardInfo)."
              >
                {position.location === 'v3-staker' &&
                position.pendingRewards.length === 0 &&
                isRewardsLoading ? (
                  <span className="text-slate-500 dark:text-slate-400" data-testid="rewards-loading">
                    loading (finding the staker's incentives)
                  </span>
                ) : position.location === 'v3-staker' &&
                  position.pendingRewards.length === 0 &&
                  rewardsError ? (
                  <span className="text-amber-700 dark:text-amber-300" data-testid="rewards-unavailable">
                    unavailable: {rewardsError.message.split('\n')[0]}
                  </span>
                ) : position.pendingRewards.length === 0 ? (
                  <span className="text-slate-500 dark:text-slate-400">none</span>
                ) : (
                  position.pendingRewards.map((reward) => (
                    <span key={reward.source} data-source={reward.source} className="flex flex-col">
                      <TokenAmountFigure amount={reward.reward} testId="reward" />
                      {reward.aprFraction !== null && (
                        <span className="inline-flex items-center gap-1 text-xs text-slate-500 dark:text-slate-400">
                          <span data-figure="position-reward-apr">
                            this position's reward APR {formatPercent(reward.aprFraction)}
                          </span>
                          <FigureBasis
                            label="this position's reward APR"
                            basis={STAKED_POSITION_REWARD_APR_BASIS}
                          />
                        </span>
                      )}
                    </span>
                  ))
                )}
              </Group>
              <Share position={position} />
            </div>
            <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
              <VersusHoldingFigures position={position} isLoading={isHistoryLoading} error={historyError} />
            </div>
            {position.v4 && (
              <p className="mt-3 text-xs text-slate-500 dark:text-slate-400" data-testid="v4-history-note">
                Charts: not built for V4 yet.
              </p>
            )}
            <div className={position.v4 ? 'hidden' : 'mt-4'}>
              <Button
                variant="secondary"
                size="sm"
                aria-expanded={chartsOpen}
                aria-controls={chartsId}
                data-testid="toggle-charts"
                onClick={() => setChartsOpen((open) => !open)}
              >
                {chartsOpen ? 'Hide charts' : 'Show charts'}
              </Button>
            </div>
            <div id={chartsId}>
              {chartsOpen && (
                <Suspense fallback={<Skeleton className="mt-4 h-64 w-full" />}>
                  <PositionCharts
                    position={position}
                    quoteInverted={quoteInverted}
                    blockTimestamp={blockTimestamp}
                    chainId={chainId}
                  />
                </Suspense>
              )}
            </div>
          </>
        )}
      </article>
    </li>
  )
}

/** What is known about an unavailable position: its pair, farm or token id. */
function knownParts(position: PositionView): string[] {
  const parts: string[] = []
  if (position.v3) parts.push(`token id ${position.v3.tokenId.toString()}`)
  if (position.v3?.pool) parts.push(`pool ${position.v3.pool}`)
  if (position.v4) parts.push(`V4 token id ${position.v4.tokenId.toString()}`)
  if (position.v4?.poolId) parts.push(`V4 pool ${position.v4.poolId}`)
  if (position.v2) parts.push(`pair ${position.v2.pair}`)
  if (position.v2?.farm) parts.push(`farm ${position.v2.farm}`)
  return parts
}

/** Uncollected fees, and apart from them the withdrawn principal collect would also return. */
function OwedFigures({ position }: { position: PositionViewOk }) {
  const { uncollectedFees0, uncollectedFees1, withdrawnUncollected0, withdrawnUncollected1 } = position
  if (!uncollectedFees0 || !uncollectedFees1 || !withdrawnUncollected0 || !withdrawnUncollected1)
    return (
      <>
        <span className="text-slate-500 dark:text-slate-400" data-testid="fees-unsplit">
          splitting fees from withdrawn principal…
        </span>
        <span className="text-xs text-slate-500 dark:text-slate-400">collect would return:</span>
        <TokenAmountFigure amount={position.owed0} testId="owed0" />
        <TokenAmountFigure amount={position.owed1} testId="owed1" />
      </>
    )
  return (
    <>
      <TokenAmountFigure amount={uncollectedFees0} testId="fees0" />
      <TokenAmountFigure amount={uncollectedFees1} testId="fees1" />
      {(withdrawnUncollected0.amountWei > 0n || withdrawnUncollected1.amountWei > 0n) && (
        <span className="mt-1 flex flex-col" data-testid="withdrawn-uncollected">
          <span className="text-xs text-slate-500 dark:text-slate-400">+ withdrawn principal to collect</span>
          <TokenAmountFigure amount={withdrawnUncollected0} testId="withdrawn0" />
          <TokenAmountFigure amount={withdrawnUncollected1} testId="withdrawn1" />
        </span>
      )}
    </>
  )
}

function RangeBadge({ position }: { position: PositionViewOk }) {
  const v3 = position.v3 ?? position.v4
  if (!v3) return null
  if (v3.closed) return <Badge data-testid="range-status">Closed</Badge>
  return (
    <Badge
      tone={v3.inRange ? 'green' : 'amber'}
      data-testid="range-status"
      data-in-range={String(v3.inRange)}
    >
      {v3.inRange ? 'In range' : 'Out of range'}
    </Badge>
  )
}

function RangeLine({ position, inverted }: { position: PositionViewOk; inverted: boolean }) {
  const v3 = position.v3 ?? position.v4
  if (!v3) return null
  const fullRange = position.v4
    ? isFullRangeAtSpacing(position.v4.tickLower, position.v4.tickUpper, position.v4.poolKey.tickSpacing)
    : isFullRange(v3)
  const oriented = orientRange(v3.range, position.token0, position.token1, inverted, fullRange)
  const unit = (
    <span className="text-slate-500 dark:text-slate-400">
      <TokenSymbol token={oriented.quote} /> per <TokenSymbol token={oriented.base} />
    </span>
  )
  return (
    <p
      className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm"
      data-testid="price-range"
      data-inverted={String(inverted)}
      data-lower={oriented.lower}
      data-upper={oriented.upper}
    >
      <span>
        <InfoTip
          label="Range"
          explanation="Prices at the position's lower and upper ticks, in human units; the switch above flips the quote direction for every position."
        />{' '}
        <span className="font-mono tabular-nums">{formatPriceRange(oriented.lower, oriented.upper)}</span>{' '}
        {unit}
      </span>
      <span>
        now <span className="font-mono tabular-nums">{formatPrice(oriented.current)}</span>
      </span>
      <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="range-distances">
        {fullRange
          ? 'full range'
          : `lower ${formatPercent(oriented.distanceToLowerPct / 100, { signed: true })} · upper ${formatPercent(oriented.distanceToUpperPct / 100, { signed: true })}`}
      </span>
    </p>
  )
}

function Share({ position }: { position: PositionViewOk }) {
  const concentrated = position.v3 ?? position.v4
  if (concentrated)
    return (
      <Group
        label="Share of active liquidity"
        tip="Position liquidity / the pool's in-range liquidity: the share of swap fees it earns now (0 when out of range)."
      >
        <span data-testid="share">{formatLiquidityShare(concentrated.shareOfActiveLiquidity)}</span>
      </Group>
    )
  if (position.v2)
    return (
      <Group
        label="Share of pool"
        tip="LP tokens / total LP supply of the pair (after the protocol-fee mint)."
      >
        <span data-testid="share">{formatPercent(position.v2.shareOfPool)}</span>
      </Group>
    )
  return null
}

function Group({ label, tip, children }: { label: string; tip: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <span className="text-xs text-slate-500 dark:text-slate-400">
        <InfoTip label={label} explanation={tip} />
      </span>
      {children}
    </div>
  )
}

/** A V4 pool's hook (its permissions, labelled as a risk) and the position's subscriber. */
function V4PoolFacts({ v4 }: { v4: NonNullable<PositionViewOk['v4']> }) {
  const { hook, subscriber } = v4
  return (
    <div className="mt-3 flex flex-col gap-1 text-sm" data-testid="v4-pool-facts">
      {hook ? (
        <div
          role="note"
          className="rounded-lg bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950/60 dark:text-amber-100"
          data-testid="v4-hook"
          data-hook={hook.address}
          data-hook-flags={hook.enabled.join(',')}
          data-hook-may-alter-amounts={String(hook.mayAlterAmounts)}
        >
          <p>
            <span className="font-semibold">Risk: hooked pool.</span> This pool also trusts the code of hook{' '}
            <span className="break-all font-mono text-xs">{hook.address}</span> and whoever controls it.
          </p>
          <p className="mt-1 text-xs">
            It may run on: {hook.enabled.length > 0 ? hook.enabled.join(', ') : 'nothing (no permission set)'}
            .
            {hook.mayAlterAmounts
              ? ' It holds a return-delta permission: what you receive may differ from the pool math, so the amounts and fees shown are estimates.'
              : ' No return-delta permission: it cannot change what the position pays out.'}
          </p>
        </div>
      ) : (
        <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="v4-hook" data-hook="none">
          No hook.
        </p>
      )}
      <p
        className="text-xs text-slate-500 dark:text-slate-400"
        data-testid="v4-subscriber"
        data-subscriber={subscriber ?? 'none'}
      >
        Subscriber:{' '}
        {subscriber ? (
          <span className="break-all font-mono">{subscriber} (notified of every liquidity change)</span>
        ) : (
          'none'
        )}
      </p>
    </div>
  )
}
