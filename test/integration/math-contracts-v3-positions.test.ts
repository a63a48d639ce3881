// NonfungiblePositionManager against src/math, to the wei: random mints (liquidity and amounts charged),
// burns (decreaseLiquidity static and real) and uncollected fees (collect static call vs fee growth
// inside from raw pool state), on seeded and freshly minted positions.
// Random cases replay with POOLSCOPE_MATH_SEED.
import { type Address, parseEventLogs } from 'viem'
import { describe, expect, it } from 'vitest'
import type { V3PoolInfo } from '../../src/domain/catalogue/types.ts'
import {
  getAmountsForLiquidity,
  getFeeGrowthInside,
  getSqrtRatioAtTick,
  getTokensOwed,
} from '../../src/math/index.ts'
import { npmAbi } from './helpers/abis.ts'
import { DEADLINE } from './helpers/devnetClient.ts'
import { latestBlock, setupMathFixture } from './helpers/mathFixture.ts'
import { readFeeGrowthInputs } from './helpers/poolState.ts'
import { collectableNow, readNpmPosition } from './helpers/v3Actions.ts'
import { mintAndCheck, randomSwaps, slot0At } from './helpers/v3Cases.ts'

const fx = setupMathFixture('math-contracts-v3-positions')
const { random, deployments, lp: LP, v3Pools, poolOf } = fx
const npm = deployments.contracts.nonfungiblePositionManager

describe('V3 NonfungiblePositionManager vs src/math', () => {
  it('mint: the NPM mints getLiquidityForAmounts and charges the rounded-up deltas', async () => {
    let checked = 0
    for (let i = 0; i < 30; i++) if (await mintAndCheck(fx, random.pick(v3Pools))) checked++
    expect(checked).toBeGreaterThanOrEqual(25)
  })

  it('burn: decreaseLiquidity (static and real) returns getAmountsForLiquidity', async () => {
    const { client } = fx
    const seeded = deployments.seed.demoPositions.filter((p) =>
      ['in-range', 'out-of-range', 'uncollected-fees'].includes(p.label),
    )
    const positions: {
      tokenId: bigint
      owner: Address
      pool: V3PoolInfo
      tickLower: number
      tickUpper: number
    }[] = [
      ...seeded.map((p) => ({ ...p, tokenId: BigInt(p.tokenId), pool: poolOf(p.pool) })),
      {
        ...deployments.seed.backtestPosition,
        tokenId: BigInt(deployments.seed.backtestPosition.tokenId),
        pool: poolOf(deployments.seed.backtestPosition.pool),
      },
    ]
    for (let i = 0; i < 12; i++) {
      const minted = await mintAndCheck(fx, random.pick(v3Pools))
      if (minted) positions.push({ ...minted, owner: LP })
    }
    for (const position of positions) {
      if (random.chance(0.5)) await randomSwaps(fx, position.pool, 2)
      const current = await readNpmPosition(client, npm, position.tokenId)
      const liquidity = random.chance(0.3) ? current.liquidity : random.share(current.liquidity, 0, 1) + 1n
      const block = await latestBlock(client)
      const { sqrtPriceX96 } = await slot0At(client, position.pool.address, block)
      const expected = getAmountsForLiquidity(
        sqrtPriceX96,
        getSqrtRatioAtTick(position.tickLower),
        getSqrtRatioAtTick(position.tickUpper),
        liquidity,
      )
      const params = {
        tokenId: position.tokenId,
        liquidity,
        amount0Min: 0n,
        amount1Min: 0n,
        deadline: DEADLINE,
      }
      const { result } = await client.publicClient.simulateContract({
        account: position.owner,
        address: npm,
        abi: npmAbi,
        functionName: 'decreaseLiquidity',
        args: [params],
        blockNumber: block,
      })
      expect({ amount0: result[0], amount1: result[1] }, `token ${position.tokenId}`).toEqual(expected)
      const receipt = await client.write({
        from: position.owner,
        address: npm,
        abi: npmAbi,
        functionName: 'decreaseLiquidity',
        args: [params],
      })
      const [event] = parseEventLogs({ abi: npmAbi, eventName: 'DecreaseLiquidity', logs: receipt.logs })
      expect({ amount0: event?.args.amount0, amount1: event?.args.amount1 }).toEqual(expected)
    }
  })

  it('fees: NPM.collect (static) == tokensOwed + fee growth inside from raw pool state', async () => {
    const { client } = fx
    const positions: { tokenId: bigint; owner: Address; pool: V3PoolInfo }[] = [
      ...deployments.seed.demoPositions
        .filter((p) => p.label !== 'closed' && p.label !== 'staked' && v3Pools.includes(poolOf(p.pool)))
        .map((p) => ({ tokenId: BigInt(p.tokenId), owner: p.owner, pool: poolOf(p.pool) })),
      {
        tokenId: BigInt(deployments.seed.backtestPosition.tokenId),
        owner: deployments.seed.backtestPosition.owner,
        pool: poolOf(deployments.seed.backtestPosition.pool),
      },
    ]
    for (let i = 0; i < 10; i++) {
      const minted = await mintAndCheck(fx, random.pick(v3Pools), true)
      if (minted) positions.push({ tokenId: minted.tokenId, owner: LP, pool: minted.pool })
    }
    let nonZero = 0
    for (let round = 0; round < 2; round++) {
      for (const pool of new Set(positions.map((p) => p.pool))) await randomSwaps(fx, pool, random.int(2, 5))
      for (const position of positions) {
        // A partial burn in round 2 credits tokensOwed, so both terms of the sum are exercised.
        if (round === 1 && random.chance(0.4)) {
          const { liquidity } = await readNpmPosition(client, npm, position.tokenId)
          if (liquidity > 1n)
            await client.write({
              from: position.owner,
              address: npm,
              abi: npmAbi,
              functionName: 'decreaseLiquidity',
              args: [
                {
                  tokenId: position.tokenId,
                  liquidity: liquidity / 2n,
                  amount0Min: 0n,
                  amount1Min: 0n,
                  deadline: DEADLINE,
                },
              ],
            })
        }
        const block = await latestBlock(client)
        const npmPosition = await readNpmPosition(client, npm, position.tokenId, block)
        const inputs = await readFeeGrowthInputs(
          client.publicClient,
          position.pool.address,
          npmPosition.tickLower,
          npmPosition.tickUpper,
          block,
        )
        const inside = getFeeGrowthInside(inputs)
        const expected = [
          npmPosition.tokensOwed0 +
            getTokensOwed(
              npmPosition.feeGrowthInside0LastX128,
              inside.feeGrowthInside0X128,
              npmPosition.liquidity,
            ),
          npmPosition.tokensOwed1 +
            getTokensOwed(
              npmPosition.feeGrowthInside1LastX128,
              inside.feeGrowthInside1X128,
              npmPosition.liquidity,
            ),
        ]
        const collectable = await collectableNow(client, npm, position.owner, position.tokenId, block)
        expect([...collectable], `token ${position.tokenId}`).toEqual(expected)
        if (collectable[0] + collectable[1] > 0n) nonZero++
      }
    }
    expect(nonZero).toBeGreaterThan(positions.length) // most positions really earned fees
  })
})
