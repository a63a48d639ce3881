import type { Address } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { buildV3MintRequest } from '../../src/chain/write/buildV3Requests.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import { readChainDeadline } from '../../src/chain/write/readChainDeadline.ts'
import { deriveV3Deposit } from '../../src/domain/actions/deriveV3Deposit.ts'
import { shiftSqrtPriceX96, v3MintMinimums } from '../../src/domain/actions/slippage.ts'
import { rangeFromPercent } from '../../src/domain/actions/validateRange.ts'
import { getAmount0Delta, getAmount1Delta, getSqrtRatioAtTick } from '../../src/math/index.ts'
import { swapRouterAbi, v3PoolAbi } from './helpers/abis.ts'
import { createDevnetClient, DEADLINE, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

// The minimums protect at exactly the stated tolerance: the real NPM on the devnet, after a real swap
// that moves the price by just under / just over 0.5 %.
const deployments = inject('deployments')
const npm = deployments.contracts.nonfungiblePositionManager
const pool = deployments.v3Pools.find(
  (p) => p.fee === 3000 && p.token1 === deployments.usdToken && p.token0 === deployments.contracts.weth9,
)
if (!pool) throw new Error('WETH/USDC 0.3 % pool missing')
const v3Pool = pool
const [mover, minter] = deployments.seed.traders as [Address, Address]
const SLIPPAGE_BPS = 50
let client: DevnetClient

beforeAll(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  await fundAndApprove(
    client,
    deployments,
    mover,
    [pool.token0, pool.token1],
    [deployments.contracts.swapRouter],
  )
  await fundAndApprove(client, deployments, minter, [pool.token0, pool.token1], [npm])
})

const slot0 = async () => {
  const [sqrtPriceX96, tick] = await client.publicClient.readContract({
    address: v3Pool.address,
    abi: v3PoolAbi,
    functionName: 'slot0',
  })
  return { sqrtPriceX96, tick }
}

/** A real swap through the SwapRouter that stops exactly at `targetSqrtPriceX96` (its price limit). */
async function swapTo(targetSqrtPriceX96: bigint, direction: 'up' | 'down') {
  const [tokenIn, tokenOut] =
    direction === 'up' ? [v3Pool.token1, v3Pool.token0] : [v3Pool.token0, v3Pool.token1]
  await client.write({
    from: mover,
    address: deployments.contracts.swapRouter,
    abi: swapRouterAbi,
    functionName: 'exactInputSingle',
    args: [
      {
        tokenIn,
        tokenOut,
        fee: v3Pool.fee,
        recipient: mover,
        deadline: DEADLINE,
        amountIn: 10n ** 27n,
        amountOutMinimum: 0n,
        sqrtPriceLimitX96: targetSqrtPriceX96,
      },
    ],
  })
  expect((await slot0()).sqrtPriceX96).toBe(targetSqrtPriceX96)
}

describe('mint minimums protect at the stated tolerance (real NPM after a real swap)', () => {
  for (const direction of ['up', 'down'] as const)
    for (const [moveBps, outcome] of [
      [SLIPPAGE_BPS - 1, 'mints'],
      [SLIPPAGE_BPS + 1, 'reverts'],
    ] as const)
      it(`price ${direction} ${moveBps / 100} % at ${SLIPPAGE_BPS / 100} % slippage: the mint ${outcome}`, async () => {
        const { sqrtPriceX96, tick } = await slot0()
        const range = rangeFromPercent(tick, v3Pool.tickSpacing, 10, 10)
        const deposit = deriveV3Deposit({
          sqrtPriceX96,
          ...range,
          independent: 'token0',
          amountWei: 10n ** 18n,
        })
        const mins = v3MintMinimums({ sqrtPriceX96, ...range, ...deposit, slippageBps: SLIPPAGE_BPS })
        expect(mins.amount0MinWei).toBeGreaterThan(0n)
        expect(mins.amount1MinWei).toBeGreaterThan(0n)
        // The user can afford the move: the side the move asks more of covers the position's liquidity up to
        // the band edge; the minimums are the plan's.
        const sqrtLower = getSqrtRatioAtTick(range.tickLower)
        const sqrtUpper = getSqrtRatioAtTick(range.tickUpper)
        const edge = shiftSqrtPriceX96(sqrtPriceX96, SLIPPAGE_BPS, direction)
        const desired =
          direction === 'up'
            ? {
                amount0DesiredWei: deposit.amount0DesiredWei,
                amount1DesiredWei: getAmount1Delta(sqrtLower, edge, deposit.liquidity, true),
              }
            : {
                amount0DesiredWei: getAmount0Delta(edge, sqrtUpper, deposit.liquidity, true),
                amount1DesiredWei: deposit.amount1DesiredWei,
              }
        const deadline = await readChainDeadline(client.publicClient, 20)
        const mint = (amounts: { amount0DesiredWei: bigint; amount1DesiredWei: bigint }) =>
          buildV3MintRequest({
            npm,
            token0: v3Pool.token0,
            token1: v3Pool.token1,
            fee: v3Pool.fee,
            ...range,
            ...amounts,
            ...mins,
            recipient: minter,
            deadline,
          })
        // Before the move both mint (sanity: the minimums are met at the current price).
        expect((await prepareTx(client.publicClient, minter, mint(desired))).ok).toBe(true)

        await swapTo(shiftSqrtPriceX96(sqrtPriceX96, moveBps, direction), direction)
        const prepared = await prepareTx(client.publicClient, minter, mint(desired))
        if (outcome === 'reverts') {
          expect(prepared.ok).toBe(false)
          if (!prepared.ok) expect(prepared.error.reason).toBe('Price slippage check')
          // The plan's own desired amounts are protected too: beyond the tolerance they revert as well.
          const own = await prepareTx(client.publicClient, minter, mint(deposit))
          expect(own.ok ? undefined : own.error.reason).toBe('Price slippage check')
          return
        }
        if (!prepared.ok) throw new Error(prepared.error.message)
        const hash = await client.walletClient.sendTransaction({
          account: minter,
          chain: client.walletClient.chain,
          to: prepared.request.to,
          data: prepared.request.data,
          gas: prepared.gasLimit,
        })
        const receipt = await client.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
        expect(receipt.status).toBe('success')
        const [, , amount0, amount1] = prepared.result as readonly [bigint, bigint, bigint, bigint]
        expect(amount0).toBeGreaterThanOrEqual(mins.amount0MinWei)
        expect(amount1).toBeGreaterThanOrEqual(mins.amount1MinWei)
      })
})
