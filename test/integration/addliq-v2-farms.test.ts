import { type Address, parseEventLogs, type TransactionReceipt } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApproveRequest } from '../../src/chain/write/buildApproveRequest.ts'
import { buildFarmRequest, buildV2AddRequest } from '../../src/chain/write/buildV2Requests.ts'
import {
  buildV3MintRequest,
  buildV3StakeRequest,
  buildV3UnstakeRequest,
} from '../../src/chain/write/buildV3Requests.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import { readChainDeadline } from '../../src/chain/write/readChainDeadline.ts'
import type { TxRequest } from '../../src/chain/write/txRequest.ts'
import { erc20WriteAbi, npmWriteAbi } from '../../src/chain/write/writeAbis.ts'
import { deriveV2Deposit } from '../../src/domain/actions/deriveV2Deposit.ts'
import { deriveV3Deposit } from '../../src/domain/actions/deriveV3Deposit.ts'
import { applySlippageDown, v3MintMinimums } from '../../src/domain/actions/slippage.ts'
import { rangeFromPercent } from '../../src/domain/actions/validateRange.ts'
import { stakingRewardsAbi, v2PairAbi, v3PoolAbi, v3StakerAbi } from './helpers/abis.ts'
import { createDevnetClient, type DevnetClient } from './helpers/devnetClient.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('deployments')
const owner = deployments.demoAccount
const router = deployments.contracts.v2Router02
const farm = must(deployments.stakingRewards[0])
const pair = must(deployments.v2Pairs.find((p) => p.address === farm.stakingToken))
const incentive = must(deployments.v3Incentives[0])
const v3Pool = must(deployments.v3Pools.find((p) => p.address === incentive.pool))
let client: DevnetClient

beforeAll(() => {
  client = createDevnetClient(inject('rpcUrl'))
})

async function send(request: TxRequest): Promise<TransactionReceipt> {
  const prepared = await prepareTx(client.publicClient, owner, request)
  if (!prepared.ok) throw new Error(`${request.kind}: ${prepared.error.message}`)
  const hash = await client.walletClient.sendTransaction({
    account: owner,
    chain: client.walletClient.chain,
    to: request.to,
    data: request.data,
    value: request.valueWei,
    gas: prepared.gasLimit,
  })
  const receipt = await client.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
  expect(receipt.status).toBe('success')
  return receipt
}
const balanceOf = (token: Address, account: Address = owner) =>
  client.publicClient.readContract({
    address: token,
    abi: erc20WriteAbi,
    functionName: 'balanceOf',
    args: [account],
  })

async function reserves() {
  const [reserve0, reserve1] = await client.publicClient.readContract({
    address: pair.address,
    abi: v2PairAbi,
    functionName: 'getReserves',
  })
  const totalSupply = await client.publicClient.readContract({
    address: pair.address,
    abi: v2PairAbi,
    functionName: 'totalSupply',
  })
  return { reserve0, reserve1, totalSupply }
}

describe('V2 add and the StakingRewards farm', () => {
  it('adds WETH/USDC through Router02 minting exactly the predicted LP, then stakes it, claims, exits', async () => {
    const deposit = deriveV2Deposit(await reserves(), 'token1', 2_000n * 10n ** 6n)
    const lpBefore = await balanceOf(pair.address)
    await send(
      buildApproveRequest({
        token: pair.token0,
        spender: router,
        amountWei: deposit.amount0DesiredWei,
        label: 'a',
      }),
    )
    await send(
      buildApproveRequest({
        token: pair.token1,
        spender: router,
        amountWei: deposit.amount1DesiredWei,
        label: 'b',
      }),
    )
    const request = buildV2AddRequest({
      router,
      token0: pair.token0,
      token1: pair.token1,
      ...deposit,
      amount0MinWei: applySlippageDown(deposit.amount0Wei, 50),
      amount1MinWei: applySlippageDown(deposit.amount1Wei, 50),
      to: owner,
      deadline: await readChainDeadline(client.publicClient, 20),
    })
    const prepared = await prepareTx(client.publicClient, owner, request)
    if (!prepared.ok) throw new Error(prepared.error.message)
    expect(prepared.result).toEqual([deposit.amount0Wei, deposit.amount1Wei, deposit.liquidityWei])
    const receipt = await send(request)
    const [mint] = parseEventLogs({ abi: v2PairAbi, eventName: 'Mint', logs: receipt.logs })
    expect(mint?.args).toMatchObject({ amount0: deposit.amount0Wei, amount1: deposit.amount1Wei })
    const lpMinted = (await balanceOf(pair.address)) - lpBefore
    expect(lpMinted).toBe(deposit.liquidityWei)

    // Farm: approve exactly the new LP, stake it.
    const stakedBefore = await client.publicClient.readContract({
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'balanceOf',
      args: [owner],
    })
    await send(
      buildApproveRequest({ token: pair.address, spender: farm.address, amountWei: lpMinted, label: 'lp' }),
    )
    await send(buildFarmRequest(farm.address, { kind: 'stake', amountWei: lpMinted }))
    const staked = await client.publicClient.readContract({
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'balanceOf',
      args: [owner],
    })
    expect(staked - stakedBefore).toBe(lpMinted)

    await client.advance(86_400)
    const earned = await client.publicClient.readContract({
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'earned',
      args: [owner],
    })
    expect(earned).toBeGreaterThan(0n)
    const rewardBefore = await balanceOf(farm.rewardsToken)
    await send(buildFarmRequest(farm.address, { kind: 'getReward' }))
    // One more second of rewards accrues in the claim block: at least what earned() showed.
    expect((await balanceOf(farm.rewardsToken)) - rewardBefore).toBeGreaterThanOrEqual(earned)

    const lpBeforeExit = await balanceOf(pair.address)
    await send(buildFarmRequest(farm.address, { kind: 'exit' }))
    expect((await balanceOf(pair.address)) - lpBeforeExit).toBe(staked)
  })

  it('adds with ETH (addLiquidityETH): WETH balance untouched, ETH spent = amount + gas', async () => {
    const deposit = deriveV2Deposit(await reserves(), 'token0', 10n ** 17n, 'token0')
    expect(deposit.amount0Wei).toBeLessThan(10n ** 17n) // re-quoted from the USDC side, floored
    await send(
      buildApproveRequest({
        token: pair.token1,
        spender: router,
        amountWei: deposit.amount1DesiredWei,
        label: 'b',
      }),
    )
    const ethBefore = await client.publicClient.getBalance({ address: owner })
    const wethBefore = await balanceOf(pair.token0)
    const receipt = await send(
      buildV2AddRequest({
        router,
        token0: pair.token0,
        token1: pair.token1,
        ...deposit,
        amount0MinWei: applySlippageDown(deposit.amount0Wei, 50),
        amount1MinWei: applySlippageDown(deposit.amount1Wei, 50),
        to: owner,
        deadline: await readChainDeadline(client.publicClient, 20),
        nativeSide: 'token0',
      }),
    )
    const gasCost = receipt.gasUsed * receipt.effectiveGasPrice
    expect(ethBefore - (await client.publicClient.getBalance({ address: owner }))).toBe(
      deposit.amount0Wei + gasCost,
    )
    expect(await balanceOf(pair.token0)).toBe(wethBefore)
  })

  it('a V2 min amount above what the router takes reverts with the slippage message', async () => {
    const deposit = deriveV2Deposit(await reserves(), 'token0', 10n ** 17n)
    const request = buildV2AddRequest({
      router,
      token0: pair.token0,
      token1: pair.token1,
      amount0DesiredWei: deposit.amount0Wei,
      amount1DesiredWei: deposit.amount1Wei * 2n,
      amount0MinWei: 0n,
      amount1MinWei: deposit.amount1Wei + 1n,
      to: owner,
      deadline: await readChainDeadline(client.publicClient, 20),
    })
    const prepared = await prepareTx(client.publicClient, owner, request)
    if (prepared.ok) throw new Error('expected a revert')
    expect(prepared.error.reason).toBe('UniswapV2Router: INSUFFICIENT_B_AMOUNT')
    expect(prepared.error.message).toMatch(/slippage/)
  })
})

