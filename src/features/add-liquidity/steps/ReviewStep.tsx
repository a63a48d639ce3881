import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { type Address, formatUnits } from 'viem'
import { useClient } from 'wagmi'
import { approvalsStateOverride } from '../../../chain/write/allowanceStateOverride.ts'
import { type PreparedTx, prepareTx } from '../../../chain/write/prepareTx.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatPercent } from '../../positions/format/formatPercent.ts'
import { formatUsd } from '../../simulator/projection/format.ts'
import type { Outcome } from '../../simulator/projection/outcome.ts'
import type { PoolSnapshot } from '../../simulator/projection/types.ts'
import type { PoolChoice } from '../data/poolChoices.ts'
import type { AddPlan } from '../derive/buildAddPlan.ts'
import { ilScenarios } from '../derive/ilScenarios.ts'
import { type DepositProjection, projectDeposit } from '../derive/projectDeposit.ts'
import type { AddLiquiditySettings } from '../derive/types.ts'
import { validateDeadlineMinutes, validateSlippagePercent } from '../derive/validateTradeSettings.ts'

type OkPlan = Extract<AddPlan, { ok: true }>

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
  /** The simulator's read of the pool (volume, prices, farm); undefined while loading or unavailable. */
  snapshot: PoolSnapshot | undefined
}) {
  const { pool, plan, nativeSide, settings } = props
  // Invalid text stays in the box with its message; the last valid setting keeps applying.
  const [slippageError, setSlippageError] = useState<string | null>(null)
  const [deadlineError, setDeadlineError] = useState<string | null>(null)
  const client = useClient({ chainId: props.chainId as never })
  const deposit = plan.requests[plan.requests.length - 1]
  const approvalsNeeded = plan.requests.length > 1
  // The deposit is simulated now, even before approvals: an eth_call state override makes the approvals
  // look mined (their storage slots are found by probing). It is simulated again right before signing.
  const simulation = useQuery({
    queryKey: [
      'addLiquidity',
      'simulate',
      deposit?.to,
      deposit?.data,
      deposit?.valueWei.toString(),
      props.account,
      plan.requests.map((r) => r.data).join(),
    ],
    queryFn: async (): Promise<PreparedTx | 'no-override'> => {
      if (!client || !deposit) throw new Error('no client')
      if (!approvalsNeeded) return prepareTx(client, props.account, deposit)
      const stateOverride = await approvalsStateOverride(client, props.account, plan.requests.slice(0, -1))
      return stateOverride ? prepareTx(client, props.account, deposit, { stateOverride }) : 'no-override'
    },
    enabled: client !== undefined && deposit !== undefined,
    staleTime: 5_000,
  })
  const simulated = simulation.data === 'no-override' ? undefined : simulation.data
  const symbol = (side: 'token0' | 'token1') =>
    nativeSide === side ? 'ETH' : side === 'token0' ? pool.token0.symbol : pool.token1.symbol
  const amount = (wei: bigint, side: 'token0' | 'token1') =>
    `${formatUnits(wei, side === 'token0' ? pool.token0.decimals : pool.token1.decimals)} ${symbol(side)}`
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
      <div className="flex flex-col gap-3 text-sm">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1" data-testid="review">
          <dt>You deposit</dt>
          <dd data-testid="review-deposit">
            {amount(plan.amount0Wei, 'token0')} + {amount(plan.amount1Wei, 'token1')}
          </dd>
          <dt>Minimum accepted (slippage {settings.slippageBps / 100} %)</dt>
          <dd data-testid="review-min">
            {amount(plan.amount0MinWei, 'token0')} + {amount(plan.amount1MinWei, 'token1')}
          </dd>
          <dt>{pool.protocol === 'v3' ? 'Liquidity' : 'LP tokens minted'}</dt>
          <dd data-testid="review-liquidity">
            {pool.protocol === 'v3' ? plan.liquidity.toString() : formatUnits(plan.liquidity, 18)}
          </dd>
          <dt>Deadline (chain time)</dt>
          <dd data-testid="review-deadline">
            {deadlineDate} UTC (unix {plan.deadline.toString()})
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
          <dd>{plan.requests.map((r) => r.label).join(' → ')}</dd>
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
        {props.unlimitedApproval && (
          <Banner tone="warning" title="Unlimited approval">
            The contract could then move any amount of these tokens from your wallet, now or later. Exact
            approvals are safer.
          </Banner>
        )}
        <div
          data-testid="simulation"
          data-status={
            simulation.data === 'no-override'
              ? 'after-approvals'
              : simulated?.ok
                ? 'ok'
                : simulated
                  ? 'failed'
                  : simulation.error
                    ? 'error'
                    : 'pending'
          }
        >
          {simulation.data === 'no-override' ? (
            <p>
              A token here stores approvals in a way the simulator cannot reproduce: the deposit is simulated
              right before you sign it, once the approvals are mined.
            </p>
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
          ) : simulation.error ? (
            <Banner tone="warning" title="Could not simulate">
              {simulation.error.message}
            </Banner>
          ) : (
            <p>Simulating…</p>
          )}
        </div>
        {!props.canSign && props.cannotSignReason && (
          <Banner tone="warning" title="Cannot sign" data-testid="cannot-sign">
            {props.cannotSignReason}
          </Banner>
        )}
        <Button
          onClick={props.onSubmit}
          disabled={!props.canSign || (simulated !== undefined && !simulated.ok)}
          data-testid="submit-add"
        >
          {approvalsNeeded ? 'Approve and add liquidity' : 'Add liquidity'}
        </Button>
      </div>
    </Card>
  )
}
