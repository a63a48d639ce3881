import { useId, useMemo, useState, useSyncExternalStore } from 'react'
import type { Address } from 'viem'
import { getSupportedChain } from '../../config/chains.ts'
import {
  addToPortfolio,
  PORTFOLIO_MAX_ADDRESSES,
  type PortfolioEdit,
  type PortfolioPart,
  removeFromPortfolio,
  renameInPortfolio,
  sumPortfolio,
} from '../../domain/portfolio/portfolioBook.ts'
import type { PartialTotal } from '../../domain/positions/model.ts'
import { AddressDisplay } from '../../ui/AddressDisplay.tsx'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { Field } from '../../ui/Field.tsx'
import { formatCount } from '../../ui/format/formatCount.ts'
import { formatUsd } from '../../ui/format/formatUsd.ts'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { validateWatchAddress } from '../wallet/validateWatchAddress.ts'
import { PortfolioEarnings } from './PortfolioEarnings.tsx'
import { createPortfolioStore } from './portfolioStore.ts'
import { type PortfolioPartRow, usePortfolioChains, usePortfolioParts } from './usePortfolioParts.ts'

const store = createPortfolioStore()

function Money({ total, testId }: { total: PartialTotal; testId: string }) {
  return (
    <span
      data-testid={testId}
      data-usd={total.valueUsd}
      data-partial={total.partial}
      className="tabular-nums"
    >
      {formatUsd(total.valueUsd)}
      {total.partial && <span className="ml-1 text-xs text-amber-800 dark:text-amber-300">(partial)</span>}
    </span>
  )
}

function PartFigures({ part, retry, testId }: { part: PortfolioPart; retry: () => void; testId: string }) {
  if (part.status === 'loading')
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid={`${testId}-loading`}>
        Reading positions…
      </p>
    )
  if (part.status === 'error')
    return (
      <div className="flex flex-wrap items-center gap-2 text-sm" role="alert" data-testid={`${testId}-error`}>
        <span className="text-red-700 dark:text-red-400">Could not read this address: {part.message}</span>
        <Button size="sm" variant="secondary" onClick={retry}>
          Retry
        </Button>
      </div>
    )
  return (
    <Figures
      positions={part.positions}
      value={part.totals.value}
      fees={part.totals.uncollectedFees}
      rewards={part.totals.pendingRewards}
      testId={testId}
    />
  )
}

function Figures(props: {
  positions: number
  value: PartialTotal
  fees: PartialTotal
  rewards: PartialTotal
  testId: string
}) {
  const { testId } = props
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
      <div>
        <dt className="text-xs text-slate-600 dark:text-slate-400">Positions</dt>
        <dd className="font-semibold tabular-nums" data-testid={`${testId}-positions`}>
          {formatCount(props.positions)}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-slate-600 dark:text-slate-400">Value</dt>
        <dd className="font-semibold">
          <Money total={props.value} testId={`${testId}-value`} />
        </dd>
      </div>
      <div>
        <dt className="text-xs text-slate-600 dark:text-slate-400">Uncollected fees</dt>
        <dd className="font-semibold">
          <Money total={props.fees} testId={`${testId}-fees`} />
        </dd>
      </div>
      <div>
        <dt className="text-xs text-slate-600 dark:text-slate-400">Pending rewards</dt>
        <dd className="font-semibold">
          <Money total={props.rewards} testId={`${testId}-rewards`} />
        </dd>
      </div>
    </dl>
  )
}

function AddAddressForm({ onAdd }: { onAdd: (address: Address, name: string) => PortfolioEdit }) {
  const [name, setName] = useState('')
  const [address, setAddress] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const checked = validateWatchAddress(address)
    if (!checked.ok) return setError(checked.message)
    const added = onAdd(checked.address, name)
    if (!added.ok) return setError(added.message)
    setError(null)
    setName('')
    setAddress('')
  }
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      data-testid="portfolio-add"
    >
      <Field
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Cold wallet"
        data-testid="portfolio-name"
        className="sm:w-48"
      />
      <Field
        label="Address"
        value={address}
        onChange={(e) => setAddress(e.target.value)}
        placeholder="0x…"
        spellCheck={false}
        autoComplete="off"
        data-testid="portfolio-address"
        className="min-w-0 flex-1"
      />
      <Button type="submit" data-testid="portfolio-add-submit">
        Add
      </Button>
      {error && (
        <p
          role="alert"
          className="text-sm text-red-700 sm:basis-full dark:text-red-400"
          data-testid="portfolio-error"
        >
          {error}
        </p>
      )}
    </form>
  )
}

