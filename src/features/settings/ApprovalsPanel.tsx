import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useEffect, useState } from 'react'
import { type Address, getAddress, isAddress } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import { buildPermit2RevokeRequest, buildRevokeRequest } from '../../chain/write/buildApproveRequest.ts'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import {
  type AllowanceRead,
  allowanceKind,
  type Permit2AllowanceRead,
  permit2AllowanceState,
} from '../../domain/catalogue/knownSpenders.ts'
import type { TokenInfo } from '../../domain/catalogue/types.ts'
import { allowancesQueryOptions } from '../../queries/allowancesQuery.ts'
import { catalogueQueryOptions } from '../../queries/catalogueQuery.ts'
import { finalStepSimulationQueryOptions } from '../../queries/finalStepSimulationQuery.ts'
import { tokenCheckQueryOptions } from '../../queries/tokenCheckQuery.ts'
import { AddressDisplay } from '../../ui/AddressDisplay.tsx'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { Field } from '../../ui/Field.tsx'
import { formatChainDateTime } from '../../ui/format/formatChainDate.ts'
import { Skeleton } from '../../ui/Skeleton.tsx'
import { TokenAmountText } from '../../ui/TokenAmountText.tsx'
import { useCriticalReads } from '../chain-status/useCriticalReads.ts'
import { TxStepper } from '../transactions/TxStepper.tsx'
import { useTxFlow } from '../transactions/useTxFlow.ts'
import { useActiveAccount } from '../wallet/useActiveAccount.ts'

const rowKey = (row: AllowanceRead | Permit2AllowanceRead) => `${row.token.address}:${row.spender.address}`

/** What a Revoke opens a review for: the row's names and the exact transaction that sets it to 0. */
type RevokeTarget = {
  tokenSymbol: string
  tokenAddress: Address
  spenderName: string
  spenderAddress: Address
  /** The call in words, e.g. "approve(Permit2, 0): the allowance becomes 0". */
  transaction: string
  request: TxRequest
}

function erc20RevokeTarget(row: AllowanceRead): RevokeTarget {
  return {
    tokenSymbol: row.token.symbol,
    tokenAddress: row.token.address,
    spenderName: row.spender.name,
    spenderAddress: row.spender.address,
    transaction: `approve(${row.spender.name}, 0): the allowance becomes 0`,
    request: buildRevokeRequest({
      token: row.token.address,
      spender: row.spender.address,
      symbol: row.token.symbol,
      spenderName: row.spender.name,
    }),
  }
}

function permit2RevokeTarget(row: Permit2AllowanceRead): RevokeTarget {
  return {
    tokenSymbol: row.token.symbol,
    tokenAddress: row.token.address,
    spenderName: row.spender.name,
    spenderAddress: row.spender.address,
    transaction: `Permit2.approve(${row.token.symbol}, ${row.spender.name}, 0, 0): the amount becomes 0`,
    request: buildPermit2RevokeRequest({
      permit2: row.permit2,
      token: row.token.address,
      spender: row.spender.address,
      symbol: row.token.symbol,
      spenderName: row.spender.name,
    }),
  }
}

/**
 * The account's allowances to the spenders Poolscope knows on the selected chain and Permit2's own
 * allowances to its spenders (one multicall), with a one-click Revoke per row that goes through a review
 * (simulated) and the transaction stepper. A watched address is read only. Other spenders are not listed:
 * there is no indexer.
 */
