import { useState } from 'react'
import { type Address, formatUnits } from 'viem'
import type { AddPlan } from '../../../chain/write/plans/buildAddPlan.ts'
import { depositLiquidityShare } from '../../../domain/actions/depositLiquidityShare.ts'
import { ilScenarios } from '../../../domain/actions/ilScenarios.ts'
import { type DepositProjection, projectDeposit } from '../../../domain/actions/projectDeposit.ts'
import { reviewGate } from '../../../domain/actions/reviewGate.ts'
import type { AddLiquiditySettings } from '../../../domain/actions/types.ts'
import {
  validateDeadlineMinutes,
  validateSlippagePercent,
} from '../../../domain/actions/validateTradeSettings.ts'
import { zeroMinimumSides } from '../../../domain/actions/zeroMinimumSides.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import type { Outcome } from '../../../domain/projection/outcome.ts'
import type { PoolSnapshot } from '../../../domain/projection/types.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatLiquidityShare } from '../../../ui/format/formatLiquidityShare.ts'
import { formatPercent } from '../../../ui/format/formatPercent.ts'
import { formatTokenAmount } from '../../../ui/format/formatTokenAmount.ts'
import { formatUsd } from '../../../ui/format/formatUsd.ts'
import { useCriticalReads } from '../../chain-status/useCriticalReads.ts'
import { TxStepLabels } from '../../transactions/TxStepLabel.tsx'
import { useFinalStepSimulation } from '../data/useFinalStepSimulation.ts'

type OkPlan = Extract<AddPlan, { ok: true }>

/** Above this tolerance (5 %) the review warns: the minimums then accept a large price move. */
export const HIGH_SLIPPAGE_BPS = 500

