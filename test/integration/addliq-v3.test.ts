import { type Address, parseEventLogs, type TransactionReceipt } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApproveRequest } from '../../src/chain/write/buildApproveRequest.ts'
import {
  buildV3IncreaseRequest,
  buildV3MintRequest,
  buildV3RemoveAndCollectRequest,
} from '../../src/chain/write/buildV3Requests.ts'
import { gasWithMargin, prepareTx } from '../../src/chain/write/prepareTx.ts'
import { readChainDeadline } from '../../src/chain/write/readChainDeadline.ts'
import type { TxRequest } from '../../src/chain/write/txRequest.ts'
import { erc20WriteAbi, npmWriteAbi } from '../../src/chain/write/writeAbis.ts'
import { deriveV3Deposit } from '../../src/domain/actions/deriveV3Deposit.ts'
import { applySlippageDown, v3MintMinimums } from '../../src/domain/actions/slippage.ts'
import { rangeFromPercent } from '../../src/domain/actions/validateRange.ts'
import { getAmountsForLiquidity, getSqrtRatioAtTick } from '../../src/math/index.ts'
import { v3PoolAbi } from './helpers/abis.ts'
import { createDevnetClient, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'
import { readNpmPosition, routerSwap } from './helpers/v3Actions.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('deployments')
const npm = deployments.contracts.nonfungiblePositionManager
const owner = deployments.demoAccount
const pool = deployments.v3Pools.find(
  (p) => p.fee === 3000 && p.token1 === deployments.usdToken && p.token0 === deployments.contracts.weth9,
)
if (!pool) throw new Error('WETH/USDC 0.3 % pool missing')
const trader = deployments.seed.traders[0] as Address
let client: DevnetClient

beforeAll(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  await fundAndApprove(
    client,
    deployments,
    trader,
    [pool.token0, pool.token1],
    [deployments.contracts.swapRouter],
  )
})

async function slot0() {
  const [sqrtPriceX96, tick] = await client.publicClient.readContract({
    address: must(pool).address,
    abi: v3PoolAbi,
    functionName: 'slot0',
  })
  return { sqrtPriceX96, tick }
}

/** The app's path: simulate as the user, then send exactly that calldata with the padded gas limit. */
async function prepareAndSend(request: TxRequest): Promise<TransactionReceipt> {
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
  expect(receipt.gasUsed).toBeLessThanOrEqual(prepared.gasLimit)
  return receipt
}

const balanceOf = (token: Address) =>
  client.publicClient.readContract({
    address: token,
    abi: erc20WriteAbi,
    functionName: 'balanceOf',
    args: [owner],
  })

async function approveExact(token: Address, amountWei: bigint) {
  if (amountWei === 0n) return
  await prepareAndSend(buildApproveRequest({ token, spender: npm, amountWei, label: 'approve' }))
  expect(
    await client.publicClient.readContract({
      address: token,
      abi: erc20WriteAbi,
      functionName: 'allowance',
      args: [owner, npm],
    }),
  ).toBe(amountWei)
}

async function planMint(
  range: { tickLower: number; tickUpper: number },
  independent: 'token0' | 'token1',
  amountWei: bigint,
  slippageBps = 50,
) {
  const { sqrtPriceX96 } = await slot0()
  const deposit = deriveV3Deposit({ sqrtPriceX96, ...range, independent, amountWei })
  const mins = v3MintMinimums({ sqrtPriceX96, ...range, ...deposit, slippageBps })
  const deadline = await readChainDeadline(client.publicClient, 20)
  const request = buildV3MintRequest({
    npm,
    token0: must(pool).token0,
    token1: must(pool).token1,
    fee: must(pool).fee,
    ...range,
    ...deposit,
    ...mins,
    recipient: owner,
    deadline,
  })
  return { deposit, mins, request, deadline }
}

function mintedFrom(receipt: TransactionReceipt) {
  const [event] = parseEventLogs({ abi: npmWriteAbi, eventName: 'IncreaseLiquidity', logs: receipt.logs })
  if (!event) throw new Error('no IncreaseLiquidity')
  return event.args
}

