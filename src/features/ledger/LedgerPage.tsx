import { useMemo, useState } from 'react'
import { type LedgerExportParameters, toKoinlyCsv, toLedgerCsv } from '../../domain/ledger/ledgerExport.ts'
import { LEDGER_KINDS, type LedgerKind, legFlowWei } from '../../domain/ledger/ledgerTypes.ts'
import { AddressDisplay } from '../../ui/AddressDisplay.tsx'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { formatChainDateTime } from '../../ui/format/formatChainDate.ts'
import { formatTokenAmount } from '../../ui/format/formatTokenAmount.ts'
import { formatUsd } from '../../ui/format/formatUsd.ts'
import { TxHashText } from '../../ui/TxHashText.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { PAGE_HEADINGS } from '../layout/pageHeadings.ts'
import { useWatchAddress } from '../wallet/useWatchAddress.ts'
import { WatchAddressForm } from '../wallet/WatchAddressForm.tsx'
import { downloadCsv } from './downloadCsv.ts'
import { useLedger } from './useLedger.ts'

/** Rows per page of the list (a long ledger is paged, never rendered all at once). */
const PAGE_SIZE = 50

const KIND_LABEL: Record<LedgerKind, string> = {
  mint: 'Mint',
  increase: 'Increase',
  decrease: 'Decrease',
  collect: 'Collect',
  burn: 'Burn',
  stake: 'Stake',
  unstake: 'Unstake',
  claim: 'Claim',
  'transfer-in': 'Transfer in',
  'transfer-out': 'Transfer out',
}

const PART_LABEL = { principal: 'principal', fee: 'fees', reward: 'reward', position: 'position' } as const

const selectClass =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'

