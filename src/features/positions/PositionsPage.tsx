import { useState } from 'react'
import { AddressDisplay } from '../../ui/AddressDisplay.tsx'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { HistoryProgress } from '../../ui/HistoryProgress.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { PAGE_HEADINGS } from '../layout/pageHeadings.ts'
import { ConnectWalletDialog } from '../wallet/ConnectWalletDialog.tsx'
import { useWatchAddress } from '../wallet/useWatchAddress.ts'
import { WatchAddressForm } from '../wallet/WatchAddressForm.tsx'
import { PositionsDashboard } from './components/PositionsDashboard.tsx'
import { usePositions, V3_POSITIONS_PAGE } from './usePositions.ts'

/** Every liquidity position of the active account (wallet or watched), read from the chain. */
export default function PositionsPage() {
  const data = usePositions()
  const { watch, stopWatching } = useWatchAddress()
  const [connectOpen, setConnectOpen] = useState(false)
  const { account } = data

  return (
    <>
      <PageHeading {...PAGE_HEADINGS.positions} />
      {account.source === null ? (
        <EmptyState
          title="Connect a wallet or watch an address"
          description="Poolscope reads positions straight from the chain. Connect a wallet to manage them, or paste any address to look without connecting."
          icon={<WalletGlyph />}
          actions={
            <div className="flex w-full max-w-sm flex-col gap-4">
              <Button onClick={() => setConnectOpen(true)}>Connect a wallet</Button>
              <WatchAddressForm onWatch={watch} />
            </div>
          }
        />
      ) : (
        <div className="flex flex-col gap-4">
          <div
            className="flex flex-wrap items-center justify-between gap-2 text-sm"
            data-testid="positions-account"
            data-account={account.address}
          >
            <span className="flex min-w-0 items-center gap-2">
              <span className="text-slate-500 dark:text-slate-400">
                {account.source === 'wallet' ? 'Connected account' : 'Watched account (read-only)'}
              </span>
              <AddressDisplay
                address={account.address}
                className="max-w-full"
                chainId={data.snapshot?.chainId}
              />
            </span>
            {account.source === 'watch' && (
              <Button size="sm" variant="ghost" onClick={stopWatching}>
                Stop watching
              </Button>
            )}
          </div>
          {data.chainSupported && (
            // A slot of fixed height: the progress line appearing and leaving must not move the cards (CLS).
            <div className="min-h-14 sm:min-h-9" data-testid="history-slot">
              {data.historyProgress && !data.historyProgress.done ? (
                <HistoryProgress
                  fraction={data.historyProgress.fraction}
                  scannedBlocks={data.historyProgress.scannedBlocks}
                  totalBlocks={data.historyProgress.totalBlocks}
                />
              ) : data.historyProgress?.done ? (
                <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="history-complete">
                  History: all {data.historyProgress.totalBlocks.toLocaleString('en-US')} blocks scanned.
                </p>
              ) : null}
            </div>
          )}
          {data.chainSupported ? (
            <PositionsDashboard
              chainId={data.snapshot?.chainId ?? 0}
              positions={data.positions}
              totals={data.totals}
              blockNumber={data.blockNumber}
              blockTimestamp={data.snapshot?.blockTimestamp}
              isStale={data.isStale}
              isLoading={data.isLoading}
              isHistoryLoading={data.isHistoryLoading}
              error={data.error}
              historyError={data.historyError}
              isRewardsLoading={data.isRewardsLoading}
              rewardsError={data.rewardsError}
              moreOnChain={
                data.v3Page && data.v3Page.total > data.v3Page.loaded
                  ? {
                      // Counted over every position shown (V2 included), as the totals are.
                      notLoaded: data.v3Page.total - data.v3Page.loaded,
                      total: data.positions.length + data.v3Page.total - data.v3Page.loaded,
                      pageSize: V3_POSITIONS_PAGE,
                      onLoadMore: data.loadMore,
                      isLoading: data.isLoadingMore,
                    }
                  : undefined
              }
              retry={data.retry}
            />
          ) : (
            <Banner
              tone="warning"
              title="This network is not supported yet"
              data-testid="positions-unsupported-chain"
            >
              Poolscope has no Uniswap contract addresses for the selected chain. Switch to a supported
              network to see positions.
            </Banner>
          )}
        </div>
      )}
      <ConnectWalletDialog open={connectOpen} onClose={() => setConnectOpen(false)} />
    </>
  )
}

function WalletGlyph() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-10" fill="none" stroke="currentColor">
      <rect x="3" y="6" width="18" height="13" rx="2.5" strokeWidth="1.6" />
      <path d="M16 12.5h2.5M3 9.5h18" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  )
}
