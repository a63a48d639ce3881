// V3 swaps against src/math's simulateSwap, to the wei: QuoterV2 quotes, the real SwapRouter swap's
// Swap event and the fee growth it adds, for random sizes and directions in every fee tier.
// Random cases replay with POOLSCOPE_MATH_SEED.
import { describe, expect, it } from 'vitest'
import { MAX_TICK, simulateSwap } from '../../src/math/index.ts'
import { quoterV2Abi, v3PoolAbi } from './helpers/abis.ts'
import { latestBlock, setupMathFixture } from './helpers/mathFixture.ts'
import { readPoolState } from './helpers/poolState.ts'
import { routerSwap } from './helpers/v3Actions.ts'
import { randomSwapAmount } from './helpers/v3Cases.ts'

const fx = setupMathFixture('math-contracts-v3-swaps')
const { random, deployments, lp: LP, v3Pools } = fx
const { contracts } = deployments

describe('V3 swaps: QuoterV2 and real swaps vs simulateSwap', () => {
  it('exact input and exact output, to the wei, across ticks and bitmap words', async () => {
    const { client } = fx
    let checked = 0
    let crossedTicks = 0
    // Skipped draws: an empty active range, or an exact output the liquidity cannot provide.
    for (let attempt = 0; checked < 32 && attempt < 80; attempt++) {
      const pool = random.pick(v3Pools)
      const block = await latestBlock(client)
      let state = await readPoolState(client.publicClient, contracts.tickLens, pool, block)
      if (state.liquidity === 0n) continue
      const zeroForOne = random.chance(0.5)
      const exactInput = random.chance(0.6)
      const size = randomSwapAmount(random, state.sqrtPriceX96, state.liquidity, zeroForOne, pool.tickSpacing)
      const amountSpecified = exactInput ? size : -random.share(size, 0.05, 0.9) - 1n
      let simulated = simulateSwap(state, { zeroForOne, amountSpecified })
      if (simulated.tick < state.minLoadedTick || simulated.tick > state.maxLoadedTick) {
        // The swap ran past the loaded ticks (it left a thin range): load the whole bitmap and redo it.
        state = await readPoolState(client.publicClient, contracts.tickLens, pool, block, 2 * MAX_TICK)
        simulated = simulateSwap(state, { zeroForOne, amountSpecified })
      }
      const [amountIn, amountOut] = zeroForOne
        ? [simulated.amount0, -simulated.amount1]
        : [simulated.amount1, -simulated.amount0]
      if (!exactInput && amountOut !== -amountSpecified) continue // not enough liquidity: the quoter reverts
      const [tokenIn, tokenOut] = zeroForOne ? [pool.token0, pool.token1] : [pool.token1, pool.token0]
      const quoteParams = { tokenIn, tokenOut, fee: pool.fee, sqrtPriceLimitX96: 0n }
      const quoted = exactInput
        ? (
            await client.publicClient.simulateContract({
              address: contracts.quoterV2,
              abi: quoterV2Abi,
              functionName: 'quoteExactInputSingle',
              args: [{ ...quoteParams, amountIn: amountSpecified }],
              blockNumber: block,
            })
          ).result
        : (
            await client.publicClient.simulateContract({
              address: contracts.quoterV2,
              abi: quoterV2Abi,
              functionName: 'quoteExactOutputSingle',
              args: [{ ...quoteParams, amount: -amountSpecified }],
              blockNumber: block,
            })
          ).result
      const label = `${pool.fee} ${zeroForOne ? '0→1' : '1→0'} ${amountSpecified}`
      expect(quoted[0], label).toBe(exactInput ? amountOut : amountIn)
      expect(quoted[1], label).toBe(simulated.sqrtPriceX96)
      const swap = await routerSwap(client, deployments, LP, pool, zeroForOne, amountSpecified)
      expect(swap.blockNumber).toBe(block + 1n)
      expect(swap, label).toMatchObject({
        amount0: simulated.amount0,
        amount1: simulated.amount1,
        sqrtPriceX96: simulated.sqrtPriceX96,
        liquidity: simulated.liquidity,
        tick: simulated.tick,
      })
      const feeGrowthAfter = await client.publicClient.readContract({
        address: pool.address,
        abi: v3PoolAbi,
        functionName: zeroForOne ? 'feeGrowthGlobal0X128' : 'feeGrowthGlobal1X128',
      })
      const feeGrowthBefore = zeroForOne ? state.feeGrowthGlobal0X128 : state.feeGrowthGlobal1X128
      expect(feeGrowthAfter).toBe(BigInt.asUintN(256, feeGrowthBefore + simulated.feeGrowthGlobalDeltaX128))
      if (simulated.liquidity !== state.liquidity) crossedTicks++
      checked++
    }
    expect(checked).toBe(32)
    expect(crossedTicks).toBeGreaterThanOrEqual(5) // many swaps crossed initialized ticks
  })
})