/** Every LP event of the active account, filterable, with its CSV and Koinly exports. */
export default function LedgerPage() {
  const data = useLedger()
  const { watch } = useWatchAddress()
  const [kind, setKind] = useState('')
  const [position, setPosition] = useState('')
  const [pool, setPool] = useState('')
  const [page, setPage] = useState(0)
  const { ledger } = data

  const symbolOf = useMemo(() => {
    return (token: string, positionId: string) => {
      const info = ledger?.tokens.get(token.toLowerCase())
      if (info) return { symbol: info.symbol, decimals: info.decimals }
      return { symbol: `Position NFT #${positionId.replace('v3:', '')}`, decimals: 0 }
    }
  }, [ledger])
  const gasByTx = useMemo(() => new Map((ledger?.gas ?? []).map((g) => [g.transactionHash, g])), [ledger])
  const entries = ledger?.entries ?? []
  const positions = [...new Set(entries.map((e) => e.row.positionId))]
  const pools = [...new Set(entries.flatMap((e) => (e.row.pool ? [e.row.pool] : [])))]
  const filtered = entries.filter(
    (e) =>
      (kind === '' || e.row.kind === kind) &&
      (position === '' || e.row.positionId === position) &&
      (pool === '' || e.row.pool === pool),
  )
  const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE))
  const currentPage = Math.min(page, pageCount - 1)
  const shown = filtered.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE)
  const poolLabel = (address: string) => {
    const entry = entries.find((e) => e.row.pool === address)
    const symbols = [
      ...new Set(
        entry?.row.legs.filter((l) => l.part !== 'position').map((l) => symbolOf(l.token, '').symbol),
      ),
    ]
    return symbols.length > 0 ? `${symbols.join('/')} (${address.slice(0, 8)}…)` : address
  }

  const exportParameters = (): LedgerExportParameters | undefined =>
    ledger && data.account.address
      ? {
          entries: ledger.entries,
          gas: ledger.gas,
          tokens: ledger.tokens,
          nativeSymbol: 'ETH',
          nonfungiblePositionManager: ledger.nonfungiblePositionManager,
        }
      : undefined
  const fileBase = `poolscope-ledger-${data.chainId}-${data.account.address?.slice(0, 10) ?? ''}-block${ledger?.blockNumber ?? ''}`

  return (
    <>
      <PageHeading {...PAGE_HEADINGS.ledger} />
      {data.account.source === null ? (
        <EmptyState
          title="Connect a wallet or watch an address"
          description="The ledger lists every liquidity event of an address, read from the chain."
          actions={
            <div className="flex w-full max-w-sm flex-col gap-4">
              <WatchAddressForm onWatch={watch} />
            </div>
          }
        />
      ) : !data.chainSupported ? (
        <Banner tone="warning" title="No Uniswap contracts known on this chain">
          Switch to a supported chain to see the ledger.
        </Banner>
      ) : (
        <div className="flex flex-col gap-4" data-testid="ledger" data-account={data.account.address}>
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="flex min-w-0 items-center gap-2">
              <span className="text-slate-600 dark:text-slate-300">Account</span>
              <AddressDisplay address={data.account.address} className="max-w-full" chainId={data.chainId} />
            </span>
            {ledger && (
              <span className="text-slate-600 dark:text-slate-300" data-testid="ledger-block">
                As of block {ledger.blockNumber.toString()}
                {data.latestBlock !== undefined && data.latestBlock > ledger.blockNumber && (
                  <Button size="sm" variant="ghost" onClick={data.refresh} className="ml-2">
                    Refresh
                  </Button>
                )}
              </span>
            )}
          </div>
          {data.error ? (
            <Banner
              tone="error"
              title="The ledger could not be read"
              actions={
                <Button size="sm" onClick={data.retry}>
                  Retry
                </Button>
              }
            >
              {data.error.message.split('\n')[0]}
            </Banner>
          ) : !ledger ? (
            <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="ledger-loading">
              Reading the ledger from the chain…
            </p>
          ) : (
            <>
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
                <label className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-200">
                  Kind
                  <select
                    className={selectClass}
                    value={kind}
                    onChange={(e) => {
                      setKind(e.target.value)
                      setPage(0)
                    }}
                    data-testid="ledger-filter-kind"
                  >
                    <option value="">All kinds</option>
                    {LEDGER_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {KIND_LABEL[k]}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-200">
                  Position
                  <select
                    className={selectClass}
                    value={position}
                    onChange={(e) => {
                      setPosition(e.target.value)
                      setPage(0)
                    }}
                    data-testid="ledger-filter-position"
                  >
                    <option value="">All positions</option>
                    {positions.map((p) => (
                      <option key={p} value={p}>
                        {p.startsWith('v3:') ? `V3 #${p.slice(3)}` : `V2 ${poolLabel(p.slice(3))}`}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col gap-1 text-sm text-slate-700 dark:text-slate-200">
                  Pool
                  <select
                    className={selectClass}
                    value={pool}
                    onChange={(e) => {
                      setPool(e.target.value)
                      setPage(0)
                    }}
                    data-testid="ledger-filter-pool"
                  >
                    <option value="">All pools</option>
                    {pools.map((p) => (
                      <option key={p} value={p}>
                        {poolLabel(p)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="flex flex-wrap gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  data-testid="ledger-download-csv"
                  onClick={() => {
                    const parameters = exportParameters()
                    if (parameters) downloadCsv(`${fileBase}.csv`, toLedgerCsv(parameters))
                  }}
                >
                  Download CSV
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  data-testid="ledger-download-koinly"
                  onClick={() => {
                    const parameters = exportParameters()
                    if (parameters) downloadCsv(`${fileBase}-koinly.csv`, toKoinlyCsv(parameters))
                  }}
                >
                  Download Koinly CSV
                </Button>
              </div>
              <p className="text-xs text-slate-600 dark:text-slate-300">
                {filtered.length} of {entries.length} events. Gas is shown for every transaction that emitted
                an LP event and for approvals to the app's known spenders; other transactions (approvals to
                other contracts, failed transactions) cannot be found without an indexer and are not included.
                USD is the price at the block from the pricing pools' last swap in the 7 days before it; "no
                price" where there was none.
              </p>
              {(ledger.unresolvedTokenIds.length > 0 || ledger.missingReceipts.length > 0) && (
                <Banner tone="warning" title="Partial">
                  {ledger.unresolvedTokenIds.length > 0 &&
                    `Tokens of burned positions ${ledger.unresolvedTokenIds.map((id) => `#${id}`).join(', ')} are unavailable. `}
                  {ledger.missingReceipts.length > 0 &&
                    `Gas of ${ledger.missingReceipts.length} transactions is unavailable.`}
                </Banner>
              )}
              {entries.length === 0 ? (
                <EmptyState
                  title="No LP events"
                  description="This account has no liquidity events on the tracked contracts."
                />
              ) : (
                <ol className="flex flex-col gap-2" data-testid="ledger-rows">
                  {shown.map(({ row, legsUsd }) => {
                    const gas = gasByTx.get(row.transactionHash)
                    return (
                      <li
                        key={row.id}
                        className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
                        data-testid="ledger-row"
                        data-kind={row.kind}
                        data-position={row.positionId}
                      >
                        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                          <span className="font-semibold text-slate-900 dark:text-slate-100">
                            {KIND_LABEL[row.kind]}{' '}
                            <span className="font-normal text-slate-600 dark:text-slate-300">
                              {row.positionId.startsWith('v3:') ? `V3 #${row.positionId.slice(3)}` : 'V2'}
                            </span>
                          </span>
                          <span className="text-xs text-slate-600 dark:text-slate-300">
                            {row.timestamp === undefined
                              ? 'time unavailable'
                              : formatChainDateTime(row.timestamp)}{' '}
                            · block {row.blockNumber.toString()}
                          </span>
                        </div>
                        <ul className="mt-2 flex flex-col gap-1">
                          {row.legs.length === 0 && (
                            <li className="text-slate-600 dark:text-slate-300">Amounts unavailable</li>
                          )}
                          {row.legs.map((leg, index) => {
                            const { symbol, decimals } = symbolOf(leg.token, row.positionId)
                            const flow = legFlowWei(leg)
                            const amount = formatTokenAmount(
                              leg.direction === 'none' ? leg.amountWei : flow,
                              decimals,
                            )
                            return (
                              <li
                                key={`${leg.token}:${leg.part}`}
                                className="flex flex-wrap justify-between gap-x-3"
                              >
                                <span className="min-w-0 break-all">
                                  {/* Reading precision (the one display rule); every digit in the title and data-exact, and in the CSV. */}
                                  <span
                                    className="tabular-nums"
                                    data-exact={amount.exact}
                                    title={`${amount.exact} ${symbol}`}
                                  >
                                    {leg.direction === 'in' ? '+' : ''}
                                    {amount.display}
                                  </span>{' '}
                                  {symbol}{' '}
                                  <span className="text-xs text-slate-600 dark:text-slate-300">
                                    {row.feesNotSeparable && leg.part === 'principal'
                                      ? 'principal + fees (not separable on V2)'
                                      : PART_LABEL[leg.part]}
                                    {leg.direction === 'none' ? ', owed (paid by a later collect)' : ''}
                                  </span>
                                </span>
                                {leg.part !== 'position' && (
                                  <span className="text-slate-700 dark:text-slate-200">
                                    {formatUsd(legsUsd[index] ?? null)}
                                  </span>
                                )}
                              </li>
                            )
                          })}
                        </ul>
                        <div className="mt-2 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300">
                          <TxHashText hash={row.transactionHash} chainId={data.chainId} />
                          <span>
                            Gas{' '}
                            {gas
                              ? `${formatTokenAmount(gas.feeWei, 18).display} ETH · ${formatUsd(gas.feeUsd)}`
                              : 'unavailable'}
                          </span>
                        </div>
                      </li>
                    )
                  })}
                </ol>
              )}
              {pageCount > 1 && (
                <nav aria-label="Ledger pages" className="flex items-center gap-2 text-sm">
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={currentPage === 0}
                    onClick={() => setPage(currentPage - 1)}
                  >
                    Previous
                  </Button>
                  <span>
                    Page {currentPage + 1} of {pageCount}
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={currentPage >= pageCount - 1}
                    onClick={() => setPage(currentPage + 1)}
                  >
                    Next
                  </Button>
                </nav>
              )}
            </>
          )}
        </div>
      )}
    </>
  )
}
