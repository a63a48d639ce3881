import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useMemo, useState } from 'react'
import type { Address } from 'viem'
import { useConfig } from 'wagmi'
import { incentiveActive } from '../../chain/write/plans/buildFarmPlan.ts'
import type { ManageActionKind } from '../../chain/write/plans/buildManageAction.ts'
import { buildV3IncreasePlan } from '../../chain/write/plans/buildV3IncreasePlan.ts'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import { parseRemovePercent } from '../../domain/actions/parseRemovePercent.ts'
import { ethWrapperOf } from '../../domain/catalogue/ethWrapperOf.ts'
import { mergeV3Incentives } from '../../domain/catalogue/mergeV3Incentives.ts'
import type { PositionViewOk, TokenAmount } from '../../domain/positions/model.ts'
import { CLOSE_BPS, closeAmounts, removePreview } from '../../domain/positions/removePreview.ts'
import { v4DecreasePreview } from '../../domain/positions/v4DecreasePreview.ts'
import { catalogueQueryOptions } from '../../queries/catalogueQuery.ts'
import { v3IncentivesQueryOptions } from '../../queries/v3IncentivesQuery.ts'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { Field } from '../../ui/Field.tsx'
import { formatChainDate } from '../../ui/format/formatChainDate.ts'
import { TokenAmountFigure } from '../../ui/TokenAmountFigure.tsx'
import { useLatestBlockNumber } from '../chain-status/useChainHealth.ts'
import { useTradeSettings } from '../settings/useTradeSettings.ts'
import { TxStepper } from '../transactions/TxStepper.tsx'
import { useTxFlow } from '../transactions/useTxFlow.ts'
import { useActiveAccount } from '../wallet/useActiveAccount.ts'
import { incentiveOf } from './incentiveOf.ts'
import { ManageReview } from './ManageReview.tsx'

const PRESETS = [25, 50, 75, 100] as const

/** A preview amount of one of the position's tokens. */
const amountOf = (p: PositionViewOk, side: 0 | 1, amountWei: bigint): TokenAmount => ({
  token: side === 0 ? p.token0 : p.token1,
  amountWei,
  valueUsd: null,
})

/** The two sides of an amount, token0 then token1, as figures with test ids `${testId}0` and `${testId}1`. */
function AmountPair({
  position,
  wei,
  testId,
}: {
  position: PositionViewOk
  wei: readonly [bigint, bigint]
  testId: string
}) {
  return (
    <>
      <TokenAmountFigure showUsd={false} amount={amountOf(position, 0, wei[0])} testId={`${testId}0`} />
      <TokenAmountFigure showUsd={false} amount={amountOf(position, 1, wei[1])} testId={`${testId}1`} />
    </>
  )
}

/**
 * A position's actions, each one opening a review (ManageReview: chain read, minimums, deadline, balance
 * check, simulation) whose Confirm alone starts the transactions. A position the active wallet does not
 * own is shown in watch mode: its actions are disabled and say why.
 */
