import { useQueries, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { earningsSeries } from '../../domain/pnl/earningsSeries.ts'
import { sumPortfolio } from '../../domain/portfolio/portfolioBook.ts'
import { catalogueQueryOptions } from '../../queries/catalogueQuery.ts'
import { isLedgerChain, ledgerQueryOptions } from '../../queries/ledgerQuery.ts'
import { Button } from '../../ui/Button.tsx'
import { EarningsPanel } from '../../ui/EarningsPanel.tsx'
import { formatUsd } from '../../ui/format/formatUsd.ts'
import { Skeleton } from '../../ui/Skeleton.tsx'
import type { PortfolioPartRow } from './usePortfolioParts.ts'

/** What the chart is read as of: each address's block, and the owed-now totals of that moment. */
interface Pinned {
  blocks: ReadonlyMap<Address, bigint>
  timestamp: number
  uncollectedFees: number
  pendingRewards: number
  partial: boolean
}

function pinOf(rows: readonly PortfolioPartRow[]): Pinned | null {
  const blocks = new Map<Address, bigint>()
  let timestamp = 0
  for (const row of rows) {
    if (row.part.status !== 'ok' || !row.part.at) return null
    blocks.set(row.address, row.part.at.blockNumber)
    timestamp = Math.max(timestamp, row.part.at.timestamp)
  }
  const sum = sumPortfolio(rows.map((row) => row.part))
  return {
    blocks,
    timestamp,
    uncollectedFees: sum.uncollectedFees.valueUsd,
    pendingRewards: sum.pendingRewards.valueUsd,
    partial: sum.uncollectedFees.partial || sum.pendingRewards.partial,
  }
}

/**
 * The portfolio's lifetime earnings on the selected chain: every address's collected fees and claimed
 * rewards from its ledger, each at its block's USD price, then what is owed now. Read with the page
 * where the catalogue has the whole history cheaply (the devnet), on request elsewhere (several full log
 * scans and a receipt per transaction per address).
 * @param rows the selected chain's parts, one per address
 */
export function PortfolioEarnings({
  rows,
  chainId,
  note,
}: {
  rows: readonly PortfolioPartRow[]
  chainId: number
  /** A sentence under the total (e.g. which chain it covers). */
  note?: string | undefined
}) {
  const config = useConfig()
  const fullHistory = useQuery(catalogueQueryOptions(chainId)).data?.fullHistory === true
  const [asked, setAsked] = useState(false)
  const requested = asked || fullHistory
  const signature = rows.map((row) => row.address).join(',')
  const [pinned, setPinned] = useState<{ signature: string; at: Pinned } | null>(null)
  if (pinned?.signature !== signature) {
    const at = pinOf(rows)
    if (at) setPinned({ signature, at })
  }
  const at = pinned?.signature === signature ? pinned.at : null
  const ledgers = useQueries({
    queries: rows.map((row) => ({
      ...ledgerQueryOptions(config, {
        chainId,
        account: row.address,
        blockNumber: at?.blocks.get(row.address),
      }),
      ...(requested && at ? {} : { enabled: false }),
    })),
  })
  if (!isLedgerChain(chainId) || rows.length === 0) return null
  if (!requested)
    return (
      <div className="flex flex-col items-start gap-2 text-sm" data-testid="portfolio-earnings-on-request">
        <p className="text-slate-700 dark:text-slate-300">
          The lifetime earnings read every address's whole LP history from the chain (every position event,
          the receipts, the pricing pools' swaps before each one). On a public RPC that is many requests, so
          it runs when you ask.
        </p>
        <Button
          size="sm"
          variant="secondary"
          data-testid="portfolio-earnings-start"
          onClick={() => setAsked(true)}
        >
          Work out the lifetime earnings
        </Button>
      </div>
    )
  const failed = ledgers.filter((q) => q.error && !q.data)
  const loaded = ledgers.flatMap((q) => (q.data ? [q.data] : []))
  if (!at || failed.length + loaded.length < rows.length)
    return (
      <div data-testid="portfolio-earnings-loading" className="flex flex-col gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">Reading each address's ledger…</p>
        <Skeleton className="h-40 w-full" />
      </div>
    )
  const series = earningsSeries({
    entries: loaded.flatMap((ledger) => ledger.entries),
    now: {
      timestamp: at.timestamp,
      uncollectedFees: at.uncollectedFees,
      pendingRewards: at.pendingRewards,
      partial: at.partial,
    },
  })
  return (
    <div className="flex flex-col gap-3">
      {failed.length > 0 && (
        <div
          className="flex flex-wrap items-center gap-2 text-sm"
          role="alert"
          data-testid="portfolio-earnings-error"
        >
          <span className="text-red-700 dark:text-red-400">
            {failed.length} of {rows.length} addresses' ledgers could not be read (
            {failed[0]?.error?.message.split('\n')[0]}): left out, the total is partial.
          </span>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              for (const q of failed) void q.refetch()
            }}
          >
            Retry
          </Button>
        </div>
      )}
      <EarningsPanel
        series={series}
        {...(failed.length > 0
          ? { partialReason: `${failed.length} ${failed.length === 1 ? 'address' : 'addresses'} unread` }
          : {})}
        unit="USD"
        formatValue={(value) => formatUsd(value)}
        testId="portfolio-earnings"
        title="Fees + rewards earned, cumulative, every address (USD)"
        note={note}
      />
      <div>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            const next = pinOf(rows)
            if (next) setPinned({ signature, at: next })
          }}
        >
          Refresh
        </Button>
      </div>
    </div>
  )
}