describe('V3 staker: stake a new position in one tx, then unstake + claim + withdraw', () => {
  it('deposits and stakes via safeTransferFrom, earns, and gets everything back', async () => {
    const [sqrtPriceX96, tick] = await client.publicClient.readContract({
      address: v3Pool.address,
      abi: v3PoolAbi,
      functionName: 'slot0',
    })
    const range = rangeFromPercent(tick, v3Pool.tickSpacing, 10, 10)
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...range, independent: 'token0', amountWei: 10n ** 18n })
    const npm = deployments.contracts.nonfungiblePositionManager
    const staker = deployments.contracts.v3Staker
    // The demo account starts with no allowance: approve exactly what the mint may take.
    for (const [token, amountWei] of [
      [v3Pool.token0, deposit.amount0DesiredWei],
      [v3Pool.token1, deposit.amount1DesiredWei],
    ] as const)
      await send(buildApproveRequest({ token, spender: npm, amountWei, label: 'approve' }))
    const receipt = await send(
      buildV3MintRequest({
        npm,
        token0: v3Pool.token0,
        token1: v3Pool.token1,
        fee: v3Pool.fee,
        ...range,
        ...deposit,
        ...v3MintMinimums({ sqrtPriceX96, ...range, ...deposit, slippageBps: 50 }),
        recipient: owner,
        deadline: await readChainDeadline(client.publicClient, 20),
      }),
    )
    const [minted] = parseEventLogs({ abi: npmWriteAbi, eventName: 'IncreaseLiquidity', logs: receipt.logs })
    const tokenId = must(minted).args.tokenId
    const key = {
      rewardToken: incentive.rewardToken,
      pool: incentive.pool,
      startTime: BigInt(incentive.startTime),
      endTime: BigInt(incentive.endTime),
      refundee: incentive.refundee,
    }
    await send(buildV3StakeRequest({ npm, staker, owner, tokenId, key }))
    const [depositOwner, numberOfStakes] = await client.publicClient.readContract({
      address: staker,
      abi: v3StakerAbi,
      functionName: 'deposits',
      args: [tokenId],
    })
    expect([depositOwner, numberOfStakes]).toEqual([owner, 1])
    const [, stakedLiquidity] = await client.publicClient.readContract({
      address: staker,
      abi: v3StakerAbi,
      functionName: 'stakes',
      args: [tokenId, incentive.incentiveId],
    })
    expect(stakedLiquidity).toBe(deposit.liquidity)

    await client.advance(3_600)
    const [reward] = await client.publicClient.readContract({
      address: staker,
      abi: v3StakerAbi,
      functionName: 'getRewardInfo',
      args: [key, tokenId],
    })
    expect(reward).toBeGreaterThan(0n)
    const before = await balanceOf(incentive.rewardToken)
    await send(buildV3UnstakeRequest({ staker, tokenId, key, to: owner, withdraw: true }))
    // Unstaking in the next block adds one more second inside: at least the reward read before.
    expect((await balanceOf(incentive.rewardToken)) - before).toBeGreaterThanOrEqual(reward)
    expect(
      await client.publicClient.readContract({
        address: npm,
        abi: npmWriteAbi,
        functionName: 'ownerOf',
        args: [tokenId],
      }),
    ).toBe(owner)
  })
})
