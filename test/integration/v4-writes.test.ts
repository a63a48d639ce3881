import {
  type Address,
  createPublicClient,
  createWalletClient,
  erc20Abi,
  http,
  type PublicClient,
  zeroAddress,
} from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/chain.ts'
import { positionManagerAbi } from '../../src/chain/abi/positionManagerAbi.ts'
import { getPositionsConfig, type PositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { readManageState } from '../../src/chain/readManageState.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import {
  buildManageAction,
  type ManageActionKind,
  type ManageReviewModel,
} from '../../src/chain/write/plans/buildManageAction.ts'
import { simulateFinalStep } from '../../src/chain/write/simulateFinalStep.ts'
import { v4PayoutVerdict } from '../../src/domain/actions/v4PayoutGate.ts'
import type { V4DeploymentInfo } from '../../src/domain/catalogue/types.ts'
import type { PositionViewOk } from '../../src/domain/positions/model.ts'

// Each test runs in its own devnet snapshot (test/setup/snapshot.setup.ts): the writes below are reverted after.
type V4View = PositionViewOk & { v4: NonNullable<PositionViewOk['v4']> }
const SLIPPAGE_BPS = 50
const DEADLINE_MINUTES = 20

function setup() {
  const deployments = inject('deployments')
  const v4 = deployments.v4 as V4DeploymentInfo
  if (!v4) throw new Error('the devnet deployments have no v4 section')
  const config = getPositionsConfig(deployments.chainId) as PositionsConfig
  if (!config?.v4) throw new Error('the devnet positions config has no V4')
  const client = createPublicClient({ chain: devnetChain, transport: http(inject('rpcUrl')), cacheTime: 0 })
  const owner = deployments.demoAccount as Address
  return { deployments, v4, config, owner, client: client as PublicClient }
}

const tokenIdOf = (v4: V4DeploymentInfo, label: string) => {
  const seeded = v4.demoPositions.find((p) => p.label === label)
  if (!seeded) throw new Error(`no seeded V4 position "${label}"`)
  return BigInt(seeded.tokenId)
}

/** The app's view of V4 #tokenId, as the position page reads it (the NFT id known from the URL). */
async function viewOf(client: PublicClient, config: PositionsConfig, owner: Address, tokenId: bigint) {
  const snapshot = await loadPositions(client, {
    account: owner,
    config,
    toBlock: await client.getBlockNumber(),
    v4TokenIds: { ok: true, value: [tokenId] },
  })
  const view = snapshot.positions.find((p) => p.id === `v4:${tokenId}`)
  if (view?.status !== 'ok' || !view.v4)
    throw new Error(`V4 #${tokenId} is not readable: ${JSON.stringify(view)}`)
  return view as V4View
}

/** The review exactly as ManageReview builds it: chain state at the latest block, then the model and its simulation. */
async function review(
  ctx: ReturnType<typeof setup>,
  view: V4View,
  kind: ManageActionKind,
  removeBps?: number,
) {
  const { client, config, owner, deployments } = ctx
  const v4 = config.v4 as NonNullable<PositionsConfig['v4']>
  const state = await readManageState(client, {
    owner,
    tokens: [],
    v4: {
      positionManager: v4.positionManager,
      stateView: v4.stateView,
      tokenId: view.v4.tokenId,
      poolKey: view.v4.poolKey,
      tickLower: view.v4.tickLower,
      tickUpper: view.v4.tickUpper,
    },
  })
  const model = buildManageAction({
    kind,
    position: view,
    state,
    owner,
    contracts: {
      npm: deployments.contracts.nonfungiblePositionManager,
      router: deployments.contracts.v2Router02,
      staker: undefined,
      positionManager: v4.positionManager,
      stateView: v4.stateView,
    },
    incentive: undefined,
    removeBps,
    increase: { text: '', side: 'token0' },
    nativeSide: undefined,
    slippageBps: SLIPPAGE_BPS,
    deadlineMinutes: DEADLINE_MINUTES,
  })
  if (!model.ok) throw new Error(model.message)
  expect(model.deadline, 'deadline from chain time').toBe(
    state.blockTimestamp + BigInt(DEADLINE_MINUTES * 60),
  )
  const check = model.payoutCheck as NonNullable<Extract<ManageReviewModel, { ok: true }>['payoutCheck']>
  expect(check.recipient).toBe(owner)
  const simulation = await simulateFinalStep(client, owner, model.requests, { payout: check })
  if (simulation.status !== 'ok') throw new Error(`simulation ${simulation.status}`)
  // What the review shows as the total must be the exact row the payout check holds.
  const total = model.rows.find((row) => row.key === 'total')?.amounts?.map((a) => a.amountWei)
  expect(total).toEqual(check.expectedWei)
  return { state, model, check, simulation }
}