/** Step 5: what is deposited, the minimums, deadline, IL, gas and the simulation of the exact transactions. */
export function ReviewStep(props: {
  chainId: number
  account: Address
  pool: PoolChoice
  plan: OkPlan
  nativeSide: 'token0' | 'token1' | undefined
  currentTick: number | undefined
  tickLower: number
  tickUpper: number
  settings: AddLiquiditySettings
  onSettings: (settings: AddLiquiditySettings) => void
  unlimitedApproval: boolean
  onUnlimitedApproval: (value: boolean) => void
  onSubmit: () => void
  canSign: boolean
  cannotSignReason: string | undefined
  /** Typed range prices that are not the range this review shows (the review then cannot send). */
  rangePending?: boolean
  /** The simulator's read of the pool (volume, prices, farm); undefined while loading or unavailable. */
  snapshot: PoolSnapshot | undefined
}) {
  const { pool, plan, nativeSide, settings } = props
  // Every read behind this review is re-run on a second RPC (when one is configured) while it is open.
  useCriticalReads(true)
  // Invalid text stays in the box with its message, and the action is disabled until it is fixed.
  const [slippageError, setSlippageError] = useState<string | null>(null)
  const [deadlineError, setDeadlineError] = useState<string | null>(null)
  // Acknowledgements hold for the deposit they were given for (amounts, minimums, range), nothing else.
  const [zeroAckFor, setZeroAckFor] = useState<string | null>(null)
  const [skipAckFor, setSkipAckFor] = useState<string | null>(null)
  const approvalsNeeded = plan.requests.length > 1
  // The deposit is simulated now, before any approval is signed (approvals applied as a state override).
  // Acknowledgements and the shown simulation hold for this deposit; a new block's deadline keeps them.
  const ackKey = [
    pool.address,
    props.tickLower,
    props.tickUpper,
    plan.amount0DesiredWei,
    plan.amount1DesiredWei,
    plan.amount0MinWei,
    plan.amount1MinWei,
    plan.requests.map((r) => `${r.kind}:${r.to}:${r.valueWei}`).join(),
    // The approvals carry no deadline: their exact calldata is part of the key.
    plan.requests
      .slice(0, -1)
      .map((r) => r.data)
      .join(),
  ].join(':')
  const simulation = useFinalStepSimulation(props.chainId, props.account, plan.requests, ackKey)
  const { simulated } = simulation
  const simulationStatus = simulation.status
  const zeroSides = zeroMinimumSides(plan)
  const gate = reviewGate({
    canSign: props.canSign,
    slippageValid: slippageError === null,
    deadlineValid: deadlineError === null,
    rangePending: props.rangePending ?? false,
    simulation: simulationStatus,
    simulationSkipAcknowledged: skipAckFor === ackKey,
    zeroMinimumSides: zeroSides,
    zeroMinimumAcknowledged: zeroAckFor === ackKey,
  })
  const symbol = (side: 'token0' | 'token1') =>
    nativeSide === side ? 'ETH' : side === 'token0' ? pool.token0.symbol : pool.token1.symbol
  const decimalsOf = (side: 'token0' | 'token1') =>
    side === 'token0' ? pool.token0.decimals : pool.token1.decimals
  /** Rounded for reading; exact: every digit (the dd's data-exact, and its title). */
  const amount = (wei: bigint, side: 'token0' | 'token1') =>
    `${formatTokenAmount(wei, decimalsOf(side)).display} ${symbol(side)}`
  const exactAmount = (wei: bigint, side: 'token0' | 'token1') =>
    `${formatUnits(wei, decimalsOf(side))} ${symbol(side)}`
  const exactPair = (wei0: bigint, wei1: bigint) =>
    `${exactAmount(wei0, 'token0')} + ${exactAmount(wei1, 'token1')}`
  const il = ilScenarios(
    pool.protocol === 'v3' && props.currentTick !== undefined
      ? { currentTick: props.currentTick, tickLower: props.tickLower, tickUpper: props.tickUpper }
      : undefined,
  )
  const projection: DepositProjection | undefined = props.snapshot
    ? projectDeposit(props.snapshot, {
        amount0Wei: plan.amount0Wei,
        amount1Wei: plan.amount1Wei,
        tickLower: props.tickLower,
        tickUpper: props.tickUpper,
      })
    : undefined
  const apr = (outcome: Outcome<number>) =>
    outcome.ok ? formatPercent(outcome.value) : `unavailable (${outcome.reason})`
  const deadlineDate = new Date(Number(plan.deadline) * 1000).toISOString().replace('T', ' ').slice(0, 16)
  return (
    <Card title="4. Review">
      <div className="flex flex-col gap-3 text-sm" data-testid="review-step">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 [overflow-wrap:anywhere]" data-testid="review">
          <dt>You deposit</dt>
          <dd
            data-testid="review-deposit"
            data-exact={exactPair(plan.amount0Wei, plan.amount1Wei)}
            title={exactPair(plan.amount0Wei, plan.amount1Wei)}
          >
            {amount(plan.amount0Wei, 'token0')} + {amount(plan.amount1Wei, 'token1')}
          </dd>
          {pool.protocol === 'v3' && (
            <>
              <dt>Range (ticks)</dt>
              <dd
                data-testid="review-range"
                data-tick-lower={props.tickLower}
                data-tick-upper={props.tickUpper}
              >
                ticks {props.tickLower} … {props.tickUpper}
              </dd>
            </>
          )}
          <dt>
            Minimum accepted (protects against a price move of up to {settings.slippageBps / 100} %
            {pool.protocol === 'v3' ? ': the amounts at the price ± that tolerance' : ''})
          </dt>
          <dd
            data-testid="review-min"
            data-exact={slippageError ? undefined : exactPair(plan.amount0MinWei, plan.amount1MinWei)}
            title={slippageError ? undefined : exactPair(plan.amount0MinWei, plan.amount1MinWei)}
          >
            {slippageError
              ? 'unavailable until the slippage is valid'
              : `${amount(plan.amount0MinWei, 'token0')} + ${amount(plan.amount1MinWei, 'token1')}`}
          </dd>
          <dt>{pool.protocol === 'v3' ? 'Share of active liquidity' : 'LP tokens minted'}</dt>
          <dd
            data-testid="review-liquidity"
            data-exact={pool.protocol === 'v3' ? plan.liquidity.toString() : formatUnits(plan.liquidity, 18)}
            title={
              pool.protocol === 'v3' ? `L = ${plan.liquidity.toString()}` : formatUnits(plan.liquidity, 18)
            }
          >
            {pool.protocol === 'v3'
              ? props.snapshot && props.currentTick !== undefined
                ? `${formatLiquidityShare(
                    depositLiquidityShare(
                      plan.liquidity,
                      props.snapshot.liquidity,
                      props.tickLower <= props.currentTick && props.currentTick < props.tickUpper,
                    ),
                  )} of the pool's in-range liquidity`
                : '…'
              : formatTokenAmount(plan.liquidity, 18).display}
          </dd>
          <dt>Deadline (chain time)</dt>
          <dd data-testid="review-deadline">
            {deadlineError
              ? 'unavailable until the deadline is valid'
              : `${deadlineDate} UTC (unix ${plan.deadline.toString()})`}
          </dd>
          <dt>Value now</dt>
          <dd data-testid="review-value">
            {projection
              ? projection.depositUsd.ok
                ? formatUsd(projection.depositUsd.value)
                : 'unavailable'
              : '…'}
          </dd>
          <dt>Projected APR (fees + rewards)</dt>
          <dd data-testid="review-apr">
            {projection
              ? `${apr(projection.combinedApr)} = fees ${apr(projection.feeApr)}${
                  projection.rewardApr ? ` + rewards ${apr(projection.rewardApr)}` : ' (no farm)'
                }${projection.inRangeNow ? '' : ' — out of range now: no fees until the price enters it'}`
              : 'Reading the pool’s volume and farm…'}
          </dd>
          <dt>Impermanent loss vs holding</dt>
          <dd data-testid="review-il">
            {(projection?.il ?? il)
              .map(
                (row) =>
                  `${row.move > 0 ? '+' : row.move < 0 ? '−' : ''}${Math.abs(row.move * 100)} %: ${formatPercent(row.il)}`,
              )
              .join(' · ')}
          </dd>
          <dt>Transactions</dt>
          <dd>
            <TxStepLabels requests={plan.requests} />
          </dd>
        </dl>
        <div className="grid gap-2 sm:grid-cols-2">
          <Field
            label="Slippage (%)"
            inputMode="decimal"
            defaultValue={String(settings.slippageBps / 100)}
            data-testid="slippage-input"
            error={slippageError}
            onChange={(e) => {
              const checked = validateSlippagePercent(e.target.value)
              setSlippageError(checked.ok ? null : checked.message)
              if (checked.ok) props.onSettings({ ...settings, slippageBps: checked.value })
            }}
          />
          <Field
            label="Deadline (minutes)"
            inputMode="numeric"
            defaultValue={String(settings.deadlineMinutes)}
            data-testid="deadline-input"
            error={deadlineError}
            onChange={(e) => {
              const checked = validateDeadlineMinutes(e.target.value)
              setDeadlineError(checked.ok ? null : checked.message)
              if (checked.ok) props.onSettings({ ...settings, deadlineMinutes: checked.value })
            }}
          />
        </div>
        {slippageError === null && settings.slippageBps > HIGH_SLIPPAGE_BPS && (
          <Banner tone="warning" title="High slippage tolerance" data-testid="slippage-high">
            {settings.slippageBps / 100} % lets the deposit go through after a price move of up to that much
            against you. Most deposits need 0.5 %–1 %.
          </Banner>
        )}
        {zeroSides.length > 0 && (
          <Banner tone="warning" title="A minimum is zero" data-testid="zero-minimum">
            <p>
              The tolerance band ({settings.slippageBps / 100} %) is wider than the range on the{' '}
              {zeroSides.map((side) => symbol(side)).join(' and ')} {zeroSides.length > 1 ? 'sides' : 'side'},
              so the minimum there is 0: {zeroSides.length > 1 ? 'neither side is' : 'that side is not'}{' '}
              protected against a price move. Lower the slippage or widen the range to protect it.
            </p>
            <label className="mt-2 flex items-center gap-2">
              <input
                type="checkbox"
                checked={zeroAckFor === ackKey}
                onChange={(e) => setZeroAckFor(e.target.checked ? ackKey : null)}
                data-testid="zero-minimum-ack"
              />
              I understand the {zeroSides.map((side) => symbol(side)).join(' and ')}{' '}
              {zeroSides.length > 1 ? 'minimums are' : 'minimum is'} 0 and want to send it anyway.
            </label>
          </Banner>
        )}
        {approvalsNeeded && (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={props.unlimitedApproval}
              onChange={(e) => props.onUnlimitedApproval(e.target.checked)}
              data-testid="unlimited-approval"
            />
            Approve unlimited amounts (fewer approvals later)
          </label>
        )}
        {approvalsNeeded && !props.unlimitedApproval && (
          <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="review-dust-note">
            Each approval is for the amount you entered; what the deposit takes is known only when it runs, so
            a tiny remainder may stay approved (for example a few hundred wei). Settings → Approvals lists and
            revokes it.
          </p>
        )}
        {props.unlimitedApproval && (
          <Banner tone="warning" title="Unlimited approval">
            The contract could then move any amount of these tokens from your wallet, now or later. Exact
            approvals are safer.
          </Banner>
        )}
        <div data-testid="simulation" data-status={simulationStatus}>
          {simulationStatus === 'cannot-run' ? (
            <Banner
              tone="warning"
              title="The deposit could not be simulated"
              data-testid="simulation-skipped"
            >
              <p>
                {simulation.cannotRunReason} The deposit is still simulated right before you sign it; if it
                would fail then, nothing is sent (but approvals already mined stay).
              </p>
              <label className="mt-2 flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={skipAckFor === ackKey}
                  onChange={(e) => setSkipAckFor(e.target.checked ? ackKey : null)}
                  data-testid="simulation-skip-ack"
                />
                Continue without the review simulation.
              </label>
              <Button size="sm" variant="secondary" onClick={simulation.retry}>
                Retry the simulation
              </Button>
            </Banner>
          ) : simulated?.ok ? (
            <p>
              Simulation of the exact deposit succeeded
              {approvalsNeeded ? ' (with the approvals applied)' : ''}. Estimated gas{' '}
              {simulated.estimatedGas.toString()} (limit sent {simulated.gasLimit.toString()}, +25 % margin).
            </p>
          ) : simulated ? (
            <Banner tone="error" title="The simulation failed">
              {simulated.error.message}
            </Banner>
          ) : (
            <p>Simulating… (the button waits for the simulation of the exact deposit)</p>
          )}
        </div>
        {!props.canSign && props.cannotSignReason && (
          <Banner tone="warning" title="Cannot sign" data-testid="cannot-sign">
            {props.cannotSignReason}
          </Banner>
        )}
        <Button
          onClick={() => {
            if (gate.canSubmit) props.onSubmit()
          }}
          disabled={!gate.canSubmit}
          data-testid="submit-add"
        >
          {approvalsNeeded ? 'Approve and add liquidity' : 'Add liquidity'}
        </Button>
        {!gate.canSubmit && (
          <ul className="text-xs text-slate-600 dark:text-slate-400" data-testid="submit-blockers">
            {gate.blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  )
}
