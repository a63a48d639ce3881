import type { Address } from 'viem'
import { expect } from 'vitest'
import type { V3PoolInfo } from '../../../src/domain/catalogue/types.ts'
import {
  getAmount0Delta,
  getAmount1Delta,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
  MAX_TICK,
  MIN_TICK,
  nearestUsableTick,
  type PositionAmounts,
} from '../../../src/math/index.ts'
import { v3PoolAbi } from './abis.ts'
import type { CaseRandom } from './caseRandom.ts'
import type { DevnetClient } from './devnetClient.ts'
import { latestBlock, type MathFixture } from './mathFixture.ts'
import { readPoolState } from './poolState.ts'
import { type MintResult, mintPosition, readNpmPosition, routerSwap } from './v3Actions.ts'

/** Token amounts the pool charges to mint `liquidity` (SqrtPriceMath deltas rounded up). */
export function mintAmounts(
  sqrtPriceX96: bigint,
  sqrtLowerX96: bigint,
  sqrtUpperX96: bigint,
  liquidity: bigint,
): PositionAmounts {
  if (sqrtPriceX96 <= sqrtLowerX96)
    return { amount0: getAmount0Delta(sqrtLowerX96, sqrtUpperX96, liquidity, true), amount1: 0n }
  if (sqrtPriceX96 < sqrtUpperX96)
    return {
      amount0: getAmount0Delta(sqrtPriceX96, sqrtUpperX96, liquidity, true),
      amount1: getAmount1Delta(sqrtLowerX96, sqrtPriceX96, liquidity, true),
    }
  return { amount0: 0n, amount1: getAmount1Delta(sqrtLowerX96, sqrtUpperX96, liquidity, true) }
}

/** A random usable range: mostly around the price, sometimes entirely below/above it, or full range. */
export function randomRange(
  random: CaseRandom,
  tick: number,
  tickSpacing: number,
  aroundOnly = false,
): { tickLower: number; tickUpper: number } {
  const minUsable = nearestUsableTick(MIN_TICK, tickSpacing)
  const maxUsable = nearestUsableTick(MAX_TICK, tickSpacing)
  const snap = (t: number) =>
    Math.min(maxUsable, Math.max(minUsable, Math.floor(t / tickSpacing) * tickSpacing))
  const width = () => random.int(1, 40) * tickSpacing * random.int(1, 25)
  const kind = aroundOnly ? 0 : random.float()
  if (kind > 0.9) return { tickLower: minUsable, tickUpper: maxUsable }
  let tickLower: number
  let tickUpper: number
  if (kind < 0.6) {
    tickLower = snap(tick - width())
    tickUpper = snap(tick + width())
  } else if (kind < 0.75) {
    tickUpper = snap(tick - random.int(0, 20) * tickSpacing)
    tickLower = snap(tickUpper - width())
  } else {
    tickLower = snap(tick + random.int(1, 20) * tickSpacing)
    tickUpper = snap(tickLower + width())
  }
  if (tickUpper <= tickLower) tickUpper = tickLower + tickSpacing
  return { tickLower, tickUpper }
}

/** slot0's price and tick at a block. */
export async function slot0At(client: DevnetClient, pool: Address, blockNumber: bigint) {
  const slot0 = await client.publicClient.readContract({
    address: pool,
    abi: v3PoolAbi,
    functionName: 'slot0',
    blockNumber,
  })
  return { sqrtPriceX96: slot0[0], tick: slot0[1] }
}

export type CheckedMint = MintResult & { tickLower: number; tickUpper: number; pool: V3PoolInfo }

/**
 * Mints a random position for fx.lp and checks it to the wei: L == getLiquidityForAmounts at the
 * pre-mint price, amounts == the rounded-up deltas. Returns undefined when L would be 0 (the pool reverts).
 */
export async function mintAndCheck(
  fx: MathFixture,
  pool: V3PoolInfo,
  aroundOnly = false,
): Promise<CheckedMint | undefined> {
  const { client, random } = fx
  const before = await latestBlock(client)
  const { sqrtPriceX96, tick } = await slot0At(client, pool.address, before)
  const range = randomRange(random, tick, pool.tickSpacing, aroundOnly)
  // Deposits from 10^(decimals-6) to 10^(decimals+2) wei, log-uniform: dust to large.
  const deposit = (token: Address) => {
    const decimals = fx.decimalsOf(token)
    return random.logUniform(Math.max(2, decimals - 6), decimals + 2)
  }
  const amount0Desired = deposit(pool.token0)
  const amount1Desired = deposit(pool.token1)
  const sqrtLowerX96 = getSqrtRatioAtTick(range.tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(range.tickUpper)
  const liquidity = getLiquidityForAmounts(
    sqrtPriceX96,
    sqrtLowerX96,
    sqrtUpperX96,
    amount0Desired,
    amount1Desired,
  )
  if (liquidity === 0n) return undefined
  const minted = await mintPosition(client, fx.deployments, fx.lp, pool, {
    ...range,
    amount0Desired,
    amount1Desired,
  })
  expect(minted.blockNumber).toBe(before + 1n) // nothing ran between the read and the mint
  const label = `${pool.fee}@${tick} [${range.tickLower}, ${range.tickUpper}] ${amount0Desired}/${amount1Desired}`
  expect(minted.liquidity, label).toBe(liquidity)
  const expected = mintAmounts(sqrtPriceX96, sqrtLowerX96, sqrtUpperX96, liquidity)
  expect({ amount0: minted.amount0, amount1: minted.amount1 }, label).toEqual(expected)
  expect(minted.amount0).toBeLessThanOrEqual(amount0Desired)
  expect(minted.amount1).toBeLessThanOrEqual(amount1Desired)
  const npm = fx.deployments.contracts.nonfungiblePositionManager
  expect((await readNpmPosition(client, npm, minted.tokenId)).liquidity).toBe(liquidity)
  return { ...minted, ...range, pool }
}

/** A swap size that moves the price by up to ~20 tick spacings at the current liquidity. */
export function randomSwapAmount(
  random: CaseRandom,
  sqrtPriceX96: bigint,
  liquidity: bigint,
  zeroForOne: boolean,
  tickSpacing: number,
): bigint {
  const ticks = random.int(1, 20) * Math.max(10, tickSpacing)
  const factorE9 = BigInt(Math.floor(1.0001 ** (ticks / 2) * 1e9))
  const target = zeroForOne
    ? (sqrtPriceX96 * 1_000_000_000n) / factorE9
    : (sqrtPriceX96 * factorE9) / 1_000_000_000n
  const amount = zeroForOne
    ? getAmount0Delta(target, sqrtPriceX96, liquidity, true)
    : getAmount1Delta(sqrtPriceX96, target, liquidity, true)
  return random.share(amount, 0.05, 1.5) + 1n
}

/** `count` random exact-input swaps through SwapRouter in `pool`, both directions, from fx.lp. */
export async function randomSwaps(fx: MathFixture, pool: V3PoolInfo, count: number): Promise<void> {
  const { client, random, deployments } = fx
  for (let i = 0; i < count; i++) {
    const block = await latestBlock(client)
    const state = await readPoolState(client.publicClient, deployments.contracts.tickLens, pool, block, 0)
    if (state.liquidity === 0n) return
    const zeroForOne = random.chance(0.5)
    const amountIn = randomSwapAmount(
      random,
      state.sqrtPriceX96,
      state.liquidity,
      zeroForOne,
      pool.tickSpacing,
    )
    await routerSwap(client, deployments, fx.lp, pool, zeroForOne, amountIn)
  }
}
