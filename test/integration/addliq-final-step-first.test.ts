import type { Address, TransactionReceipt } from 'viem'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { devnetCatalogue } from '../../src/chain/catalogue/devnetCatalogue.ts'
import { readPoolLiveState } from '../../src/chain/pools/readPoolLiveState.ts'
import { approvalsStateOverride } from '../../src/chain/write/allowanceStateOverride.ts'
import { buildAddPlan } from '../../src/chain/write/plans/buildAddPlan.ts'
import {
  buildV2StakePlan,
  buildV3StakePlan,
  mintedLpWei,
  mintedTokenId,
} from '../../src/chain/write/plans/buildFarmPlan.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import type { TxRequest } from '../../src/chain/write/txRequest.ts'
import { stakingRewardsWriteAbi } from '../../src/chain/write/writeAbis.ts'
import { rangeFromPercent } from '../../src/domain/actions/validateRange.ts'
import { listPoolChoices } from '../../src/domain/catalogue/listPoolChoices.ts'
import { createDevnetClient, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

// Every Add flow simulates its FINAL step before any approval is signed (approvals applied as an eth_call
// state override), built by the app's own plan builders, for an account that approved nothing yet.
const deployments = inject('deployments')
// A fresh impersonated address: no other test or seeding step has ever approved anything for it.
const account: Address = '0x00000000000000000000000000000000f1a57e11'
const choices = listPoolChoices(devnetCatalogue)
const weth = devnetCatalogue.anchors.wrappedNative
const v2 = choices.find((c) => c.protocol === 'v2' && c.farm)
const v3 = choices.find((c) => c.protocol === 'v3' && c.incentive)
if (!v2?.farm || !v3?.incentive) throw new Error('farmed V2 pair / V3 incentive pool missing')
const v2Pool = v2
const v3Pool = v3
let client: DevnetClient

// Inside each test's snapshot, so nothing leaks to other files.
beforeEach(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  await client.testClient.impersonateAccount({ address: account })
  await fundAndApprove(
    client,
    deployments,
    account,
    [v2.token0.address, v2.token1.address, v3.token0.address, v3.token1.address],
    [],
  )
})

/** The final step simulated before its approvals: reverts without the override, succeeds with it. */
async function simulateFinalFirst(requests: readonly TxRequest[]) {
  const final = requests.at(-1) as TxRequest
  const approvals = requests.slice(0, -1)
  expect(approvals.length).toBeGreaterThan(0)
  expect((await prepareTx(client.publicClient, account, final)).ok).toBe(false)
  const stateOverride = await approvalsStateOverride(client.publicClient, account, approvals)
  expect(stateOverride).toBeDefined()
  const simulated = await prepareTx(client.publicClient, account, final, {
    stateOverride: stateOverride ?? [],
  })
  if (!simulated.ok) throw new Error(simulated.error.message)
  return simulated
}

async function sendAll(requests: readonly TxRequest[]): Promise<TransactionReceipt> {
  let receipt: TransactionReceipt | undefined
  for (const request of requests) {
    const prepared = await prepareTx(client.publicClient, account, request)
    if (!prepared.ok) throw new Error(`${request.kind}: ${prepared.error.message}`)
    const hash = await client.walletClient.sendTransaction({
      account,
      chain: client.walletClient.chain,
      to: request.to,
      data: request.data,
      value: request.valueWei,
      gas: prepared.gasLimit,
    })
    receipt = await client.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
    expect(receipt.status).toBe('success')
  }
  if (!receipt) throw new Error('nothing sent')
  return receipt
}

async function plan(pool: typeof v2Pool, spender: Address, range = { tickLower: 0, tickUpper: 0 }) {
  const live = await readPoolLiveState(client.publicClient, { pool, account, spender })
  const built = buildAddPlan({
    form: {
      poolAddress: pool.address,
      ...range,
      independent: 'token0',
      amountText: '1',
      useNative: false,
      unlimitedApproval: false,
    },
    settings: { slippageBps: 50, deadlineMinutes: 20 },
    pool,
    live,
    account,
    spender,
    weth,
  })
  if (!built.ok) throw new Error(built.message)
  return { built, live }
}

describe('the final step is simulated before any approval', () => {
  it('V2 add, then the farm stake (approve LP → stake), simulated before their approvals', async () => {
    const router = deployments.contracts.v2Router02
    const { built } = await plan(v2Pool, router)
    expect(built.requests.map((r) => r.kind)).toEqual(['approve-token0', 'approve-token1', 'add-v2'])
    const simulated = await simulateFinalFirst(built.requests)
    const [, , liquidity] = simulated.result as readonly [bigint, bigint, bigint]
    expect(liquidity).toBe(built.liquidity)

    const receipt = await sendAll(built.requests)
    const farm = v2Pool.farm?.address as Address
    const lp = mintedLpWei(receipt, v2Pool.address, account)
    expect(lp).toBe(built.liquidity)
    const stake = buildV2StakePlan(farm, v2Pool.address, lp, 0n)
    expect(stake.map((r) => r.kind)).toEqual(['approve-lp', 'farm-stake'])
    await simulateFinalFirst(stake)
    await sendAll(stake)
    expect(
      await client.publicClient.readContract({
        address: farm,
        abi: stakingRewardsWriteAbi,
        functionName: 'balanceOf',
        args: [account],
      }),
    ).toBe(lp)
  })

  it('V3 mint, then the staker deposit (one transaction, no approval): simulated before it is signed', async () => {
    const npm = deployments.contracts.nonfungiblePositionManager
    const live = await readPoolLiveState(client.publicClient, { pool: v3Pool, account, spender: npm })
    const tick = live.v3?.tick as number
    const { built } = await plan(v3Pool, npm, rangeFromPercent(tick, v3Pool.tickSpacing, 10, 10))
    await simulateFinalFirst(built.requests)
    const receipt = await sendAll(built.requests)
    const tokenId = mintedTokenId(receipt) as bigint
    const stake = buildV3StakePlan({
      npm,
      staker: deployments.contracts.v3Staker,
      owner: account,
      tokenId,
      incentive: v3Pool.incentive as NonNullable<typeof v3Pool.incentive>,
    })
    expect(stake).toHaveLength(1)
    const prepared = await prepareTx(client.publicClient, account, stake[0] as TxRequest)
    expect(prepared.ok).toBe(true)
  })
})
