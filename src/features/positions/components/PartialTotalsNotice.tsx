import type { PortfolioGaps } from '../../../domain/positions/model.ts'
import { formatCount } from '../../../ui/format/formatCount.ts'

/**
 * The one-line summary of what the totals leave out: "2 positions unavailable, 1 token unpriced".
 * `withPnl`: also the positions missing from the net PnL (off while the history loads: all are).
 */
export function describeGaps(gaps: PortfolioGaps, options: { withPnl?: boolean } = {}): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`
  const parts: string[] = []
  if (gaps.notLoaded && gaps.notLoaded.notLoaded > 0)
    parts.push(
      `totals of ${formatCount(gaps.notLoaded.loaded)} of ${formatCount(gaps.notLoaded.total)} positions (${formatCount(gaps.notLoaded.notLoaded)} not loaded yet)`,
    )
  if (gaps.unavailable.length > 0)
    parts.push(`${plural(gaps.unavailable.length, 'position', 'positions')} unavailable`)
  if (gaps.unpricedTokens.length > 0)
    parts.push(`${plural(gaps.unpricedTokens.length, 'token', 'tokens')} unpriced`)
  if (gaps.pnlMissing.length > 0 && options.withPnl)
    parts.push(`net PnL of ${plural(gaps.pnlMissing.length, 'position', 'positions')} unavailable`)
  if (gaps.feesNotSplit.length > 0)
    parts.push(
      `fees of ${plural(gaps.feesNotSplit.length, 'position', 'positions')} not split from withdrawn principal yet`,
    )
  return parts.join(', ')
}

/**
 * Said next to the totals whenever they are partial: what is left out, with the affected positions
 * and tokens listed (a missing value is never counted as $0 without saying so).
 */
export function PartialTotalsNotice({ gaps, withPnl }: { gaps: PortfolioGaps; withPnl: boolean }) {
  const summary = describeGaps(gaps, { withPnl })
  if (!summary) return null
  return (
    <details
      className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
      data-testid="totals-partial"
      data-unavailable={gaps.unavailable.length}
      data-unpriced={gaps.unpricedTokens.length}
      data-fees-not-split={gaps.feesNotSplit.length}
      data-not-loaded={gaps.notLoaded?.notLoaded ?? 0}
    >
      <summary className="cursor-pointer font-medium">
        Partial: {summary}. <span className="font-normal">The totals leave these out (never as $0).</span>
      </summary>
      <ul className="mt-2 flex flex-col gap-1 break-words" data-testid="totals-gaps">
        {gaps.notLoaded && gaps.notLoaded.notLoaded > 0 && (
          <li data-gap="not-loaded" data-testid="totals-not-loaded">
            <span className="font-medium">{formatCount(gaps.notLoaded.notLoaded)} older positions</span>: not
            loaded yet (the newest are read first) — use "Load more" below the list
          </li>
        )}
        {gaps.unavailable.map((gap) => (
          <li key={`u:${gap.id}`} data-gap="unavailable" data-gap-position={gap.id}>
            <span className="font-medium">{gap.label}</span>: unavailable — {gap.reason}
          </li>
        ))}
        {gaps.unpricedTokens.map((token) => (
          <li key={`t:${token.address}`} data-gap="unpriced" data-token={token.address}>
            <span className="font-medium">{token.symbol}</span> has no USD price route: its amounts in{' '}
            {token.positionIds.length} position{token.positionIds.length === 1 ? '' : 's'} are left out
          </li>
        ))}
        {gaps.feesNotSplit.map((gap) => (
          <li key={`f:${gap.id}`} data-gap="fees-not-split" data-gap-position={gap.id}>
            <span className="font-medium">{gap.label}</span>: {gap.reason}
          </li>
        ))}
        {withPnl &&
          gaps.pnlMissing.map((gap) => (
            <li key={`p:${gap.id}`} data-gap="pnl-missing" data-gap-position={gap.id}>
              <span className="font-medium">{gap.label}</span>: left out of the net PnL — {gap.reason}
            </li>
          ))}
      </ul>
    </details>
  )
}
