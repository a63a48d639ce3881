// V2 remove and V2 add with the factory's protocol fee switched on: the predictions Poolscope signs
// (from readV2PairState → buildV2RemovePlan / deriveV2Deposit) equal what the real pair mints and burns,
// to the wei. With the fee ignored (the old hard-coded feeOn: false) they would not.
import { type Address, parseAbi, parseEventLogs } from 'viem'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { devnetCatalogue } from '../../src/chain/catalogue/devnetCatalogue.ts'
import { readPoolLiveState } from '../../src/chain/pools/readPoolLiveState.ts'
import { readV2PairState } from '../../src/chain/readV2PairState.ts'
import { mintedLpWei } from '../../src/chain/write/plans/buildFarmPlan.ts'
import { buildV2RemovePlan } from '../../src/chain/write/plans/buildManageRequests.ts'
import type { TxRequest } from '../../src/chain/write/txRequest.ts'
import { deriveV2Deposit } from '../../src/domain/actions/deriveV2Deposit.ts'
import { listPoolChoices } from '../../src/domain/catalogue/listPoolChoices.ts'
import { erc20Abi, v2FactoryAbi, v2PairAbi, v2RouterAbi } from './helpers/abis.ts'
import { createDevnetClient, DEADLINE, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

const deployments = inject('deployments')
const { contracts } = deployments
const account = deployments.seed.traders.at(-1) as Address
/** anvil account 8: receives the protocol fee. */
const FEE_TO = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' as Address
const wethPair = deployments.v2Pairs.find(
  (p) => p.token0 === deployments.contracts.weth9 || p.token1 === deployments.contracts.weth9,
)
if (!wethPair) throw new Error('no WETH V2 pair on the devnet')
const pair = wethPair
const burnAbi = parseAbi([
  'event Burn(address indexed sender, uint256 amount0, uint256 amount1, address indexed to)',
])
let client: DevnetClient

/** Sends one prepared request exactly as the app would (its calldata, unchanged). */
async function send(request: TxRequest) {
  const hash = await client.walletClient.sendTransaction({
    account,
    chain: client.walletClient.chain,
    to: request.to,
    data: request.data,
    value: request.valueWei,
    gas: 5_000_000n,
  })
  const receipt = await client.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
  expect(receipt.status).toBe('success')
  return receipt
}

const pairState = () =>
  readV2PairState(client.publicClient, { pair: pair.address, token0: pair.token0, token1: pair.token1 })

async function swapBothWays() {
  for (const path of [
    [pair.token0, pair.token1],
    [pair.token1, pair.token0],
  ] as const) {
    const balance = await client.publicClient.readContract({
      address: path[0],
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [pair.address],
    })
    await client.write({
      from: account,
      address: contracts.v2Router02,
      abi: v2RouterAbi,
      functionName: 'swapExactTokensForTokens',
      args: [balance / 20n, 0n, [...path], account, DEADLINE],
    })
  }
}

beforeEach(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  await fundAndApprove(client, deployments, account, [pair.token0, pair.token1], [contracts.v2Router02])
  const feeToSetter = await client.publicClient.readContract({
    address: contracts.v2Factory,
    abi: v2FactoryAbi,
    functionName: 'feeToSetter',
  })
  await client.testClient.impersonateAccount({ address: feeToSetter })
  await client.testClient.setBalance({ address: feeToSetter, value: 10n ** 20n })
  await client.write({
    from: feeToSetter,
    address: contracts.v2Factory,
    abi: v2FactoryAbi,
    functionName: 'setFeeTo',
    args: [FEE_TO],
  })
  await client.testClient.stopImpersonatingAccount({ address: feeToSetter })
})