export function PositionActions({
  position: p,
  holder,
  chainId,
  blockTimestamp,
  onDismiss,
}: {
  position: PositionViewOk
  holder: Address
  chainId: number
  blockTimestamp: number
  /** The position has left the page: only its running or finished transactions show, Done dismisses it. */
  onDismiss?: () => void
}) {
  const account = useActiveAccount()
  const config = useConfig()
  const blockNumber = useLatestBlockNumber()
  const catalogue = useQuery(catalogueQueryOptions(chainId)).data ?? undefined
  const { data: discovered } = useQuery(
    v3IncentivesQueryOptions(config, { chainId, blockNumber, account: holder }),
  )
  const incentives = useMemo(
    () => mergeV3Incentives(catalogue?.v3Incentives ?? [], discovered ?? []),
    [catalogue, discovered],
  )
  const [settings, setSettings] = useTradeSettings()
  const flow = useTxFlow({
    id: `position:${p.id}`,
    label: `Position ${p.v3 ? `#${p.v3.tokenId}` : p.v4 ? `V4 #${p.v4.tokenId}` : `${p.token0.displaySymbol}/${p.token1.displaySymbol} LP`}`,
    chainId,
    account: account.source === 'wallet' ? account.address : undefined,
  })
  const [kind, setKind] = useState<ManageActionKind | null>(null)
  const [reviewing, setReviewing] = useState(false)
  const [percentText, setPercentText] = useState('50')
  const [increaseText, setIncreaseText] = useState('')
  const [increaseSide, setIncreaseSide] = useState<'token0' | 'token1'>('token0')
  const [asEth, setAsEth] = useState(false)
  const contracts = catalogue?.contracts
  if (!contracts) return null

  const chainTime = BigInt(blockTimestamp)
  const incentive = p.v3 ? incentiveOf(incentives, p, chainTime) : undefined
  const farm = p.v2
    ? (p.v2.farm ??
      catalogue.stakingRewards.find((f) => f.stakingToken.toLowerCase() === p.v2?.pair.toLowerCase())
        ?.address)
    : undefined
  const weth = ethWrapperOf(catalogue)
  const wethSide =
    !asEth || !weth
      ? undefined
      : p.token0.address.toLowerCase() === weth.toLowerCase()
        ? ('token0' as const)
        : p.token1.address.toLowerCase() === weth.toLowerCase()
          ? ('token1' as const)
          : undefined
  const hasWeth =
    weth !== undefined &&
    p.protocol === 'v3' &&
    [p.token0.address, p.token1.address].some((a) => a.toLowerCase() === weth.toLowerCase())
  const share = parseRemovePercent(percentText)
  const busy = flow.state.phase === 'running'
  const ownerMatches = account.address?.toLowerCase() === holder.toLowerCase()
  const disabledReason =
    account.source === null
      ? 'Connect the wallet that owns this position to act on it.'
      : account.source === 'watch'
        ? 'Watching only: a watched address cannot sign. Connect its wallet to act on this position.'
        : !ownerMatches
          ? `The connected wallet does not own this position (its owner is ${holder}): the actions are disabled.`
          : null
  const canSign = disabledReason === null && !busy
  const staked = p.location === 'v3-staker'
  const closed = p.v3?.closed ?? p.v4?.closed ?? false

  const actions: { kind: ManageActionKind; testId: string; label: string; why?: string | undefined }[] = []
  if (onDismiss) {
    // Gone: no new action.
  } else if (p.v3 && !staked) {
    actions.push(
      { kind: 'increase', testId: 'action-increase', label: 'Increase', why: closed ? 'closed' : undefined },
      {
        kind: 'remove-v3',
        testId: 'action-remove',
        label: 'Remove',
        why: closed ? 'no liquidity left' : undefined,
      },
      { kind: 'collect', testId: 'action-collect', label: 'Collect fees' },
      { kind: 'close', testId: 'action-close', label: 'Close (remove all, collect, burn)' },
    )
    if (incentive && contracts.v3Staker && incentiveActive(incentive, chainTime) && !closed)
      actions.push({ kind: 'stake-v3', testId: 'action-stake-v3', label: 'Stake in the farm' })
  }
  if (!onDismiss && p.v4)
    // Each one PositionManager.modifyLiquidities: DECREASE_LIQUIDITY (0 / a share / all) + TAKE_PAIR (+ BURN).
    actions.push(
      {
        kind: 'remove-v4',
        testId: 'action-remove',
        label: 'Remove',
        why: closed ? 'no liquidity left' : undefined,
      },
      { kind: 'collect-v4', testId: 'action-collect', label: 'Collect fees' },
      { kind: 'close-v4', testId: 'action-close', label: 'Close (remove all, take, burn)' },
    )
  if (!onDismiss && p.v3 && staked && incentive && contracts.v3Staker)
    actions.push({ kind: 'unstake-v3', testId: 'action-unstake-v3', label: 'Unstake, claim and withdraw' })
  if (!onDismiss && p.v2 && p.location === 'wallet') {
    actions.push({ kind: 'remove-v2', testId: 'action-remove-v2', label: 'Remove' })
    if (farm) actions.push({ kind: 'stake-v2', testId: 'action-stake-v2', label: 'Stake in the farm' })
  }
  if (!onDismiss && p.v2 && p.location === 'farm' && p.v2.farm)
    actions.push(
      { kind: 'claim-farm', testId: 'action-claim-farm', label: 'Claim rewards' },
      { kind: 'exit-farm', testId: 'action-exit-farm', label: 'Unstake all and claim' },
    )

  const choose = (next: ManageActionKind) => {
    setKind(next)
    // Actions with nothing to type go straight to their review (a watcher sees the inline preview only).
    setReviewing(
      canSign && next !== 'increase' && next !== 'remove-v3' && next !== 'remove-v2' && next !== 'remove-v4',
    )
  }
  const run = (requests: TxRequest[]) => {
    setReviewing(false)
    flow.start(requests)
  }
  const deadlineText = `${formatChainDate(blockTimestamp + settings.deadlineMinutes * 60)} (chain time + ${settings.deadlineMinutes} min; the review signs it from the chain time it reads)`

  let inputs: ReactNode = null
  // V4: the preview at the page's last read (the review reads again); fees are all paid by any decrease.
  const v4Preview = (removeBps: number) =>
    p.v4
      ? v4DecreasePreview({
          tick: p.v4.tickCurrent,
          sqrtPriceX96: p.v4.sqrtPriceX96,
          tickLower: p.v4.tickLower,
          tickUpper: p.v4.tickUpper,
          liquidity: p.v4.liquidity,
          removeBps,
          fees0Wei: p.owed0.amountWei,
          fees1Wei: p.owed1.amountWei,
          slippageBps: settings.slippageBps,
        })
      : undefined
  if (kind === 'remove-v3' || kind === 'remove-v2' || kind === 'remove-v4') {
    const v4 = share.ok && !closed ? v4Preview(share.bps) : undefined
    const preview = v4
      ? { ...v4, owed0Wei: v4.fees0Wei, owed1Wei: v4.fees1Wei }
      : share.ok && p.v3 && !closed
        ? removePreview({
            sqrtPriceX96: p.v3.sqrtPriceX96,
            tickLower: p.v3.tickLower,
            tickUpper: p.v3.tickUpper,
            liquidity: p.v3.liquidity,
            removeBps: share.bps,
            owed0Wei: p.owed0.amountWei,
            owed1Wei: p.owed1.amountWei,
            slippageBps: settings.slippageBps,
          })
        : undefined
    inputs = (
      <div className="flex flex-col gap-3" data-testid="remove-panel">
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm font-medium">
            Share to remove
            <input
              type="range"
              min={1}
              max={100}
              step={1}
              value={share.ok ? Math.round(share.bps / 100) : 50}
              onChange={(e) => setPercentText(e.target.value)}
              data-testid="remove-slider"
              aria-valuetext={`${percentText} %`}
            />
          </label>
          <Field
            label="Remove (%)"
            inputMode="decimal"
            className="w-28"
            value={percentText}
            onChange={(e) => setPercentText(e.target.value)}
            error={share.ok ? null : share.message}
            data-testid="remove-percent"
          />
          <div className="flex gap-1">
            {PRESETS.map((preset) => (
              <Button
                key={preset}
                size="sm"
                variant={percentText === String(preset) ? 'primary' : 'secondary'}
                onClick={() => setPercentText(String(preset))}
                data-testid={`remove-preset-${preset}`}
              >
                {preset} %
              </Button>
            ))}
          </div>
        </div>
        {preview && (
          <dl
            className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,14rem)_1fr]"
            data-testid="remove-preview"
            data-received0={preview.received0Wei.toString()}
            data-received1={preview.received1Wei.toString()}
          >
            <dt className="text-slate-600 dark:text-slate-400">The removed liquidity returns</dt>
            <dd className="flex flex-wrap gap-x-3">
              <AmountPair
                position={p}
                wei={[preview.principal0Wei, preview.principal1Wei]}
                testId="preview-principal"
              />
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">Plus fees and owed (collected too)</dt>
            <dd className="flex flex-wrap gap-x-3">
              <AmountPair position={p} wei={[preview.owed0Wei, preview.owed1Wei]} testId="preview-owed" />
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">You receive</dt>
            <dd className="flex flex-wrap gap-x-3">
              <AmountPair
                position={p}
                wei={[preview.received0Wei, preview.received1Wei]}
                testId="preview-received"
              />
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">
              Minimum (slippage {settings.slippageBps / 100} %)
            </dt>
            <dd className="flex flex-wrap gap-x-3">
              <AmountPair
                position={p}
                wei={[preview.amount0MinWei, preview.amount1MinWei]}
                testId="preview-min"
              />
            </dd>
            <dt className="text-slate-600 dark:text-slate-400">Deadline</dt>
            <dd>{deadlineText}</dd>
          </dl>
        )}
        {kind === 'remove-v2' && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The review reads the pair and shows the exact amounts, minimums and deadline.
          </p>
        )}
        <div>
          <Button
            disabled={!share.ok || !canSign}
            onClick={() => setReviewing(true)}
            data-testid="open-review"
          >
            Review the removal
          </Button>
        </div>
      </div>
    )
  } else if (kind === 'increase' && p.v3) {
    // The inline preview at the position's last read price; the review recomputes at its own read.
    const increasePlan =
      increaseText.trim() === ''
        ? undefined
        : buildV3IncreasePlan({
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
            deadline: BigInt(blockTimestamp + settings.deadlineMinutes * 60),
          })
    inputs = (
      <div className="flex flex-wrap items-end gap-2" data-testid="increase-panel">
        <Field
          label={`Add (amount of ${increaseSide === 'token0' ? p.token0.displaySymbol : p.token1.displaySymbol})`}
          inputMode="decimal"
          value={increaseText}
          onChange={(e) => setIncreaseText(e.target.value)}
          data-testid="increase-amount"
        />
        <select
          aria-label="Token the amount is in"
          className="h-10 rounded-lg border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-950"
          value={increaseSide}
          onChange={(e) => setIncreaseSide(e.target.value === 'token1' ? 'token1' : 'token0')}
          data-testid="increase-side"
        >
          <option value="token0">{p.token0.displaySymbol}</option>
          <option value="token1">{p.token1.displaySymbol}</option>
        </select>
        <Button
          disabled={!increasePlan?.ok || !canSign}
          onClick={() => setReviewing(true)}
          data-testid="open-review"
        >
          Review the increase
        </Button>
        {increasePlan && (
          <p className="w-full text-sm" data-testid="increase-preview">
            {increasePlan.ok ? (
              <span className="flex flex-wrap gap-x-3">
                Adds{' '}
                <TokenAmountFigure
                  showUsd={false}
                  amount={amountOf(p, 0, increasePlan.amount0Wei)}
                  testId="increase-amount0"
                />{' '}
                +
                <TokenAmountFigure
                  showUsd={false}
                  amount={amountOf(p, 1, increasePlan.amount1Wei)}
                  testId="increase-amount1"
                />
              </span>
            ) : (
              increasePlan.message
            )}
          </p>
        )}
      </div>
    )
  } else if (kind === 'close-v4' && p.v4) {
    const preview = v4Preview(CLOSE_BPS)
    inputs = preview && (
      <p className="flex flex-wrap gap-x-3 text-sm" data-testid="close-preview">
        <span>
          One modifyLiquidities removes all the liquidity, takes it with the fees and burns the NFT (in range
          or not). You receive
        </span>
        <AmountPair position={p} wei={[preview.received0Wei, preview.received1Wei]} testId="close-received" />
      </p>
    )
  } else if (kind === 'close' && p.v3) {
    const preview = closeAmounts({
      sqrtPriceX96: p.v3.sqrtPriceX96,
      tickLower: p.v3.tickLower,
      tickUpper: p.v3.tickUpper,
      liquidity: p.v3.liquidity,
      owed0Wei: p.owed0.amountWei,
      owed1Wei: p.owed1.amountWei,
      slippageBps: settings.slippageBps,
    })
    inputs = (
      <p className="flex flex-wrap gap-x-3 text-sm" data-testid="close-preview">
        <span>
          One transaction removes all the liquidity, collects everything and burns the NFT. You receive
        </span>
        <AmountPair position={p} wei={[preview.received0Wei, preview.received1Wei]} testId="close-received" />
      </p>
    )
  } else if (kind === 'collect' || kind === 'collect-v4') {
    inputs = (
      <p className="flex flex-wrap gap-x-3 text-sm" data-testid="collect-preview">
        <span>Collect pays everything owed:</span>
        <TokenAmountFigure amount={p.owed0} testId="collect-owed0" />
        <TokenAmountFigure amount={p.owed1} testId="collect-owed1" />
      </p>
    )
  }

  return (
    <Card title="Actions" data-testid="position-actions">
      <div className="flex flex-col gap-3">
        {disabledReason && (
          <p
            role="note"
            className="text-sm text-amber-800 dark:text-amber-200"
            data-testid="actions-disabled-reason"
          >
            {disabledReason}
          </p>
        )}
        {staked && (
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="staked-note">
            This position is staked: unstake it (which claims the rewards and returns the NFT) to increase,
            remove, collect or close it.
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <Button
              key={a.kind}
              size="sm"
              variant={kind === a.kind ? 'primary' : 'secondary'}
              // A watcher may open an action to see its preview; only its review and signing need the owner.
              disabled={busy || a.why !== undefined}
              title={a.why ?? disabledReason ?? undefined}
              onClick={() => choose(a.kind)}
              data-testid={a.testId}
            >
              {a.label}
            </Button>
          ))}
          {actions.length === 0 && !onDismiss && (
            <p className="text-sm">No action applies to this position.</p>
          )}
        </div>
        {hasWeth && (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={asEth}
              onChange={(e) => setAsEth(e.target.checked)}
              data-testid="receive-eth"
            />
            Receive WETH as ETH
          </label>
        )}
        {kind && !onDismiss && inputs}
        {kind && !onDismiss && reviewing && canSign && account.address && (
          <ManageReview
            key={`${kind}:${percentText}:${increaseSide}:${increaseText}:${asEth}`}
            chainId={chainId}
            owner={account.address}
            position={p}
            kind={kind}
            contracts={{
              npm: contracts.nonfungiblePositionManager,
              router: contracts.v2Router02,
              staker: contracts.v3Staker,
              positionManager: catalogue.v4?.positionManager,
              stateView: catalogue.v4?.stateView,
            }}
            incentive={incentive}
            farm={farm}
            removeBps={share.ok ? share.bps : undefined}
            increase={{ text: increaseText, side: increaseSide }}
            nativeSide={wethSide}
            settings={settings}
            onSettings={setSettings}
            canSign={canSign}
            onConfirm={run}
            onClose={() => setReviewing(false)}
          />
        )}
        {flow.state.phase !== 'idle' && (
          <div className="flex flex-col gap-2">
            <TxStepper
              state={flow.state}
              chainId={chainId}
              onContinue={flow.continue}
              onBackToReview={flow.reset}
            />
            {flow.state.phase === 'done' && (
              <Button
                className="self-start"
                variant="secondary"
                onClick={() => {
                  flow.reset()
                  setKind(null)
                  onDismiss?.()
                }}
                data-testid="manage-done"
              >
                Done
              </Button>
            )}
          </div>
        )}
      </div>
    </Card>
  )
}