async function balanceOf(client: PublicClient, currency: Address, owner: Address) {
  if (currency === zeroAddress) return client.getBalance({ address: owner })
  return client.readContract({ address: currency, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}

/** Sends the reviewed request from the dev wallet (the demo account, unlocked on the devnet) and returns what it paid. */
async function sendAndMeasure(
  ctx: ReturnType<typeof setup>,
  view: V4View,
  model: Extract<ManageReviewModel, { ok: true }>,
) {
  const { client, owner } = ctx
  const [request] = model.requests
  if (!request || model.requests.length !== 1) throw new Error('a V4 write is one transaction')
  const { currency0, currency1 } = view.v4.poolKey
  const before = [await balanceOf(client, currency0, owner), await balanceOf(client, currency1, owner)]
  const wallet = createWalletClient({ chain: devnetChain, transport: http(inject('rpcUrl')), account: owner })
  const hash = await wallet.sendTransaction({ to: request.to, data: request.data, value: request.valueWei })
  const receipt = await client.waitForTransactionReceipt({ hash })
  expect(receipt.status).toBe('success')
  const gasWei = receipt.gasUsed * receipt.effectiveGasPrice
  const after = [await balanceOf(client, currency0, owner), await balanceOf(client, currency1, owner)]
  // Native ETH: the balance also paid the gas (from the receipt); add it back to get the payout.
  return [currency0, currency1].map(
    (currency, i) => (after[i] as bigint) - (before[i] as bigint) + (currency === zeroAddress ? gasWei : 0n),
  )
}

describe('V4 writes through PositionManager.modifyLiquidities (issue 14)', () => {
  it('Collect (DECREASE 0 + TAKE_PAIR) pays exactly the uncollected fees the page shows, native-ETH and hooked pools included', async () => {
    const ctx = setup()
    let native = 0
    let hooked = 0
    for (const label of ['in-range', 'full-range', 'uncollected-fees', 'subscribed']) {
      const view = await viewOf(ctx.client, ctx.config, ctx.owner, tokenIdOf(ctx.v4, label))
      const shown = [view.uncollectedFees0?.amountWei, view.uncollectedFees1?.amountWei]
      expect((shown[0] ?? 0n) + (shown[1] ?? 0n), `${label} has fees`).toBeGreaterThan(0n)
      const { model, check, simulation } = await review(ctx, view, 'collect-v4')
      expect(check.expectedWei, `${label}: the review shows the page's fees`).toEqual(shown)
      expect(simulation.payout, `${label}: simulated payout`).toEqual({ status: 'ok', amountsWei: shown })
      // Were this hook able to change the amounts: the real simulation would let it sign, one wei less would not.
      const simulated = simulation.payout as NonNullable<typeof simulation.payout>
      expect(
        v4PayoutVerdict({ reviewedWei: check.expectedWei, simulated, hookMayAlterAmounts: true }).sign,
      ).toBe(true)
      const offByOne = [(check.expectedWei[0] as bigint) + 1n, check.expectedWei[1] as bigint]
      expect(v4PayoutVerdict({ reviewedWei: offByOne, simulated, hookMayAlterAmounts: true }).sign).toBe(
        false,
      )
      const paid = await sendAndMeasure(ctx, view, model)
      expect(paid, `${label}: paid`).toEqual(shown)
      const liquidity = await ctx.client.readContract({
        address: ctx.config.v4?.positionManager as Address,
        abi: positionManagerAbi,
        functionName: 'getPositionLiquidity',
        args: [view.v4.tokenId],
      })
      expect(liquidity, `${label}: a collect keeps the liquidity`).toBe(view.v4.liquidity)
      if (view.v4.poolKey.currency0 === zeroAddress) native++
      if (view.v4.hook) hooked++
      // Nothing left to collect: a second review shows 0 fees.
      const again = await review(
        ctx,
        await viewOf(ctx.client, ctx.config, ctx.owner, view.v4.tokenId),
        'collect-v4',
      )
      expect(again.check.expectedWei).toEqual([0n, 0n])
    }
    expect(native).toBeGreaterThanOrEqual(2)
    expect(hooked).toBeGreaterThanOrEqual(1)
  })

  it('Remove 50 % pays the reviewed amounts (principal + all the fees, ETH as ETH) and leaves the liquidity halved', async () => {
    const ctx = setup()
    for (const label of ['in-range', 'full-range']) {
      const view = await viewOf(ctx.client, ctx.config, ctx.owner, tokenIdOf(ctx.v4, label))
      const { model, check, simulation } = await review(ctx, view, 'remove-v4', 5_000)
      const removed = view.v4.liquidity / 2n
      expect(model.rows.find((r) => r.key === 'liquidity')?.exact).toBe(removed.toString())
      expect(simulation.payout).toEqual({ status: 'ok', amountsWei: check.expectedWei })
      const paid = await sendAndMeasure(ctx, view, model)
      expect(paid, `${label}: paid what the review showed`).toEqual(check.expectedWei)
      const liquidity = await ctx.client.readContract({
        address: ctx.config.v4?.positionManager as Address,
        abi: positionManagerAbi,
        functionName: 'getPositionLiquidity',
        args: [view.v4.tokenId],
      })
      expect(liquidity, `${label}: halved`).toBe(view.v4.liquidity - removed)
    }
  })

  it('Close (DECREASE all + TAKE_PAIR + BURN) burns the NFT — out of range, hooked and subscribed too — and pays what the review showed', async () => {
    const ctx = setup()
    for (const label of ['out-of-range', 'full-range', 'subscribed']) {
      const view = await viewOf(ctx.client, ctx.config, ctx.owner, tokenIdOf(ctx.v4, label))
      if (label === 'out-of-range') expect(view.v4.inRange).toBe(false)
      const { model, check, simulation } = await review(ctx, view, 'close-v4')
      expect(check.expectedWei).toEqual([
        view.amount0.amountWei + view.owed0.amountWei,
        view.amount1.amountWei + view.owed1.amountWei,
      ])
      expect(simulation.payout).toEqual({ status: 'ok', amountsWei: check.expectedWei })
      const paid = await sendAndMeasure(ctx, view, model)
      expect(paid, `${label}: paid`).toEqual(check.expectedWei)
      await expect(
        ctx.client.readContract({
          address: ctx.config.v4?.positionManager as Address,
          abi: positionManagerAbi,
          functionName: 'ownerOf',
          args: [view.v4.tokenId],
        }),
        `${label}: burned`,
      ).rejects.toThrow()
      // The review of a burned NFT refuses to build rather than computing with an empty position.
      await expect(review(ctx, view, 'collect-v4')).rejects.toThrow(/no longer exists|burned/)
    }
  })
})
