import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { type Address, formatUnits } from 'viem'
import { useConfig } from 'wagmi'
import {
  balanceShortfalls,
  buildManageAction,
  type ManageActionKind,
  type ReviewAmount,
} from '../../chain/write/plans/buildManageAction.ts'
import { simulatedOutcome } from '../../chain/write/plans/simulatedOutcome.ts'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import type { AddLiquiditySettings } from '../../domain/actions/types.ts'
import { v4PayoutVerdict } from '../../domain/actions/v4PayoutGate.ts'
import {
  validateDeadlineMinutes,
  validateSlippagePercent,
} from '../../domain/actions/validateTradeSettings.ts'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import type { PositionViewOk } from '../../domain/positions/model.ts'
import { manageSimulationQueryOptions } from '../../queries/manageSimulationQuery.ts'
import { type ManageStateRequest, manageStateQueryOptions } from '../../queries/manageStateQuery.ts'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { Field } from '../../ui/Field.tsx'
import { formatTokenAmount } from '../../ui/format/formatTokenAmount.ts'
import { TokenAmountText } from '../../ui/TokenAmountText.tsx'
import { useCriticalReads } from '../chain-status/useCriticalReads.ts'
import { TxStepLabels } from '../transactions/TxStepLabel.tsx'

/** Actions whose minimums follow the slippage setting and which carry a deadline. */
const PRICED_KINDS: ReadonlySet<ManageActionKind> = new Set([
  'increase',
  'remove-v3',
  'close',
  'remove-v2',
  'remove-v4',
  'close-v4',
])
/** Above this tolerance the review warns (basis points). */
const HIGH_SLIPPAGE_BPS = 500

/** "1.500000000000000001 WETH + 3000 USDC", exact to the wei (data-exact and the title). */
export function formatReviewAmountsExact(amounts: readonly ReviewAmount[]): string {
  if (amounts.length === 0) return 'nothing'
  return amounts
    .map((a) => `${formatUnits(a.amountWei, a.token.decimals)} ${a.asEth ? 'ETH' : a.token.displaySymbol}`)
    .join(' + ')
}

/** "1.5 WETH + 3,000 USDC": the same amounts at reading precision (formatTokenAmount). */
export function formatReviewAmounts(amounts: readonly ReviewAmount[]): string {
  if (amounts.length === 0) return 'nothing'
  return amounts
    .map(
      (a) =>
        `${formatTokenAmount(a.amountWei, a.token.decimals).display} ${a.asEth ? 'ETH' : a.token.displaySymbol}`,
    )
    .join(' + ')
}

/** What the review needs read on chain for each action. */
function stateRequest(
  kind: ManageActionKind,
  position: PositionViewOk,
  owner: Address,
  contracts: {
    npm: Address
    router: Address
    positionManager?: Address | undefined
    stateView?: Address | undefined
  },
  farm: Address | undefined,
): ManageStateRequest {
  const v3 = position.v3
    ? { npm: contracts.npm, pool: position.v3.pool, tokenId: position.v3.tokenId }
    : undefined
  switch (kind) {
    case 'collect-v4':
    case 'remove-v4':
    case 'close-v4': {
      const v4 = position.v4
      return {
        owner,
        tokens: [],
        v4:
          v4 && contracts.positionManager && contracts.stateView
            ? {
                positionManager: contracts.positionManager,
                stateView: contracts.stateView,
                tokenId: v4.tokenId,
                poolKey: v4.poolKey,
                tickLower: v4.tickLower,
                tickUpper: v4.tickUpper,
              }
            : undefined,
      }
    }
    case 'increase':
      return { owner, tokens: [position.token0.address, position.token1.address], spender: contracts.npm, v3 }
    case 'remove-v3':
    case 'close':
    case 'collect':
      return { owner, tokens: [], v3 }
    case 'stake-v2':
      return { owner, tokens: position.v2 ? [position.v2.pair] : [], spender: farm }
    case 'remove-v2':
      return {
        owner,
        tokens: position.v2 ? [position.v2.pair] : [],
        spender: contracts.router,
        v2: position.v2
          ? { pair: position.v2.pair, token0: position.token0.address, token1: position.token1.address }
          : undefined,
      }
    case 'claim-farm':
    case 'exit-farm':
      return { owner, tokens: [], farm: position.v2?.farm ?? undefined }
    default:
      return { owner, tokens: [] }
  }
}

/**
 * The review of one Manage write: amounts in and out, minimums, deadline (chain time), the balance check,
 * gas and the simulation of the final transaction with its approvals applied — all before anything is
 * signed. Confirm sends exactly the requests the figures were computed from.
 */
