// Manage simulates its final transaction before any approval: the exact increase (V3) and
// removeLiquidity (V2) are run in eth_call with their approvals applied through a state override, and
// a final step that would revert is known — with its reason — while nothing has been signed yet.
import { type Address, numberToHex } from 'viem'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { readManageState } from '../../src/chain/readManageState.ts'
import { buildApproveRequest } from '../../src/chain/write/buildApproveRequest.ts'
import { buildV2RemovePlan } from '../../src/chain/write/plans/buildManageRequests.ts'
import { buildV3IncreasePlan } from '../../src/chain/write/plans/buildV3IncreasePlan.ts'
import { simulateFinalStep } from '../../src/chain/write/simulateFinalStep.ts'
import { v2RouterAbi } from './helpers/abis.ts'
import { createDevnetClient, DEADLINE, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

const deployments = inject('deployments')
const { contracts } = deployments
const npm = contracts.nonfungiblePositionManager
// A seeded trader: funded here; it never approved the NPM or the router for LP tokens.
const account = deployments.seed.traders.at(-2) as Address
const inRange = deployments.seed.demoPositions.find((p) => p.label === 'in-range')
if (!inRange) throw new Error('no in-range demo position')
const position = inRange
const pool = deployments.v3Pools.find((p) => p.address === position.pool)
if (!pool) throw new Error('pool of the in-range position missing')
const v3Pool = pool
const token = (address: Address) => {
  const info = deployments.tokens.find((t) => t.address === address)
  if (!info) throw new Error(`unknown token ${address}`)
  return { address, decimals: info.decimals, displaySymbol: info.symbol }
}
let client: DevnetClient

beforeEach(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  await fundAndApprove(client, deployments, account, [v3Pool.token0, v3Pool.token1], [])
})

async function increasePlan() {
  const state = await readManageState(client.publicClient, {
    owner: account,
    tokens: [v3Pool.token0, v3Pool.token1],
    spender: npm,
    v3: { npm, pool: v3Pool.address, tokenId: BigInt(position.tokenId) },
  })
  expect(state.allowancesWei[v3Pool.token0.toLowerCase()]).toBe(0n)
  const plan = buildV3IncreasePlan({
    npm,
    tokenId: BigInt(position.tokenId),
    sqrtPriceX96: state.v3?.sqrtPriceX96 ?? 0n,
    tickLower: position.tickLower,
    tickUpper: position.tickUpper,
    token0: token(v3Pool.token0),
    token1: token(v3Pool.token1),
    independent: 'token0',
    amountText: '0.25',
    slippageBps: 50,
    deadline: state.blockTimestamp + 1200n,
    allowance0Wei: state.allowancesWei[v3Pool.token0.toLowerCase()] ?? 0n,
    allowance1Wei: state.allowancesWei[v3Pool.token1.toLowerCase()] ?? 0n,
  })
  if (!plan.ok) throw new Error(plan.message)
  return plan
}

describe('Manage: the final step is simulated before any approval', () => {
  it('increase: with both approvals overridden the exact increase simulates to the predicted amounts', async () => {
    const plan = await increasePlan()
    expect(plan.requests.map((r) => r.kind)).toEqual(['approve-token0', 'approve-token1', 'increase'])
    const nonce = await client.publicClient.getTransactionCount({ address: account })
    const simulated = await simulateFinalStep(client.publicClient, account, plan.requests)
    if (simulated.status !== 'ok') throw new Error(`simulation: ${simulated.status}`)
    expect(simulated.withApprovals).toBe(true)
    const [liquidity, amount0, amount1] = simulated.prepared.result as readonly [bigint, bigint, bigint]
    expect([liquidity, amount0, amount1]).toEqual([plan.liquidity, plan.amount0Wei, plan.amount1Wei])
    // Nothing was sent.
    expect(await client.publicClient.getTransactionCount({ address: account })).toBe(nonce)
  })

  it('increase on a pool that would revert: the reason is known before any approval', async () => {
    const plan = await increasePlan()
    expect((await simulateFinalStep(client.publicClient, account, plan.requests)).status).toBe('ok')
    // Clear slot0.unlocked (the top byte of slot 0): every pool.mint now reverts with LOK.
    const slot0 = await client.publicClient.getStorageAt({
      address: v3Pool.address,
      slot: numberToHex(0, { size: 32 }),
    })
    const locked = BigInt(slot0 ?? '0x0') & ~(0xffn << 240n)
    await client.testClient.setStorageAt({
      address: v3Pool.address,
      index: numberToHex(0, { size: 32 }),
      value: numberToHex(locked, { size: 32 }),
    })
    const simulated = await simulateFinalStep(client.publicClient, account, plan.requests)
    expect(simulated).toMatchObject({ status: 'reverted', reason: 'LOK' })
  })

  it('a token whose allowance storage cannot be found: reported as not simulable, not as a success', async () => {
    const plan = await increasePlan()
    // Multicall3 has no allowance mapping: the slot probe finds nothing, so no override can be built.
    const opaque = buildApproveRequest({
      token: '0xcA11bde05977b3631167028862bE2a173976CA11',
      spender: npm,
      amountWei: 1n,
      label: 'Approve an opaque token',
    })
    expect(await simulateFinalStep(client.publicClient, account, [opaque, ...plan.requests])).toEqual({
      status: 'no-override',
    })
  })

  it('without the approval override the increase only fails for the missing allowance', async () => {
    // What the review would see if it simulated the bare final step: the override is what makes it real.
    const plan = await increasePlan()
    const plain = await simulateFinalStep(client.publicClient, account, plan.requests.slice(-1))
    expect(plain).toMatchObject({ status: 'reverted', reason: 'STF' })
  })

  it('V2 remove: the exact removeLiquidity simulates with the LP approval overridden', async () => {
    const pair = deployments.v2Pairs.find((p) => p.token0 === v3Pool.token0 && p.token1 === v3Pool.token1)
    if (!pair) throw new Error('no V2 pair for these tokens')
    await fundAndApprove(client, deployments, account, [pair.token0, pair.token1], [contracts.v2Router02])
    await client.write({
      from: account,
      address: contracts.v2Router02,
      abi: v2RouterAbi,
      functionName: 'addLiquidity',
      args: [pair.token0, pair.token1, 10n ** 17n, 10n ** 9n, 0n, 0n, account, DEADLINE],
    })
    const state = await readManageState(client.publicClient, {
      owner: account,
      tokens: [pair.address],
      spender: contracts.v2Router02,
      v2: { pair: pair.address, token0: pair.token0, token1: pair.token1 },
    })
    const lpBalanceWei = state.balancesWei[pair.address.toLowerCase()] ?? 0n
    expect(lpBalanceWei).toBeGreaterThan(0n)
    if (!state.v2) throw new Error('no pair state')
    const plan = buildV2RemovePlan({
      router: contracts.v2Router02,
      pair: pair.address,
      token0: pair.token0,
      token1: pair.token1,
      lpBalanceWei,
      removeBps: 5_000,
      state: state.v2,
      lpAllowanceWei: state.allowancesWei[pair.address.toLowerCase()] ?? 0n,
      slippageBps: 50,
      deadline: state.blockTimestamp + 1200n,
      to: account,
    })
    expect(plan.requests.map((r) => r.kind)).toEqual(['approve-lp', 'remove-v2'])
    const simulated = await simulateFinalStep(client.publicClient, account, plan.requests)
    if (simulated.status !== 'ok') throw new Error(`simulation: ${simulated.status}`)
    expect(simulated.prepared.result).toEqual([plan.amount0Wei, plan.amount1Wei])
  })
})