describe('V3 add: the exact calldata mints what the form predicted', () => {
  it('in range: exact approvals, simulated result = mined result = prediction, to the wei', async () => {
    const { tick } = await slot0()
    const range = rangeFromPercent(tick, pool.tickSpacing, 10, 10)
    const { deposit, request, deadline } = await planMint(range, 'token0', 10n ** 18n)
    const block = await client.publicClient.getBlock()
    expect(deadline).toBe(block.timestamp + 1200n)

    const [before0, before1] = [await balanceOf(pool.token0), await balanceOf(pool.token1)]
    await approveExact(pool.token0, deposit.amount0DesiredWei)
    await approveExact(pool.token1, deposit.amount1DesiredWei)
    const prepared = await prepareTx(client.publicClient, owner, request)
    if (!prepared.ok) throw new Error(prepared.error.message)
    const [, simLiquidity, simAmount0, simAmount1] = prepared.result as [bigint, bigint, bigint, bigint]
    expect([simLiquidity, simAmount0, simAmount1]).toEqual([
      deposit.liquidity,
      deposit.amount0Wei,
      deposit.amount1Wei,
    ])

    const receipt = await prepareAndSend(request)
    const minted = mintedFrom(receipt)
    expect(minted.liquidity).toBe(deposit.liquidity)
    expect(minted.amount0).toBe(deposit.amount0Wei)
    expect(minted.amount1).toBe(deposit.amount1Wei)
    expect(before0 - (await balanceOf(pool.token0))).toBe(deposit.amount0Wei)
    expect(before1 - (await balanceOf(pool.token1))).toBe(deposit.amount1Wei)
    const position = await readNpmPosition(client, npm, minted.tokenId)
    expect(position).toMatchObject({
      liquidity: deposit.liquidity,
      tickLower: range.tickLower,
      tickUpper: range.tickUpper,
    })
    expect(
      await client.publicClient.readContract({
        address: npm,
        abi: npmWriteAbi,
        functionName: 'ownerOf',
        args: [minted.tokenId],
      }),
    ).toBe(owner)
  })

  it('one-sided out of range (above the price): token0 only, token1 untouched', async () => {
    const { tick } = await slot0()
    const base = Math.ceil(tick / pool.tickSpacing) * pool.tickSpacing
    const range = { tickLower: base + 1200, tickUpper: base + 3000 }
    const { deposit, request, mins } = await planMint(range, 'token0', 2n * 10n ** 17n)
    expect(deposit.rangePosition).toBe('below')
    expect(mins.amount1MinWei).toBe(0n)
    const before1 = await balanceOf(pool.token1)
    await approveExact(pool.token0, deposit.amount0DesiredWei)
    const minted = mintedFrom(await prepareAndSend(request))
    expect(minted).toMatchObject({ liquidity: deposit.liquidity, amount0: deposit.amount0Wei, amount1: 0n })
    expect(await balanceOf(pool.token1)).toBe(before1)
  })

  it('pays WETH in ETH through NPM multicall + refundETH: spends exactly amount0 + gas', async () => {
    const { tick } = await slot0()
    const range = rangeFromPercent(tick, pool.tickSpacing, 20, 20)
    const { sqrtPriceX96 } = await slot0()
    const deposit = deriveV3Deposit({ sqrtPriceX96, ...range, independent: 'token0', amountWei: 10n ** 18n })
    const mins = v3MintMinimums({ sqrtPriceX96, ...range, ...deposit, slippageBps: 50 })
    const request = buildV3MintRequest({
      npm,
      token0: pool.token0,
      token1: pool.token1,
      fee: pool.fee,
      ...range,
      ...deposit,
      ...mins,
      recipient: owner,
      deadline: await readChainDeadline(client.publicClient, 20),
      nativeSide: 'token0',
    })
    expect(request.functionName).toBe('multicall')
    expect(request.valueWei).toBe(deposit.amount0DesiredWei)
    await approveExact(pool.token1, deposit.amount1DesiredWei)
    const ethBefore = await client.publicClient.getBalance({ address: owner })
    const wethBefore = await balanceOf(pool.token0)
    const receipt = await prepareAndSend(request)
    const gasCost = receipt.gasUsed * receipt.effectiveGasPrice
    expect(ethBefore - (await client.publicClient.getBalance({ address: owner }))).toBe(
      deposit.amount0Wei + gasCost,
    )
    expect(await balanceOf(pool.token0)).toBe(wethBefore)
    expect(mintedFrom(receipt).liquidity).toBe(deposit.liquidity)
  })

  it('a price move beyond slippage between review and signing makes the simulation revert, in plain words', async () => {
    const { tick } = await slot0()
    const range = rangeFromPercent(tick, pool.tickSpacing, 10, 10)
    const { deposit, request } = await planMint(range, 'token0', 10n ** 18n)
    await approveExact(pool.token0, deposit.amount0DesiredWei)
    await approveExact(pool.token1, deposit.amount1DesiredWei)
    // Push the price up ~2 % (slippage is 0.5 %).
    await routerSwap(client, deployments, trader, pool, false, 4_000_000n * 10n ** 6n)
    const after = await slot0()
    expect(after.tick - tick).toBeGreaterThan(50)
    const prepared = await prepareTx(client.publicClient, owner, request)
    expect(prepared.ok).toBe(false)
    if (prepared.ok) return
    expect(prepared.error.kind).toBe('reverted')
    expect(prepared.error.reason).toBe('Price slippage check')
    expect(prepared.error.message).toMatch(/price moved more than your slippage allows/i)
  })

  it('a small move inside the slippage band still mints', async () => {
    const { tick } = await slot0()
    const range = rangeFromPercent(tick, pool.tickSpacing, 10, 10)
    const { deposit, request } = await planMint(range, 'token0', 10n ** 18n, 100)
    await approveExact(pool.token0, deposit.amount0DesiredWei)
    await approveExact(pool.token1, deposit.amount1DesiredWei)
    await routerSwap(client, deployments, trader, pool, false, 20_000n * 10n ** 6n)
    const minted = mintedFrom(await prepareAndSend(request))
    expect(minted.liquidity).toBeGreaterThan(0n)
  })

  it('an expired deadline is refused with a plain message; missing approval too', async () => {
    const { tick } = await slot0()
    const range = rangeFromPercent(tick, pool.tickSpacing, 10, 10)
    const { request } = await planMint(range, 'token0', 10n ** 18n)
    // The seeded demo account approved the NPM without limit: revoke to see the failure.
    await prepareAndSend(
      buildApproveRequest({ token: pool.token0, spender: npm, amountWei: 0n, label: 'revoke' }),
    )
    const noApproval = await prepareTx(client.publicClient, owner, request)
    expect(noApproval).toMatchObject({ ok: false, error: { kind: 'reverted' } })
    if (!noApproval.ok) expect(noApproval.error.message).toMatch(/approval or the balance is too low/)
    await client.advance(3600)
    const late = await prepareTx(client.publicClient, owner, request)
    if (late.ok) throw new Error('expected a revert')
    expect(late.error.message).toMatch(/deadline passed/)
  })

  it('gas: anvil under-estimates mint; the padded limit covers it', async () => {
    expect(gasWithMargin(400_000n)).toBe(500_000n)
    expect(gasWithMargin(10_000n)).toBe(100_000n)
    const { tick } = await slot0()
    const range = rangeFromPercent(tick, pool.tickSpacing, 5, 5)
    const { deposit, request } = await planMint(range, 'token1', 5_000n * 10n ** 6n)
    await approveExact(pool.token0, deposit.amount0DesiredWei)
    await approveExact(pool.token1, deposit.amount1DesiredWei)
    const prepared = await prepareTx(client.publicClient, owner, request)
    if (!prepared.ok) throw new Error(prepared.error.message)
    const receipt = await prepareAndSend(request)
    // Logged so a run shows how close estimate and use are (seeding saw mints use more than estimated).
    expect(receipt.gasUsed).toBeLessThan(prepared.gasLimit)
    console.info(
      `mint gas: estimate ${prepared.estimatedGas}, used ${receipt.gasUsed}, limit ${prepared.gasLimit}`,
    )
  })
})

