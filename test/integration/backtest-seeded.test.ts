import { type Address, createPublicClient, http, maxUint128 } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { nonfungiblePositionManagerAbi } from '../../src/chain/abi/nonfungiblePositionManagerAbi.ts'
import { readBacktest } from '../../src/chain/backtest/readBacktest.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readV3PoolEvents } from '../../src/chain/pools/readV3PoolEvents.ts'
import { backtestRange } from '../../src/domain/backtest/backtestRange.ts'

const client = () => createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })

describe('backtest of the seeded window equals the real position opened with that range', () => {
  it('fees == NPM collect (static) of the seeded backtest position, to the wei', async () => {
    const deployments = inject('deployments')
    const seeded = deployments.seed.backtestPosition
    const pool = deployments.v3Pools.find((p) => p.address === seeded.pool)
    if (!pool) throw new Error('no backtest pool')
    const token = (address: Address) => deployments.tokens.find((t) => t.address === address)
    const publicClient = client()
    const toBlock = await publicClient.getBlockNumber()
    const result = await readBacktest(publicClient, {
      chainId: deployments.chainId,
      pool: {
        address: pool.address,
        feePips: pool.fee,
        tickSpacing: pool.tickSpacing,
        decimals0: token(pool.token0)?.decimals ?? 18,
        decimals1: token(pool.token1)?.decimals ?? 18,
      },
      historyFromBlock: BigInt(deployments.startBlock),
      fromBlock: BigInt(deployments.seed.historyStartBlock),
      toBlock,
      tickLower: seeded.tickLower,
      tickUpper: seeded.tickUpper,
      deposit: { liquidity: BigInt(seeded.liquidityAtMint) },
      store: createMemoryLogStore(),
    })
    const { result: collected } = await publicClient.simulateContract({
      account: seeded.owner,
      address: deployments.contracts.nonfungiblePositionManager,
      abi: nonfungiblePositionManagerAbi,
      functionName: 'collect',
      args: [
        {
          tokenId: BigInt(seeded.tokenId),
          recipient: seeded.owner,
          amount0Max: maxUint128,
          amount1Max: maxUint128,
        },
      ],
      blockNumber: toBlock,
    })
    expect([result.fees0Wei, result.fees1Wei]).toEqual([collected[0], collected[1]])
    expect(result.fees0Wei).toBeGreaterThan(0n)
    expect(result.fees1Wei).toBeGreaterThan(0n)

    // The rest of the result is consistent with the window it replayed.
    expect(result.startTimestamp).toBe(deployments.seed.historyStartTimestamp)
    expect(result.swapCount).toBeGreaterThan(10)
    expect(result.timeInRangeShare).toBeGreaterThan(0)
    expect(result.timeInRangeShare).toBeLessThanOrEqual(1)
    expect(result.impermanentLoss).toBeLessThanOrEqual(0)
    expect(result.feeApr).toBeGreaterThan(0)
    expect(result.series.length).toBe(result.swapCount + 2)
    expect(
      result.series.every((p) => Number.isFinite(p.positionValue1) && Number.isFinite(p.hodlValue1)),
    ).toBe(true)
  })

  it('a hypothetical range on uninitialized ticks earns fees between a narrower and a wider range', async () => {
    const deployments = inject('deployments')
    const seeded = deployments.seed.backtestPosition
    const pool = deployments.v3Pools.find((p) => p.address === seeded.pool)
    if (!pool) throw new Error('no backtest pool')
    const publicClient = client()
    const toBlock = await publicClient.getBlockNumber()
    const events = await readV3PoolEvents(publicClient, {
      chainId: deployments.chainId,
      pool: pool.address,
      fromBlock: BigInt(deployments.startBlock),
      toBlock,
      store: createMemoryLogStore(),
    })
    const run = (widthSpacings: number) =>
      backtestRange({
        events,
        feePips: pool.fee,
        tickSpacing: pool.tickSpacing,
        fromBlock: BigInt(deployments.seed.historyStartBlock),
        toBlock,
        startTimestamp: deployments.seed.historyStartTimestamp,
        endTimestamp: deployments.seed.historyEndTimestamp,
        tickLower: seeded.tickLower - widthSpacings * pool.tickSpacing,
        tickUpper: seeded.tickUpper + widthSpacings * pool.tickSpacing,
        deposit: { liquidity: BigInt(seeded.liquidityAtMint) },
        decimals0: 18,
        decimals1: 6,
      })
    const exact = run(0)
    const wider = run(7)
    // Same liquidity over a superset of prices: at least the same fees, in both tokens.
    expect(wider.fees0Wei).toBeGreaterThanOrEqual(exact.fees0Wei)
    expect(wider.fees1Wei).toBeGreaterThanOrEqual(exact.fees1Wei)
    expect(wider.timeInRangeShare).toBeGreaterThanOrEqual(exact.timeInRangeShare)
  })
})
