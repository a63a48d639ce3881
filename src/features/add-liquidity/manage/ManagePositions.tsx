import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Address } from 'viem'
import { useChainId, useConfig } from 'wagmi'
import { incentiveActive } from '../../../chain/write/plans/buildFarmPlan.ts'
import type { ManageActionKind } from '../../../chain/write/plans/buildManageAction.ts'
import { buildV3IncreasePlan, type V3IncreasePlan } from '../../../chain/write/plans/buildV3IncreasePlan.ts'
import type { TxRequest } from '../../../chain/write/txRequest.ts'
import { formatBps, parseRemovePercent } from '../../../domain/actions/parseRemovePercent.ts'
import { deadlineFromChainTime } from '../../../domain/actions/slippage.ts'
import { ethWrapperOf } from '../../../domain/catalogue/ethWrapperOf.ts'
import { mergeV3Incentives } from '../../../domain/catalogue/mergeV3Incentives.ts'
import type { PositionViewOk } from '../../../domain/positions/model.ts'
import { catalogueQueryOptions } from '../../../queries/catalogueQuery.ts'
import { positionsQueryOptions } from '../../../queries/positionsQuery.ts'
import { v3IncentivesQueryOptions } from '../../../queries/v3IncentivesQuery.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Button } from '../../../ui/Button.tsx'
import { Card } from '../../../ui/Card.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatTokenAmount } from '../../../ui/format/formatTokenAmount.ts'
import { useChainHealth } from '../../chain-status/useChainHealth.ts'
import { TxStepper } from '../../transactions/TxStepper.tsx'
import { useTxFlow } from '../../transactions/useTxFlow.ts'
import { useActiveAccount } from '../../wallet/useActiveAccount.ts'
import { useAddLiquiditySettings } from '../useAddLiquiditySettings.ts'
import { incentiveOf } from './incentiveOf.ts'
import { ManageReview } from './ManageReview.tsx'

/**
 * Position management: increase, remove %, collect, stake/unstake, claim. Every action opens a review
 * (amounts, minimums, deadline, balance check, simulation) and only its Confirm starts the transactions.
 */
