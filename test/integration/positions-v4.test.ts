import {
  type Address,
  createPublicClient,
  createWalletClient,
  erc20Abi,
  getAddress,
  http,
  type PublicClient,
  parseAbi,
  zeroAddress,
} from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/chain.ts'
import { encodeV4Actions, V4_ACTIONS, v4ActionParams } from '../../devnet/v4Seed.ts'
import { positionManagerAbi } from '../../src/chain/abi/positionManagerAbi.ts'
import { getPositionsConfig, type PositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { findV4TokenIds } from '../../src/chain/history/findV4TokenIds.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import type { V4DeploymentInfo } from '../../src/domain/catalogue/types.ts'
import { computePortfolioTotals } from '../../src/domain/positions/computePortfolioTotals.ts'
import type { PositionsSnapshot, PositionViewOk } from '../../src/domain/positions/model.ts'

// Each test runs in its own devnet snapshot (test/setup/snapshot.setup.ts): the payouts below are reverted after.
/** Receives the payouts: an address with no balances, so a payout is its balance change. */
const PAYOUT_RECIPIENT: Address = '0x00000000000000000000000000000000000fee51'
const DEADLINE = 4_102_444_800n

const hookAbi = parseAbi([
  'function getHookPermissions() pure returns ((bool beforeInitialize, bool afterInitialize, bool beforeAddLiquidity, bool afterAddLiquidity, bool beforeRemoveLiquidity, bool afterRemoveLiquidity, bool beforeSwap, bool afterSwap, bool beforeDonate, bool afterDonate, bool beforeSwapReturnDelta, bool afterSwapReturnDelta, bool afterAddLiquidityReturnDelta, bool afterRemoveLiquidityReturnDelta))',
])

function setup() {
  const deployments = inject('deployments')
  const v4 = deployments.v4 as V4DeploymentInfo
  if (!v4) throw new Error('the devnet deployments have no v4 section')
  const config = getPositionsConfig(deployments.chainId) as PositionsConfig
  if (!config?.v4) throw new Error('the devnet positions config has no V4')
  const client = createPublicClient({ chain: devnetChain, transport: http(inject('rpcUrl')), cacheTime: 0 })
  return { deployments, v4, config, client: client as PublicClient }
}

async function balanceOf(client: PublicClient, currency: Address, owner: Address): Promise<bigint> {
  if (currency === zeroAddress) return client.getBalance({ address: owner })
  return client.readContract({ address: currency, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}

/** What the contracts pay: DECREASE_LIQUIDITY(tokenId, liquidity) + TAKE_PAIR to PAYOUT_RECIPIENT, sent by the owner. */
async function decreaseAndTake(
  client: PublicClient,
  positionManager: Address,
  owner: Address,
  view: PositionViewOk & { v4: NonNullable<PositionViewOk['v4']> },
  liquidity: bigint,
): Promise<{ amount0: bigint; amount1: bigint }> {
  const { poolKey, tokenId } = view.v4
  const before0 = await balanceOf(client, poolKey.currency0, PAYOUT_RECIPIENT)
  const before1 = await balanceOf(client, poolKey.currency1, PAYOUT_RECIPIENT)
  const wallet = createWalletClient({ chain: devnetChain, transport: http(inject('rpcUrl')), account: owner })
  const hash = await wallet.writeContract({
    address: positionManager,
    abi: positionManagerAbi,
    functionName: 'modifyLiquidities',
    args: [
      encodeV4Actions([
        { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(tokenId, liquidity) },
        { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(poolKey, PAYOUT_RECIPIENT) },
      ]),
      DEADLINE,
    ],
  })
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe('success')
  return {
    amount0: (await balanceOf(client, poolKey.currency0, PAYOUT_RECIPIENT)) - before0,
    amount1: (await balanceOf(client, poolKey.currency1, PAYOUT_RECIPIENT)) - before1,
  }
}

async function loadWithV4(client: PublicClient, account: Address, config: PositionsConfig) {
  const toBlock = await client.getBlockNumber()
  const v4 = config.v4 as NonNullable<PositionsConfig['v4']>
  const tokenIds = await findV4TokenIds(client, {
    chainId: config.chainId,
    account,
    v4,
    store: createMemoryLogStore(),
    toBlock,
  })
  const rounds: string[] = []
  const snapshot = await loadPositions(client, {
    account,
    config,
    toBlock,
    v4TokenIds: { ok: true, value: tokenIds },
    onMulticall: ({ round }) => rounds.push(round),
  })
  return { snapshot, tokenIds, toBlock, rounds }
}

const v4Views = (snapshot: PositionsSnapshot) =>
  snapshot.positions.filter((p) => p.protocol === 'v4') as (PositionViewOk & {
    v4: NonNullable<PositionViewOk['v4']>
  })[]

describe('V4 positions in the positions reader (issue 14)', () => {
  it("finds the demo account's V4 token ids from Transfer logs: each one ownerOf says it holds, the burned one absent", async () => {
    const { deployments, v4, config, client } = setup()
    const { snapshot, tokenIds } = await loadWithV4(client, deployments.demoAccount, config)
    const held: bigint[] = []
    for (const seeded of v4.demoPositions) {
      const tokenId = BigInt(seeded.tokenId)
      const owner = await client
        .readContract({
          address: v4.positionManager,
          abi: positionManagerAbi,
          functionName: 'ownerOf',
          args: [tokenId],
        })
        .catch(() => null)
      if (seeded.label === 'closed') expect(owner, 'the burned NFT has no owner').toBeNull()
      else if (owner && getAddress(owner) === getAddress(deployments.demoAccount)) held.push(tokenId)
    }
    expect(held.length).toBe(5)
    expect(tokenIds).toEqual(held)
    const views = v4Views(snapshot)
    expect(views.map((view) => view.v4.tokenId)).toEqual(held)
    expect(views.every((view) => view.status === 'ok')).toBe(true)
    const closed = BigInt(v4.demoPositions.find((p) => p.label === 'closed')?.tokenId ?? -1)
    expect(snapshot.positions.some((p) => p.id === `v4:${closed}`)).toBe(false)
  })

  it('reading V4 adds no request: the same multicall rounds with and without the V4 positions', async () => {
    const { deployments, config, client } = setup()
    const { rounds, toBlock } = await loadWithV4(client, deployments.demoAccount, config)
    const without: string[] = []
    const plain = await loadPositions(client, {
      account: deployments.demoAccount,
      config,
      toBlock,
      onMulticall: ({ round }) => without.push(round),
    })
    expect(rounds).toEqual(without)
    expect(plain.positions.some((p) => p.protocol === 'v4')).toBe(false)
  })

  it('each V4 position: uncollected fees = what DECREASE(0) + TAKE_PAIR pays, amounts = what DECREASE(all) + TAKE_PAIR pays, to the wei', async () => {
    const { deployments, v4, config, client } = setup()
    const { snapshot } = await loadWithV4(client, deployments.demoAccount, config)
    const views = v4Views(snapshot)
    expect(views.length).toBe(5)
    let nativeChecked = 0
    let hookedChecked = 0
    for (const view of views) {
      const label = v4.demoPositions.find((p) => BigInt(p.tokenId) === view.v4.tokenId)?.label
      const fees = await decreaseAndTake(client, v4.positionManager, deployments.demoAccount, view, 0n)
      expect(fees, `${label} fees`).toEqual({
        amount0: view.uncollectedFees0?.amountWei,
        amount1: view.uncollectedFees1?.amountWei,
      })
      expect(view.owed0.amountWei + view.owed1.amountWei).toBe(fees.amount0 + fees.amount1)
      const principal = await decreaseAndTake(
        client,
        v4.positionManager,
        deployments.demoAccount,
        view,
        view.v4.liquidity,
      )
      expect(principal, `${label} amounts`).toEqual({
        amount0: view.amount0.amountWei,
        amount1: view.amount1.amountWei,
      })
      if (label !== 'out-of-range') expect(fees.amount0 + fees.amount1, `${label} earned`).toBeGreaterThan(0n)
      if (label === 'out-of-range') expect(view.v4.inRange).toBe(false)
      else expect(view.v4.inRange).toBe(true)
      if (view.v4.poolKey.currency0 === zeroAddress) {
        nativeChecked++
        expect(view.token0.symbol).toBe('ETH')
        expect(view.token0.decimals).toBe(18)
      }
      if (view.v4.hook) hookedChecked++
    }
    expect(nativeChecked).toBeGreaterThanOrEqual(2)
    expect(hookedChecked).toBeGreaterThanOrEqual(1)
  })

  it("hook flags equal the hook's getHookPermissions(), the subscriber is the devnet's, native ETH is priced as WETH", async () => {
    const { deployments, v4, config, client } = setup()
    const { snapshot } = await loadWithV4(client, deployments.demoAccount, config)
    const views = v4Views(snapshot)
    const hooked = views.filter((view) => view.v4.hook)
    expect(hooked.length).toBeGreaterThan(0)
    for (const view of hooked) {
      const hook = view.v4.hook as NonNullable<typeof view.v4.hook>
      expect(getAddress(hook.address)).toBe(getAddress(v4.swapCounterHook))
      const onChain = await client.readContract({
        address: hook.address,
        abi: hookAbi,
        functionName: 'getHookPermissions',
      })
      expect(hook.permissions).toEqual({ ...onChain })
      expect(hook.enabled).toEqual(['beforeSwap', 'afterSwap'])
      expect(hook.mayAlterAmounts).toBe(false)
    }
    for (const view of views) {
      const label = v4.demoPositions.find((p) => BigInt(p.tokenId) === view.v4.tokenId)?.label
      if (label === 'subscribed')
        expect(getAddress(view.v4.subscriber as Address)).toBe(getAddress(v4.subscriber))
      else expect(view.v4.subscriber).toBeNull()
    }
    const weth = deployments.contracts.weth9.toLowerCase()
    expect(snapshot.pricesUsd[weth]).toBeGreaterThan(0)
    expect(snapshot.pricesUsd[zeroAddress]).toBe(snapshot.pricesUsd[weth])
    const native = views.find(
      (view) => view.v4.poolKey.currency0 === zeroAddress && view.amount0.amountWei > 0n,
    )
    expect(native?.amount0.valueUsd).toBeCloseTo(
      (Number(native?.amount0.amountWei) / 1e18) * (snapshot.pricesUsd[weth] as number),
      6,
    )
  })

  it('a V4 read that fails leaves V2/V3 as they are and makes the totals partial, saying why', async () => {
    const { deployments, config, client } = setup()
    const { snapshot: full, tokenIds, toBlock } = await loadWithV4(client, deployments.demoAccount, config)
    const nonV4 = (snapshot: PositionsSnapshot) =>
      snapshot.positions
        .filter((p) => p.protocol !== 'v4')
        .map((p) => [p.id, p.status, p.status === 'ok' ? p.valueUsd : null])
    // The discovery failed: one unavailable V4 entry, in no total, and every total says partial.
    const undiscovered = await loadPositions(client, {
      account: deployments.demoAccount,
      config,
      toBlock,
      v4TokenIds: { ok: false, error: 'eth_getLogs: range too large' },
    })
    expect(nonV4(undiscovered)).toEqual(nonV4(full))
    const unknown = undiscovered.positions.filter((p) => p.protocol === 'v4')
    expect(unknown.map((p) => [p.id, p.status])).toEqual([['v4:unknown', 'unavailable']])
    const totals = computePortfolioTotals(undiscovered.positions)
    expect(totals.value.partial).toBe(true)
    expect(totals.gaps.unavailable.map((gap) => gap.id)).toContain('v4:unknown')
    // A token id PositionManager never minted: no position info, so that one position is unavailable and
    // the others are read as before.
    const unminted = (tokenIds.at(-1) ?? 0n) + 1_000n
    const withBad = await loadPositions(client, {
      account: deployments.demoAccount,
      config,
      toBlock,
      v4TokenIds: { ok: true, value: [...tokenIds, unminted] },
    })
    const bad = withBad.positions.find((p) => p.id === `v4:${unminted}`)
    expect(bad?.status).toBe('unavailable')
    expect(bad?.status === 'unavailable' && bad.reason).toContain('does not exist')
    expect(withBad.positions.filter((p) => p.id !== `v4:${unminted}`)).toEqual(full.positions)
    expect(computePortfolioTotals(withBad.positions).value.partial).toBe(true)
  })
})