function RenameButton({ current, onRename }: { current: string; onRename: (name: string) => PortfolioEdit }) {
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState(current)
  const [error, setError] = useState<string | null>(null)
  const inputId = useId()
  if (!editing)
    return (
      <Button size="sm" variant="secondary" onClick={() => setEditing(true)} data-testid="portfolio-rename">
        Rename
      </Button>
    )
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        const renamed = onRename(text)
        if (!renamed.ok) return setError(renamed.message)
        setEditing(false)
        setError(null)
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        New name
      </label>
      <input
        id={inputId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="h-9 w-40 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-800"
        data-testid="portfolio-rename-input"
      />
      <Button size="sm" type="submit" data-testid="portfolio-rename-save">
        Save
      </Button>
      {error && (
        <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  )
}

/** Up to ten named addresses, each read from the chain, with totals across them (and across chains). */
export default function PortfolioPage() {
  const entries = useSyncExternalStore(store.subscribe, store.getEntries)
  const [allChains, setAllChains] = useState(false)
  const chainIds = usePortfolioChains(allChains)
  const addresses = useMemo(() => entries.map((entry) => entry.address), [entries])
  const rows = usePortfolioParts(addresses, chainIds)
  const sum = sumPortfolio(rows.map((row) => row.part))
  const apply = (edit: PortfolioEdit) => {
    if (edit.ok) store.setEntries(edit.entries)
    return edit
  }
  const rowsOf = (address: Address) => rows.filter((row) => row.address === address)
  const chainName = (chainId: number) => getSupportedChain(chainId)?.name ?? `chain ${chainId}`
  const testIdOf = (row: PortfolioPartRow) => `portfolio-part-${row.address.toLowerCase()}-${row.chainId}`

  return (
    <>
      <PageHeading
        title="Portfolio"
        description={`Up to ${PORTFOLIO_MAX_ADDRESSES} named addresses, read straight from the chain, with totals across them. Saved in this browser only.`}
      />
      <div className="flex flex-col gap-4">
        {store.dropped > 0 && (
          <Banner tone="warning" title="Part of the saved portfolio was unreadable">
            {store.dropped} saved portfolio {store.dropped === 1 ? 'entry was' : 'entries were'} unreadable
            and left out.
          </Banner>
        )}
        <Card title="Add an address">
          {entries.length >= PORTFOLIO_MAX_ADDRESSES ? (
            <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="portfolio-full">
              The portfolio holds {PORTFOLIO_MAX_ADDRESSES} addresses, its limit: remove one to add another.
            </p>
          ) : (
            <AddAddressForm onAdd={(address, name) => apply(addToPortfolio(entries, address, name))} />
          )}
        </Card>
        {entries.length > 0 && (
          <Card
            title="Totals"
            actions={
              <fieldset className="flex items-center gap-3 text-sm">
                <legend className="sr-only">Chains</legend>
                <label className="flex items-center gap-1">
                  <input
                    type="radio"
                    name="portfolio-chains"
                    checked={!allChains}
                    onChange={() => setAllChains(false)}
                    data-testid="portfolio-this-chain"
                  />
                  This chain
                </label>
                <label className="flex items-center gap-1">
                  <input
                    type="radio"
                    name="portfolio-chains"
                    checked={allChains}
                    onChange={() => setAllChains(true)}
                    data-testid="portfolio-all-chains"
                  />
                  All chains
                </label>
              </fieldset>
            }
          >
            <div data-testid="portfolio-total" data-missing={sum.missing}>
              <Figures
                positions={sum.positions}
                value={sum.value}
                fees={sum.uncollectedFees}
                rewards={sum.pendingRewards}
                testId="portfolio-total"
              />
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                Today's value (amounts, what collect would return, pending rewards), uncollected fees and
                pending rewards, in USD at on-chain prices, over {formatCount(entries.length)}{' '}
                {entries.length === 1 ? 'address' : 'addresses'} on {chainIds.map(chainName).join(', ')}.
                {sum.missing > 0 &&
                  ` Partial: ${sum.missing} of ${rows.length} parts are still loading or could not be read.`}{' '}
                PnL and history are on each address's Positions page.
              </p>
            </div>
          </Card>
        )}
        {entries.length > 0 && chainIds[0] !== undefined && (
          <Card title="Lifetime earnings">
            <PortfolioEarnings
              chainId={chainIds[0]}
              rows={rows.filter((row) => row.chainId === chainIds[0])}
              note={chainIds.length > 1 ? `On ${chainName(chainIds[0])} only.` : undefined}
            />
          </Card>
        )}
        {entries.map((entry) => (
          <Card
            key={entry.address}
            title={entry.name}
            data-testid={`portfolio-entry-${entry.address.toLowerCase()}`}
            actions={
              <div className="flex flex-wrap items-center gap-2">
                <ButtonLink href={`/?watch=${entry.address}`} variant="secondary" size="sm">
                  Positions
                </ButtonLink>
                <RenameButton
                  current={entry.name}
                  onRename={(name) => apply(renameInPortfolio(entries, entry.address, name))}
                />
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => store.setEntries(removeFromPortfolio(entries, entry.address))}
                  data-testid="portfolio-remove"
                >
                  Remove
                </Button>
              </div>
            }
          >
            <div className="flex flex-col gap-3">
              <AddressDisplay address={entry.address} chainId={chainIds[0]} />
              {rowsOf(entry.address).map((row) => (
                <div key={row.chainId} data-testid={testIdOf(row)} className="flex flex-col gap-1">
                  {chainIds.length > 1 && (
                    <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-300">
                      {chainName(row.chainId)}
                    </h3>
                  )}
                  <PartFigures part={row.part} retry={row.retry} testId={testIdOf(row)} />
                </div>
              ))}
            </div>
          </Card>
        ))}
      </div>
    </>
  )
}