describe('V2 with the protocol fee on (factory feeTo set)', () => {
  it('readV2PairState sees the fee switch; add mints and remove burns exactly as predicted', async () => {
    // A first liquidity event with the fee on records kLast; swaps then grow k past it.
    await client.write({
      from: account,
      address: contracts.v2Router02,
      abi: v2RouterAbi,
      functionName: 'addLiquidity',
      args: [pair.token0, pair.token1, 10n ** 15n, 10n ** 15n, 0n, 0n, account, DEADLINE],
    })
    await swapBothWays()
    const before = await pairState()
    expect(before.feeOn).toBe(true)
    expect(before.kLast).toBeGreaterThan(0n)
    expect(before.reserve0 * before.reserve1).toBeGreaterThan(before.kLast)

    // Add: the Add form's own live read carries the fee state; deriveV2Deposit with it = the LP minted.
    const choice = listPoolChoices(devnetCatalogue).find(
      (c) => c.protocol === 'v2' && c.address === pair.address,
    )
    if (!choice) throw new Error('the V2 pair is not a pool choice')
    const live = await readPoolLiveState(client.publicClient, {
      pool: choice,
      account,
      spender: contracts.v2Router02,
    })
    if (!live.v2) throw new Error('no V2 live state')
    expect(live.v2).toEqual({
      reserve0: before.reserve0,
      reserve1: before.reserve1,
      totalSupply: before.totalSupply,
      feeOn: true,
      kLast: before.kLast,
    })
    const deposit = deriveV2Deposit(live.v2, 'token0', before.reserve0 / 100n)
    const feeIgnored = deriveV2Deposit({ ...before, feeOn: false }, 'token0', before.reserve0 / 100n)
    expect(feeIgnored.liquidityWei).not.toBe(deposit.liquidityWei)
    const added = await client.write({
      from: account,
      address: contracts.v2Router02,
      abi: v2RouterAbi,
      functionName: 'addLiquidity',
      args: [
        pair.token0,
        pair.token1,
        deposit.amount0DesiredWei,
        deposit.amount1DesiredWei,
        0n,
        0n,
        account,
        DEADLINE,
      ],
    })
    expect(mintedLpWei(added, pair.address, account)).toBe(deposit.liquidityWei)

    // More trading, then remove 62.5 % of the LP with the exact plan the Manage review signs.
    await swapBothWays()
    const state = await pairState()
    const lpBalanceWei = await client.publicClient.readContract({
      address: pair.address,
      abi: v2PairAbi,
      functionName: 'balanceOf',
      args: [account],
    })
    const common = {
      router: contracts.v2Router02,
      pair: pair.address,
      token0: pair.token0,
      token1: pair.token1,
      lpBalanceWei,
      removeBps: 6_250,
      lpAllowanceWei: 0n,
      slippageBps: 50,
      deadline: DEADLINE,
      to: account,
    }
    const plan = buildV2RemovePlan({ ...common, state })
    const oldPrediction = buildV2RemovePlan({ ...common, state: { ...state, feeOn: false } })
    expect(oldPrediction.amount0Wei).toBeGreaterThan(plan.amount0Wei)
    expect(plan.requests.map((r) => r.kind)).toEqual(['approve-lp', 'remove-v2'])
    const feeToLp0 = await client.publicClient.readContract({
      address: pair.address,
      abi: v2PairAbi,
      functionName: 'balanceOf',
      args: [FEE_TO],
    })
    let burned: { amount0: bigint; amount1: bigint } | undefined
    for (const request of plan.requests) {
      const receipt = await send(request)
      burned ??= parseEventLogs({ abi: burnAbi, eventName: 'Burn', logs: receipt.logs })[0]?.args
    }
    expect(burned).toEqual({ ...burned, amount0: plan.amount0Wei, amount1: plan.amount1Wei })
    // The burn minted the protocol fee to feeTo first.
    const feeToLp1 = await client.publicClient.readContract({
      address: pair.address,
      abi: v2PairAbi,
      functionName: 'balanceOf',
      args: [FEE_TO],
    })
    expect(feeToLp1).toBeGreaterThan(feeToLp0)
  })
})