export function ManagePositions() {
  const chainId = useChainId()
  const account = useActiveAccount()
  const { blockNumber } = useChainHealth()
  const config = useConfig()
  // The staker's incentives: the catalogue's plus those found from its IncentiveCreated logs (public
  // chains list none), the same query (and cache entry) as the Positions page.
  const { data: discoveredIncentives } = useQuery(
    v3IncentivesQueryOptions(config, { chainId, blockNumber, account: account.address }),
  )
  // The same query (and cache entry) as the Positions page: the positions as of the latest block.
  const { data: snapshot } = useQuery(
    positionsQueryOptions(config, {
      chainId,
      account: account.address,
      blockNumber,
      ...(discoveredIncentives ? { incentives: discoveredIncentives } : {}),
    }),
  )
  const positions = snapshot?.positions ?? []
  const catalogue = useQuery(catalogueQueryOptions(chainId)).data ?? undefined
  const contracts = catalogue?.contracts
  const [settings, setSettings] = useAddLiquiditySettings()
  const flow = useTxFlow({
    id: 'manage',
    label: 'Manage a position',
    chainId,
    account: account.source === 'wallet' ? account.address : undefined,
  })
  const [percent, setPercent] = useState('50')
  const [increaseText, setIncreaseText] = useState('')
  const [increaseSide, setIncreaseSide] = useState<'token0' | 'token1'>('token0')
  const [asEth, setAsEth] = useState(true)
  const [formError, setFormError] = useState<string | null>(null)
  const [review, setReview] = useState<{ positionId: string; kind: ManageActionKind } | null>(null)
  const weth = catalogue ? ethWrapperOf(catalogue) : undefined
  const incentives = useMemo(
    // The catalogue's, then the discovered ones it lacks (the merge the positions query makes).
    () => mergeV3Incentives(catalogue?.v3Incentives ?? [], discoveredIncentives ?? []),
    [catalogue, discoveredIncentives],
  )

  if (!contracts || !account.address) return <p className="text-sm">Connect a wallet to manage positions.</p>
  const owner = account.address as Address
  const chainTime = snapshot ? BigInt(snapshot.blockTimestamp) : undefined
  // Only for the inline preview; the review reads chain time itself and signs its own deadline.
  const deadline = chainTime !== undefined ? deadlineFromChainTime(chainTime, settings.deadlineMinutes) : 0n
  const active = positions.filter((p): p is PositionViewOk => p.status === 'ok' && !(p.v3?.closed ?? false))
  const run = (requests: TxRequest[]) => {
    setFormError(null)
    setReview(null)
    flow.start(requests)
  }
  const open = (p: PositionViewOk, kind: ManageActionKind) => {
    setFormError(null)
    setReview({ positionId: p.id, kind })
  }
  const wethSide = (p: PositionViewOk) =>
    !asEth || !weth
      ? undefined
      : p.token0.address.toLowerCase() === weth.toLowerCase()
        ? 'token0'
        : p.token1.address.toLowerCase() === weth.toLowerCase()
          ? 'token1'
          : undefined
  const removeShare = parseRemovePercent(percent)
  const removeLabel = removeShare.ok ? `Remove ${formatBps(removeShare.bps)} %` : 'Remove %'
  const increasePlanOf = (p: PositionViewOk) =>
    p.v3
      ? buildV3IncreasePlan({
          npm: contracts.nonfungiblePositionManager,
          tokenId: p.v3.tokenId,
          sqrtPriceX96: p.v3.sqrtPriceX96,
          tickLower: p.v3.tickLower,
          tickUpper: p.v3.tickUpper,
          token0: p.token0,
          token1: p.token1,
          independent: increaseSide,
          amountText: increaseText,
          slippageBps: settings.slippageBps,
          deadline,
        })
      : undefined

  return (
    <div className="flex flex-col gap-4" data-testid="manage-positions">
      {account.source === 'watch' && (
        <Banner tone="warning" title="Watching only">
          A watched address cannot sign: connect its wallet to manage these positions.
        </Banner>
      )}
      <Card title="Settings for actions">
        <div className="grid gap-2 sm:grid-cols-3">
          <Field
            label="Remove (%)"
            inputMode="decimal"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            error={removeShare.ok ? null : removeShare.message}
            data-testid="remove-percent"
          />
          <div className="flex items-end gap-2">
            <Field
              label={`Increase by (amount of ${increaseSide === 'token0' ? 'the first' : 'the second'} token)`}
              inputMode="decimal"
              value={increaseText}
              onChange={(e) => setIncreaseText(e.target.value)}
              data-testid="increase-amount"
            />
            <select
              aria-label="Token the increase amount is in"
              className="h-10 rounded-lg border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950"
              value={increaseSide}
              onChange={(e) => setIncreaseSide(e.target.value === 'token1' ? 'token1' : 'token0')}
              data-testid="increase-side"
            >
              <option value="token0">first token (token0)</option>
              <option value="token1">second token (token1)</option>
            </select>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={asEth}
              onChange={(e) => setAsEth(e.target.checked)}
              data-testid="receive-eth"
            />
            Receive WETH as ETH
          </label>
        </div>
        {formError && (
          <p role="alert" className="mt-2 text-sm text-red-700" data-testid="manage-error">
            {formError}
          </p>
        )}
      </Card>
      {flow.state.phase !== 'idle' && (
        <Card title="Transactions">
          <TxStepper
            state={flow.state}
            chainId={chainId}
            onContinue={flow.continue}
            onBackToReview={flow.reset}
          />
          {flow.state.phase === 'done' && (
            <Button className="mt-2" variant="secondary" onClick={flow.reset} data-testid="manage-done">
              Done
            </Button>
          )}
        </Card>
      )}
      <ul className="flex flex-col gap-2">
        {active.map((p) => {
          const busy = flow.state.phase === 'running' || account.source !== 'wallet'
          const label = `${p.protocol.toUpperCase()} ${p.token0.displaySymbol}/${p.token1.displaySymbol} ${p.v3 ? `#${p.v3.tokenId}` : ''} (${p.location})`
          const incentive = p.v3 ? incentiveOf(incentives, p, chainTime) : undefined
          const increasePlan = p.v3 && increaseText.trim() !== '' ? increasePlanOf(p) : undefined
          const action = (kind: ManageActionKind, testId: string, text: string, disabled = false) => (
            <Button
              size="sm"
              variant={review?.positionId === p.id && review.kind === kind ? 'primary' : 'secondary'}
              disabled={busy || disabled}
              data-testid={testId}
              onClick={() => open(p, kind)}
            >
              {text}
            </Button>
          )
          return (
            <li
              key={p.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
              data-testid="manage-row"
              data-position-id={p.id}
            >
              <span>{label}</span>
              {increasePlan && <IncreasePreview position={p} plan={increasePlan} />}
              <span className="flex flex-wrap gap-2">
                {p.v3 && p.location === 'wallet' && (
                  <>
                    {action('increase', 'action-increase', 'Increase', !increasePlan?.ok)}
                    {action('remove-v3', 'action-remove', removeLabel, !removeShare.ok)}
                    {action('collect', 'action-collect', 'Collect fees')}
                    {incentive &&
                      contracts.v3Staker &&
                      chainTime !== undefined &&
                      incentiveActive(incentive, chainTime) &&
                      action('stake-v3', 'action-stake-v3', 'Stake')}
                  </>
                )}
                {p.v3 &&
                  p.location === 'v3-staker' &&
                  incentive &&
                  contracts.v3Staker &&
                  action('unstake-v3', 'action-unstake-v3', 'Unstake, claim and withdraw')}
                {p.v2 &&
                  p.location === 'wallet' &&
                  action('remove-v2', 'action-remove-v2', removeLabel, !removeShare.ok)}
                {p.v2 && p.location === 'farm' && p.v2.farm && (
                  <>
                    {action('claim-farm', 'action-claim-farm', 'Claim rewards')}
                    {action('exit-farm', 'action-exit-farm', 'Unstake all and claim')}
                  </>
                )}
              </span>
              {review?.positionId === p.id && account.source === 'wallet' && (
                <ManageReview
                  // A new review (other action or inputs) starts from a fresh chain read.
                  key={`${review.kind}:${p.id}`}
                  chainId={chainId}
                  owner={owner}
                  position={p}
                  kind={review.kind}
                  contracts={{
                    npm: contracts.nonfungiblePositionManager,
                    router: contracts.v2Router02,
                    staker: contracts.v3Staker,
                  }}
                  incentive={incentive}
                  removeBps={removeShare.ok ? removeShare.bps : undefined}
                  increase={{ text: increaseText, side: increaseSide }}
                  nativeSide={wethSide(p)}
                  settings={settings}
                  onSettings={setSettings}
                  canSign={!busy}
                  onConfirm={run}
                  onClose={() => setReview(null)}
                />
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** What "Increase" would deposit into this position: the typed side and the exactly derived other side. */
function IncreasePreview(props: { position: PositionViewOk; plan: V3IncreasePlan }) {
  const { position, plan } = props
  return (
    <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="increase-preview">
      {plan.ok
        ? `Increase adds ${formatTokenAmount(plan.amount0Wei, position.token0.decimals).display} ${position.token0.displaySymbol} + ${formatTokenAmount(plan.amount1Wei, position.token1.decimals).display} ${position.token1.displaySymbol}`
        : plan.message}
    </span>
  )
}