describe('V3 manage: increase, remove 50 %, collect as ETH', () => {
  it('increase, then remove half with min amounts and collect everything as ETH + USDC', async () => {
    const { tick, sqrtPriceX96 } = await slot0()
    const range = rangeFromPercent(tick, pool.tickSpacing, 10, 10)
    const first = await planMint(range, 'token0', 10n ** 18n)
    await approveExact(pool.token0, first.deposit.amount0DesiredWei)
    await approveExact(pool.token1, first.deposit.amount1DesiredWei)
    const { tokenId } = mintedFrom(await prepareAndSend(first.request))

    const more = deriveV3Deposit({
      sqrtPriceX96,
      ...range,
      independent: 'token0',
      amountWei: 5n * 10n ** 17n,
    })
    const moreMins = v3MintMinimums({ sqrtPriceX96, ...range, ...more, slippageBps: 50 })
    await approveExact(pool.token0, more.amount0DesiredWei)
    await approveExact(pool.token1, more.amount1DesiredWei)
    await prepareAndSend(
      buildV3IncreaseRequest({
        npm,
        tokenId,
        ...more,
        ...moreMins,
        deadline: await readChainDeadline(client.publicClient, 20),
      }),
    )
    const total = first.deposit.liquidity + more.liquidity
    expect((await readNpmPosition(client, npm, tokenId)).liquidity).toBe(total)

    const half = total / 2n
    const expected = getAmountsForLiquidity(
      sqrtPriceX96,
      getSqrtRatioAtTick(range.tickLower),
      getSqrtRatioAtTick(range.tickUpper),
      half,
    )
    const ethBefore = await client.publicClient.getBalance({ address: owner })
    const usdcBefore = await balanceOf(pool.token1)
    const receipt = await prepareAndSend(
      buildV3RemoveAndCollectRequest({
        npm,
        tokenId,
        liquidity: half,
        amount0MinWei: applySlippageDown(expected.amount0, 50),
        amount1MinWei: applySlippageDown(expected.amount1, 50),
        deadline: await readChainDeadline(client.publicClient, 20),
        recipient: owner,
        token0: pool.token0,
        token1: pool.token1,
        nativeSide: 'token0',
        label: 'remove 50 %',
        kind: 'remove',
      }),
    )
    const gasCost = receipt.gasUsed * receipt.effectiveGasPrice
    // No swaps since the mint: no fees, so exactly the burned amounts come back (ETH for the WETH side).
    expect((await client.publicClient.getBalance({ address: owner })) - ethBefore + gasCost).toBe(
      expected.amount0,
    )
    expect((await balanceOf(pool.token1)) - usdcBefore).toBe(expected.amount1)
    expect((await readNpmPosition(client, npm, tokenId)).liquidity).toBe(total - half)
  })
})
