import { useState } from 'react'
import { type Address, formatUnits } from 'viem'
import { useChainId } from 'wagmi'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import { getUniswapContracts } from '../../config/uniswapContracts.ts'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { Field } from '../../ui/Field.tsx'
import { listPoolChoices, wrappedNativeOf } from '../add-liquidity/data/poolChoices.ts'
import { buildV3StakePlan, incentiveActive } from '../add-liquidity/derive/buildFarmPlan.ts'
import { deadlineFromChainTime } from '../add-liquidity/derive/slippage.ts'
import { useAddLiquiditySettings } from '../add-liquidity/useAddLiquiditySettings.ts'
import type { PositionViewOk } from '../positions/model.ts'
import { usePositions } from '../positions/usePositions.ts'
import { TxStepper } from '../transactions/TxStepper.tsx'
import { useTxFlow } from '../transactions/useTxFlow.ts'
import {
  buildFarmActionPlan,
  buildV2RemovePlan,
  buildV3CollectPlan,
  buildV3RemovePlan,
  buildV3UnstakePlan,
} from './buildManageRequests.ts'
import { buildV3IncreasePlan, type V3IncreasePlan } from './buildV3IncreasePlan.ts'

/** Position management: increase, remove %, collect, stake/unstake, claim — each simulated, signed and tracked. */
export function ManagePositions() {
  const chainId = useChainId()
  const { positions, account, snapshot } = usePositions()
  const contracts = getUniswapContracts(chainId)
  const [settings] = useAddLiquiditySettings()
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
  const weth = wrappedNativeOf(chainId)
  const choices = listPoolChoices(chainId)

  if (!contracts || !account.address) return <p className="text-sm">Connect a wallet to manage positions.</p>
  const owner = account.address as Address
  const chainTime = snapshot ? BigInt(snapshot.blockTimestamp) : undefined
  const deadline = chainTime !== undefined ? deadlineFromChainTime(chainTime, settings.deadlineMinutes) : 0n
  const active = positions.filter((p): p is PositionViewOk => p.status === 'ok' && !(p.v3?.closed ?? false))
  const run = (requests: TxRequest[]) => {
    setFormError(null)
    flow.start(requests)
  }
  const wethSide = (p: PositionViewOk) =>
    !asEth || !weth
      ? undefined
      : p.token0.address.toLowerCase() === weth.toLowerCase()
        ? 'token0'
        : p.token1.address.toLowerCase() === weth.toLowerCase()
          ? 'token1'
          : undefined
  const percentNumber = Number(percent)
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
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            data-testid="remove-percent"
          />
          <div className="flex items-end gap-2">
            <Field
              label={`Increase by (amount of ${increaseSide === 'token0' ? 'the first' : 'the second'} token)`}
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
          const incentive = p.v3
            ? choices.find((c) => c.address.toLowerCase() === p.v3?.pool.toLowerCase())?.incentive
            : undefined
          return (
            <li
              key={p.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
              data-testid="manage-row"
              data-position-id={p.id}
            >
              <span>{label}</span>
              {p.v3 && increaseText.trim() !== '' && (
                <IncreasePreview position={p} plan={increasePlanOf(p)} />
              )}
              <span className="flex flex-wrap gap-2">
                {p.v3 && p.location === 'wallet' && (
                  <>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={busy}
                      data-testid="action-increase"
                      onClick={() => {
                        const plan = increasePlanOf(p)
                        if (!plan?.ok) return setFormError(plan?.message ?? 'No position state.')
                        run(plan.requests)
                      }}
                    >
                      Increase
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={busy}
                      data-testid="action-remove"
                      onClick={() => {
                        const v3 = p.v3 as NonNullable<PositionViewOk['v3']>
                        try {
                          run(
                            buildV3RemovePlan({
                              npm: contracts.nonfungiblePositionManager,
                              tokenId: v3.tokenId,
                              liquidity: v3.liquidity,
                              percent: percentNumber,
                              sqrtPriceX96: v3.sqrtPriceX96,
                              tickLower: v3.tickLower,
                              tickUpper: v3.tickUpper,
                              token0: p.token0.address,
                              token1: p.token1.address,
                              nativeSide: wethSide(p),
                              slippageBps: settings.slippageBps,
                              deadline,
                              recipient: owner,
                            }).requests,
                          )
                        } catch (error) {
                          setFormError((error as Error).message)
                        }
                      }}
                    >
                      Remove {Number.isFinite(percentNumber) ? percentNumber : '?'} %
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={busy}
                      data-testid="action-collect"
                      onClick={() =>
                        run(
                          buildV3CollectPlan({
                            npm: contracts.nonfungiblePositionManager,
                            tokenId: (p.v3 as NonNullable<PositionViewOk['v3']>).tokenId,
                            token0: p.token0.address,
                            token1: p.token1.address,
                            nativeSide: wethSide(p),
                            recipient: owner,
                          }),
                        )
                      }
                    >
                      Collect fees
                    </Button>
                    {incentive &&
                      contracts.v3Staker &&
                      chainTime !== undefined &&
                      incentiveActive(incentive, chainTime) && (
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={busy}
                          data-testid="action-stake-v3"
                          onClick={() =>
                            run(
                              buildV3StakePlan({
                                npm: contracts.nonfungiblePositionManager,
                                staker: contracts.v3Staker as Address,
                                owner,
                                tokenId: (p.v3 as NonNullable<PositionViewOk['v3']>).tokenId,
                                incentive,
                              }),
                            )
                          }
                        >
                          Stake
                        </Button>
                      )}
                  </>
                )}
                {p.v3 && p.location === 'v3-staker' && incentive && contracts.v3Staker && (
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={busy}
                    data-testid="action-unstake-v3"
                    onClick={() =>
                      run(
                        buildV3UnstakePlan(
                          contracts.v3Staker as Address,
                          (p.v3 as NonNullable<PositionViewOk['v3']>).tokenId,
                          incentive,
                          owner,
                        ),
                      )
                    }
                  >
                    Unstake, claim and withdraw
                  </Button>
                )}
                {p.v2 && p.location === 'wallet' && (
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={busy}
                    data-testid="action-remove-v2"
                    onClick={() => {
                      const v2 = p.v2 as NonNullable<PositionViewOk['v2']>
                      try {
                        run(
                          buildV2RemovePlan({
                            router: contracts.v2Router02,
                            pair: v2.pair,
                            token0: p.token0.address,
                            token1: p.token1.address,
                            lpBalanceWei: v2.lpBalanceWei,
                            percent: percentNumber,
                            reserve0Wei: v2.reserve0Wei,
                            reserve1Wei: v2.reserve1Wei,
                            totalSupplyWei: v2.lpTotalSupplyWei,
                            slippageBps: settings.slippageBps,
                            deadline,
                            to: owner,
                          }),
                        )
                      } catch (error) {
                        setFormError((error as Error).message)
                      }
                    }}
                  >
                    Remove {Number.isFinite(percentNumber) ? percentNumber : '?'} %
                  </Button>
                )}
                {p.v2 && p.location === 'farm' && p.v2.farm && (
                  <>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={busy}
                      data-testid="action-claim-farm"
                      onClick={() => run(buildFarmActionPlan(p.v2?.farm as Address, 'getReward'))}
                    >
                      Claim rewards
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={busy}
                      data-testid="action-exit-farm"
                      onClick={() => run(buildFarmActionPlan(p.v2?.farm as Address, 'exit'))}
                    >
                      Unstake all and claim
                    </Button>
                  </>
                )}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** What "Increase" would deposit into this position: the typed side and the exactly derived other side. */
function IncreasePreview(props: { position: PositionViewOk; plan: V3IncreasePlan | undefined }) {
  const { position, plan } = props
  if (!plan) return null
  return (
    <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="increase-preview">
      {plan.ok
        ? `Increase adds ${formatUnits(plan.amount0Wei, position.token0.decimals)} ${position.token0.displaySymbol} + ${formatUnits(plan.amount1Wei, position.token1.decimals)} ${position.token1.displaySymbol}`
        : plan.message}
    </span>
  )
}