export function ManageReview(props: {
  chainId: number
  owner: Address
  position: PositionViewOk
  kind: ManageActionKind
  contracts: {
    npm: Address
    router: Address
    staker: Address | undefined
    positionManager?: Address | undefined
    stateView?: Address | undefined
  }
  incentive: V3IncentiveInfo | undefined
  /** The pair's StakingRewards farm ('stake-v2'). */
  farm?: Address | undefined
  removeBps: number | undefined
  increase: { text: string; side: 'token0' | 'token1' }
  nativeSide: 'token0' | 'token1' | undefined
  settings: AddLiquiditySettings
  onSettings: (settings: AddLiquiditySettings) => void
  canSign: boolean
  onConfirm: (requests: TxRequest[]) => void
  onClose: () => void
}) {
  const { kind, position, owner, settings } = props
  // Every read behind this review is re-run on a second RPC (when one is configured) while it is open.
  useCriticalReads(true)
  const config = useConfig()
  const [slippageText, setSlippageText] = useState(String(settings.slippageBps / 100))
  const [deadlineText, setDeadlineText] = useState(String(settings.deadlineMinutes))
  const [acknowledged, setAcknowledged] = useState(false)
  const [zeroMinimumsAcknowledged, setZeroMinimumsAcknowledged] = useState<string | null>(null)
  const priced = PRICED_KINDS.has(kind)
  const slippage = validateSlippagePercent(slippageText)
  const deadlineMinutes = validateDeadlineMinutes(deadlineText)
  const settingsValid = !priced || (slippage.ok && deadlineMinutes.ok)

  // Read once when the review opens (Refresh reads again): the figures stay put while the user reads them.
  const stateQuery = useQuery(
    manageStateQueryOptions(config, {
      chainId: props.chainId,
      kind,
      positionId: String(position.id),
      request: stateRequest(kind, position, owner, props.contracts, props.farm),
    }),
  )
  const state = stateQuery.data
  const model =
    state && settingsValid
      ? buildManageAction({
          kind,
          position,
          state,
          owner,
          contracts: props.contracts,
          incentive: props.incentive,
          farm: props.farm,
          removeBps: props.removeBps,
          increase: props.increase,
          nativeSide: props.nativeSide,
          slippageBps: slippage.ok ? slippage.value : settings.slippageBps,
          deadlineMinutes: deadlineMinutes.ok ? deadlineMinutes.value : settings.deadlineMinutes,
        })
      : undefined
  const shortfalls = model?.ok && state ? balanceShortfalls(model.needs, state) : []
  const requests = model?.ok ? model.requests : []
  const simulation = useQuery(
    manageSimulationQueryOptions(config, {
      chainId: props.chainId,
      owner,
      requests,
      enabled: shortfalls.length === 0,
      payout: model?.ok && model.payoutCheck ? model.payoutCheck : undefined,
    }),
  )
  const sim = shortfalls.length > 0 ? undefined : simulation.data
  const payoutCheck = model?.ok ? model.payoutCheck : undefined
  // A call returning nothing (V4): the simulation's traced transfers are its outcome, checked against the review.
  const verdict =
    payoutCheck && sim?.status === 'ok'
      ? v4PayoutVerdict({
          reviewedWei: payoutCheck.expectedWei,
          simulated: sim.payout ?? { status: 'unsupported', message: 'no payout trace' },
          hookMayAlterAmounts: payoutCheck.hookMayAlterAmounts,
        })
      : undefined
  const outcome =
    payoutCheck && sim?.status === 'ok'
      ? sim.payout?.status === 'ok'
        ? {
            label: 'The simulation pays you (traced transfers)',
            amounts: [position.token0, position.token1].map((token, index) => ({
              token,
              amountWei: sim.payout?.status === 'ok' ? (sim.payout.amountsWei[index] ?? 0n) : 0n,
            })),
          }
        : undefined
      : sim?.status === 'ok'
        ? simulatedOutcome({
            kind,
            position,
            functionName: sim.prepared.request.functionName,
            result: sim.prepared.result,
            nativeSide: props.nativeSide,
          })
        : undefined
  const simulationStatus =
    shortfalls.length > 0
      ? 'not-run'
      : (sim?.status ?? (simulation.error ? 'error' : model?.ok ? 'pending' : 'not-run'))
  const zeroMinimums = model?.ok ? model.zeroMinimumSymbols : []
  // The acknowledgement holds for the exact list of zero sides it was given for.
  const zeroMinimumsOk = zeroMinimums.length === 0 || zeroMinimumsAcknowledged === zeroMinimums.join()
  const canConfirm =
    props.canSign &&
    model?.ok === true &&
    zeroMinimumsOk &&
    settingsValid &&
    shortfalls.length === 0 &&
    (verdict === undefined || verdict.sign) &&
    (sim?.status === 'ok' || (sim?.status === 'no-override' && acknowledged))
  const approvals = requests.slice(0, -1)
  const deadline = model?.ok ? model.deadline : undefined

  return (
    <section
      className="flex w-full flex-col gap-3 rounded-lg border border-teal-300 bg-teal-50/40 p-3 text-sm dark:border-teal-700 dark:bg-teal-950/30"
      aria-label="Review"
      data-testid="manage-review"
      data-kind={kind}
      data-block={state?.blockNumber.toString()}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold" data-testid="review-title">
          Review: {model?.ok ? model.title : kind}
        </h3>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => void stateQuery.refetch()}
          disabled={stateQuery.isFetching}
          data-testid="review-refresh"
        >
          Refresh
        </Button>
      </div>
      {stateQuery.error ? (
        <Banner tone="error" title="Could not read the chain" data-testid="review-error">
          {stateQuery.error.message}
        </Banner>
      ) : !state ? (
        <p>Reading the position, balances and allowances…</p>
      ) : !settingsValid ? (
        <p data-testid="review-error">Fix the slippage or deadline below to see the amounts.</p>
      ) : model && !model.ok ? (
        <Banner tone="warning" title="Cannot build this transaction" data-testid="review-error">
          {model.message}
        </Banner>
      ) : model?.ok ? (
        <dl
          className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,14rem)_1fr]"
          data-testid="review"
        >
          {model.rows.map((row) => (
            <div key={row.key} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{row.label}</dt>
              <dd
                className="break-words font-mono"
                data-testid={`review-${row.key}`}
                data-exact={row.amounts ? formatReviewAmountsExact(row.amounts) : row.exact}
                title={row.amounts ? formatReviewAmountsExact(row.amounts) : row.exact}
              >
                {row.amounts ? formatReviewAmounts(row.amounts) : row.text}
              </dd>
            </div>
          ))}
          <dt className="text-slate-600 dark:text-slate-400">Deadline (chain time)</dt>
          <dd className="break-words font-mono" data-testid="review-deadline">
            {deadline === undefined
              ? 'none: this call takes no deadline'
              : `${new Date(Number(deadline) * 1000).toISOString().replace('T', ' ').slice(0, 16)} UTC (unix ${deadline.toString()})`}
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Transactions</dt>
          <dd data-testid="review-transactions">
            <TxStepLabels requests={requests} />
          </dd>
          <dt className="text-slate-600 dark:text-slate-400">Estimated gas (final step)</dt>
          <dd className="font-mono" data-testid="review-gas">
            {sim?.status === 'ok'
              ? `${sim.prepared.estimatedGas.toString()} (limit sent ${sim.prepared.gasLimit.toString()}, +25 % margin)`
              : 'unavailable until the simulation succeeds'}
          </dd>
          {outcome && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{outcome.label}</dt>
              <dd
                className="break-words font-mono"
                data-testid="review-simulated"
                data-exact={formatReviewAmountsExact(outcome.amounts)}
                title={formatReviewAmountsExact(outcome.amounts)}
              >
                {formatReviewAmounts(outcome.amounts)}
              </dd>
            </>
          )}
        </dl>
      ) : null}
      {state && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Read at block {state.blockNumber.toString()}.
        </p>
      )}
      {shortfalls.length > 0 && (
        <Banner tone="error" title="Not enough balance" data-testid="review-shortfall">
          {shortfalls.map((s) => (
            <p key={s.token.address} data-testid="review-shortfall-token">
              {s.token.displaySymbol}: this needs{' '}
              <TokenAmountText
                amountWei={s.amountWei}
                decimals={s.token.decimals}
                symbol={s.token.displaySymbol}
              />
              , the wallet holds{' '}
              <TokenAmountText
                amountWei={s.haveWei}
                decimals={s.token.decimals}
                symbol={s.token.displaySymbol}
                testId="shortfall-have"
              />{' '}
              — missing{' '}
              <TokenAmountText
                amountWei={s.missingWei}
                decimals={s.token.decimals}
                symbol={s.token.displaySymbol}
                testId="shortfall-missing"
              />
              .
            </p>
          ))}
          <p>No approval is requested until the balance covers it.</p>
        </Banner>
      )}
      {priced && (
        <div className="grid gap-2 sm:grid-cols-2">
          <Field
            label="Slippage (%)"
            inputMode="decimal"
            value={slippageText}
            data-testid="manage-slippage"
            error={slippage.ok ? null : slippage.message}
            hint={
              slippage.ok && slippage.value > HIGH_SLIPPAGE_BPS
                ? undefined
                : 'The minimums protect you against a price move of up to this much.'
            }
            onChange={(e) => {
              setSlippageText(e.target.value)
              const checked = validateSlippagePercent(e.target.value)
              if (checked.ok) props.onSettings({ ...settings, slippageBps: checked.value })
            }}
          />
          <Field
            label="Deadline (minutes)"
            inputMode="numeric"
            value={deadlineText}
            data-testid="manage-deadline"
            error={deadlineMinutes.ok ? null : deadlineMinutes.message}
            onChange={(e) => {
              setDeadlineText(e.target.value)
              const checked = validateDeadlineMinutes(e.target.value)
              if (checked.ok) props.onSettings({ ...settings, deadlineMinutes: checked.value })
            }}
          />
        </div>
      )}
      {priced && slippage.ok && slippage.value > HIGH_SLIPPAGE_BPS && (
        <Banner tone="warning" title="High slippage" data-testid="review-slippage-warning">
          At {slippage.value / 100} % you accept amounts that a price move of {slippage.value / 100} % against
          you would give. Above 5 % is rarely needed.
        </Banner>
      )}
      {zeroMinimums.length > 0 && (
        <Banner tone="warning" title="A minimum is 0" data-testid="review-zero-minimum">
          <p>
            At this slippage the price band reaches past the range, so the minimum for{' '}
            {zeroMinimums.join(' and ')} is 0: a price move within the tolerance could leave you none of it
            without the transaction reverting. Lower the slippage to protect it.
          </p>
          <label className="mt-1 flex items-center gap-2">
            <input
              type="checkbox"
              checked={zeroMinimumsOk}
              onChange={(e) => setZeroMinimumsAcknowledged(e.target.checked ? zeroMinimums.join() : null)}
              data-testid="review-ack-zero-minimum"
            />
            I accept a minimum of 0 for {zeroMinimums.join(' and ')}.
          </label>
        </Banner>
      )}
      {verdict && !verdict.sign && (
        <Banner
          tone="error"
          title="Not signed: the amounts are not proven"
          data-testid="review-payout-refused"
        >
          {verdict.message}
        </Banner>
      )}
      {verdict?.sign && !verdict.matches && (
        <Banner tone="warning" title="The simulation pays other amounts" data-testid="review-payout-mismatch">
          {verdict.message}
        </Banner>
      )}
      <div
        data-testid="review-simulation"
        data-status={simulationStatus}
        data-payout={
          verdict ? (verdict.sign ? (verdict.matches ? 'matches' : 'differs') : 'refused') : undefined
        }
      >
        {shortfalls.length > 0 ? (
          <p>Not simulated: the balance is too low.</p>
        ) : sim?.status === 'ok' ? (
          <p>
            Simulation of the exact{' '}
            {approvals.length > 0 ? 'final transaction (with the approvals applied)' : 'transaction'}{' '}
            succeeded.
            {verdict?.sign && verdict.matches && (
              <span data-testid="review-payout-matches">
                {' '}
                Its traced transfers pay you exactly the total above, to the wei.
              </span>
            )}
          </p>
        ) : sim?.status === 'reverted' ? (
          <Banner tone="error" title="The transaction would fail" data-testid="review-revert">
            {sim.message} Nothing will be asked of your wallet
            {approvals.length > 0 ? ', no approval either' : ''}.
          </Banner>
        ) : sim?.status === 'no-override' ? (
          <Banner tone="warning" title="Cannot simulate before the approvals">
            <p>
              A token here stores approvals in a way the simulator cannot reproduce: the final step is
              simulated right before you sign it, once the approvals are mined.
            </p>
            <label className="mt-1 flex items-center gap-2">
              <input
                type="checkbox"
                checked={acknowledged}
                onChange={(e) => setAcknowledged(e.target.checked)}
                data-testid="review-ack-unsimulated"
              />
              I understand: approve first, simulate after.
            </label>
          </Banner>
        ) : simulation.error ? (
          <Banner tone="warning" title="Could not simulate">
            {simulation.error.message}
          </Banner>
        ) : model?.ok ? (
          <p>Simulating…</p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => props.onConfirm(requests)} disabled={!canConfirm} data-testid="review-confirm">
          {model?.ok ? model.confirmLabel : 'Confirm'}
        </Button>
        <Button variant="secondary" onClick={props.onClose} data-testid="review-cancel">
          Cancel
        </Button>
      </div>
    </section>
  )
}