export function ApprovalsPanel() {
  const account = useActiveAccount()
  const chainId = useChainId()
  const config = useConfig()
  const queryClient = useQueryClient()
  const catalogue = useQuery(catalogueQueryOptions(chainId)).data ?? undefined
  const [extraTokens, setExtraTokens] = useState<readonly TokenInfo[]>([])
  const allowances = useQuery({
    ...allowancesQueryOptions(config, { chainId, owner: account.address, extraTokens }),
    enabled: account.address !== undefined && catalogue !== undefined,
  })
  const canSign = account.source === 'wallet'
  const flow = useTxFlow({
    id: 'revoke-approval',
    label: 'Revoke an approval',
    chainId,
    account: canSign ? account.address : undefined,
  })
  const [reviewing, setReviewing] = useState<RevokeTarget | null>(null)
  const phase = flow.state.phase
  useEffect(() => {
    if (phase === 'done') void queryClient.invalidateQueries({ queryKey: ['allowances'] })
  }, [phase, queryClient])

  if (catalogue === undefined)
    return <p className="text-sm">Poolscope knows no contracts on this chain: no approvals to check.</p>
  if (!account.address)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Connect a wallet or watch an address to see the approvals it gave.
      </p>
    )

  const rows = (allowances.data?.allowances ?? []).filter(
    (row) => !row.allowance.ok || row.allowance.value > 0n,
  )
  const permit2Rows = (allowances.data?.permit2 ?? []).filter(
    (row) => !row.allowance.ok || row.allowance.value.amountWei > 0n,
  )
  const checked = (allowances.data?.allowances.length ?? 0) + (allowances.data?.permit2.length ?? 0)
  const failed = [...rows, ...permit2Rows].filter((row) => !row.allowance.ok).length
  const busy = phase === 'running'
  const showStepper = phase !== 'idle'

  return (
    <div className="flex flex-col gap-4" data-testid="approvals-panel">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        What <AddressDisplay address={account.address} chainId={chainId} /> allows the contracts Poolscope
        uses on this chain (the V3 position manager, the V2 and swap routers, the V3 staker, the farms and
        Permit2) to take, on the catalogue&apos;s tokens and the known pairs&apos; LP tokens, and what Permit2
        lets its spenders (the V4 position manager, the Universal Router) pull. Approvals to other contracts
        are not listed: Poolscope has no indexer to find them.
      </p>
      {account.source === 'watch' && (
        <Banner tone="info" title="Watching only" data-testid="approvals-watch-only">
          A watched address cannot sign, so there is no Revoke button. Connect its wallet to revoke.
        </Banner>
      )}
      {allowances.isPending ? (
        <div className="flex flex-col gap-2" data-testid="approvals-loading">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : allowances.error ? (
        <Banner
          tone="error"
          title="Approvals unavailable"
          data-testid="approvals-error"
          actions={
            <Button size="sm" variant="secondary" onClick={() => void allowances.refetch()}>
              Retry
            </Button>
          }
        >
          The allowances could not be read: {allowances.error.message}
        </Banner>
      ) : rows.length === 0 && permit2Rows.length === 0 ? (
        <p className="text-sm" data-testid="approvals-none">
          No approvals: none of the {checked} token and spender pairs checked has an allowance.
        </p>
      ) : (
        <>
          {rows.length > 0 && (
            <ul className="flex flex-col gap-2" data-testid="approvals-list">
              {rows.map((row) => (
                <ApprovalRow
                  key={rowKey(row)}
                  row={row}
                  canRevoke={canSign && !busy}
                  onRevoke={() => {
                    flow.reset()
                    setReviewing(erc20RevokeTarget(row))
                  }}
                />
              ))}
            </ul>
          )}
          {permit2Rows.length > 0 && (
            <section aria-labelledby="permit2-allowances-title" className="flex flex-col gap-2">
              <h3 id="permit2-allowances-title" className="text-sm font-semibold">
                Through Permit2
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                Permit2 lets these contracts pull a token, up to an amount and until an expiry (chain time),
                as long as the token&apos;s own approval of Permit2 (listed above) allows it.
              </p>
              <ul className="flex flex-col gap-2" data-testid="permit2-list">
                {permit2Rows.map((row) => (
                  <Permit2Row
                    key={rowKey(row)}
                    row={row}
                    nowSeconds={allowances.data.timestampSeconds}
                    canRevoke={canSign && !busy}
                    onRevoke={() => {
                      flow.reset()
                      setReviewing(permit2RevokeTarget(row))
                    }}
                  />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <AddTokenForm
        chainId={chainId}
        known={[...(catalogue?.tokens ?? []), ...extraTokens]}
        onAdd={(token) => setExtraTokens((list) => [...list, token])}
      />
      {failed > 0 && (
        <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="approvals-partial">
          {failed} allowance{failed === 1 ? '' : 's'} could not be read (shown as unavailable); the others are
          exact.
        </p>
      )}
      {reviewing && canSign && account.address && !showStepper && (
        <RevokeReview
          target={reviewing}
          chainId={chainId}
          account={account.address}
          onCancel={() => setReviewing(null)}
          onConfirm={(request) => {
            setReviewing(null)
            flow.start([request])
          }}
        />
      )}
      {showStepper && (
        <div className="flex flex-col gap-2" data-testid="revoke-flow">
          <TxStepper
            state={flow.state}
            chainId={chainId}
            onContinue={flow.continue}
            onBackToReview={() => flow.reset()}
          />
          {phase === 'done' && (
            <div className="flex flex-wrap items-center gap-2">
              <p className="text-sm" data-testid="revoke-done">
                Revoked: the allowance is 0 now.
              </p>
              <Button size="sm" variant="secondary" onClick={() => flow.reset()}>
                Done
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  )
}

/**
 * Adds a token beside the catalogue's (this visit only): its metadata is read on chain and it is checked
 * against the same spenders.
 */
function AddTokenForm(props: {
  chainId: number
  known: readonly TokenInfo[]
  onAdd: (token: TokenInfo) => void
}) {
  const config = useConfig()
  const [text, setText] = useState('')
  const [pending, setPending] = useState<Address | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const check = useQuery(tokenCheckQueryOptions(config, { chainId: props.chainId, token: pending }))
  const { onAdd } = props
  useEffect(() => {
    if (!pending) return
    if (check.error) {
      setError(`The token could not be read: ${check.error.message}`)
      setPending(undefined)
    } else if (check.data) {
      const meta = check.data.erc20Ok ? check.data.metadata : undefined
      if (meta?.metadataOk) {
        onAdd({ address: pending, symbol: meta.symbol, name: meta.name, decimals: meta.decimals })
        setText('')
        setError(null)
      } else setError('This address is not an ERC-20 token on this chain (no balanceOf, symbol or decimals).')
      setPending(undefined)
    }
  }, [pending, check.data, check.error, onAdd])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = text.trim()
    if (!isAddress(value, { strict: false })) {
      setError('Enter a token address: 0x and 40 hex digits.')
      return
    }
    const address = getAddress(value)
    if (props.known.some((t) => t.address.toLowerCase() === address.toLowerCase())) {
      setError('This token is already checked.')
      return
    }
    setError(null)
    setPending(address)
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex max-w-2xl flex-col gap-2"
      aria-label="Check another token"
    >
      <Field
        label="Check another token"
        value={text}
        placeholder="0x… token address"
        error={error}
        hint="Its allowances to the same contracts are read too (for this visit)."
        onChange={(event) => {
          setText(event.target.value)
          setError(null)
        }}
        spellCheck={false}
        autoComplete="off"
        data-testid="approvals-add-token-input"
      />
      <div>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={pending !== undefined}
          data-testid="approvals-add-token"
        >
          {pending ? 'Reading…' : 'Check'}
        </Button>
      </div>
    </form>
  )
}

function ApprovalRow(props: { row: AllowanceRead; canRevoke: boolean; onRevoke: () => void }) {
  const { row } = props
  const kind = row.allowance.ok ? allowanceKind(row.allowance.value, row.token.decimals) : null
  return (
    <li
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-700"
      data-testid="approval-row"
      data-token={row.token.address}
      data-spender={row.spender.address}
      data-kind={kind ?? 'unavailable'}
    >
      <div className="flex min-w-0 flex-col">
        <span className="font-medium" data-testid="approval-token">
          {row.token.symbol}
        </span>
        <span className="text-slate-600 dark:text-slate-300" data-testid="approval-spender">
          to {row.spender.name}
        </span>
      </div>
      <div className="ml-auto flex flex-wrap items-center justify-end gap-3">
        <span className="flex flex-col items-end text-right" data-testid="approval-amount">
          {!row.allowance.ok ? (
            <span className="text-amber-800 dark:text-amber-300" title={row.allowance.error}>
              unavailable ({row.allowance.error})
            </span>
          ) : kind === 'unlimited' ? (
            <span data-exact={row.allowance.value.toString()} title={`${row.allowance.value} wei`}>
              Unlimited
            </span>
          ) : (
            <>
              <TokenAmountText
                amountWei={row.allowance.value}
                decimals={row.token.decimals}
                symbol={row.token.symbol}
                testId="approval-amount-value"
              />
              {kind === 'dust' && (
                <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="approval-dust">
                  left over from an exact approval
                </span>
              )}
            </>
          )}
        </span>
        {props.canRevoke && row.allowance.ok && (
          <Button
            size="sm"
            variant="secondary"
            onClick={props.onRevoke}
            data-testid="approval-revoke"
            aria-label={`Revoke ${row.token.symbol} for ${row.spender.name}`}
          >
            Revoke
          </Button>
        )}
      </div>
    </li>
  )
}

/**
 * The largest expiration shown as a date: Permit2's "no expiry" is 2^48 − 1 seconds, past what a Date
 * holds (year 275,760); anything from year 10,000 on reads as never expiring.
 */
const LAST_DATED_EXPIRATION = 253_402_300_799

/** One Permit2 allowance: token, spender, amount, expiry against the chain's time, Revoke. */
function Permit2Row(props: {
  row: Permit2AllowanceRead
  nowSeconds: number
  canRevoke: boolean
  onRevoke: () => void
}) {
  const { row } = props
  const value = row.allowance.ok ? row.allowance.value : null
  const state = value ? permit2AllowanceState(value, props.nowSeconds) : 'unavailable'
  const kind = value ? allowanceKind(value.amountWei, row.token.decimals) : null
  return (
    <li
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-700"
      data-testid="permit2-row"
      data-token={row.token.address}
      data-spender={row.spender.address}
      data-state={state}
    >
      <div className="flex min-w-0 flex-col">
        <span className="font-medium" data-testid="permit2-token">
          {row.token.symbol}
        </span>
        <span className="text-slate-600 dark:text-slate-300" data-testid="permit2-spender">
          to {row.spender.name} via Permit2
        </span>
      </div>
      <div className="ml-auto flex flex-wrap items-center justify-end gap-3">
        {!row.allowance.ok || !value ? (
          <span
            className="text-amber-800 dark:text-amber-300"
            data-testid="permit2-amount"
            title={row.allowance.ok ? undefined : row.allowance.error}
          >
            unavailable{row.allowance.ok ? '' : ` (${row.allowance.error})`}
          </span>
        ) : (
          <span className="flex flex-col items-end text-right">
            <span data-testid="permit2-amount">
              {kind === 'unlimited' ? (
                <span data-exact={value.amountWei.toString()} title={`${value.amountWei} wei`}>
                  Unlimited
                </span>
              ) : (
                <TokenAmountText
                  amountWei={value.amountWei}
                  decimals={row.token.decimals}
                  symbol={row.token.symbol}
                  testId="permit2-amount-value"
                />
              )}
            </span>
            <span
              className={
                state === 'expired'
                  ? 'text-xs text-amber-800 dark:text-amber-300'
                  : 'text-xs text-slate-600 dark:text-slate-400'
              }
              data-testid="permit2-expiry"
              data-expiration={value.expiration}
            >
              {state === 'expired'
                ? `expired ${formatChainDateTime(value.expiration)}`
                : value.expiration > LAST_DATED_EXPIRATION
                  ? 'no expiry'
                  : `expires ${formatChainDateTime(value.expiration)}`}
            </span>
          </span>
        )}
        {props.canRevoke && row.allowance.ok && (
          <Button
            size="sm"
            variant="secondary"
            onClick={props.onRevoke}
            data-testid="permit2-revoke"
            aria-label={`Revoke ${row.token.symbol} for ${row.spender.name} in Permit2`}
          >
            Revoke
          </Button>
        )}
      </div>
    </li>
  )
}

function RevokeReview(props: {
  target: RevokeTarget
  chainId: number
  account: Address
  onCancel: () => void
  onConfirm: (request: TxRequest) => void
}) {
  const { target, chainId, account } = props
  const config = useConfig()
  useCriticalReads(true)
  const { request } = target
  const simulation = useQuery(
    finalStepSimulationQueryOptions(config, { chainId, account, requests: [request] }),
  )
  const sim = simulation.data
  const status =
    sim === undefined ? 'pending' : sim === 'no-override' ? 'no-override' : sim.ok ? 'ok' : 'reverted'
  return (
    <section
      aria-label="Review the revoke"
      className="flex flex-col gap-3 rounded-lg border border-slate-300 p-3 text-sm dark:border-slate-600"
      data-testid="revoke-review"
    >
      <h3 className="font-semibold">Review: revoke an approval</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-600 dark:text-slate-400">Token</dt>
        <dd className="flex min-w-0 flex-wrap items-center gap-1">
          {target.tokenSymbol} <AddressDisplay address={target.tokenAddress} chainId={chainId} />
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Spender</dt>
        <dd className="flex min-w-0 flex-wrap items-center gap-1">
          {target.spenderName} <AddressDisplay address={target.spenderAddress} chainId={chainId} />
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Transaction</dt>
        <dd data-testid="revoke-review-transaction">{target.transaction}</dd>
        {sim && sim !== 'no-override' && sim.ok && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Gas</dt>
            <dd className="font-mono" data-testid="revoke-review-gas">
              {sim.estimatedGas.toString()} (limit sent {sim.gasLimit.toString()})
            </dd>
          </>
        )}
      </dl>
      <div data-testid="revoke-simulation" data-status={status}>
        {status === 'ok' ? (
          <p>Simulation of the exact transaction succeeded.</p>
        ) : sim && sim !== 'no-override' && !sim.ok ? (
          <Banner tone="error" title="The transaction would fail">
            {sim.error.message} Nothing will be asked of your wallet.
          </Banner>
        ) : simulation.error ? (
          <Banner tone="warning" title="Could not simulate">
            {simulation.error.message}
          </Banner>
        ) : (
          <p>Simulating…</p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => props.onConfirm(request)}
          disabled={status !== 'ok'}
          data-testid="revoke-confirm"
        >
          Revoke
        </Button>
        <Button variant="secondary" onClick={props.onCancel} data-testid="revoke-cancel">
          Cancel
        </Button>
      </div>
    </section>
  )
}
