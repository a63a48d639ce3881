import { type Address, createPublicClient, http, maxUint128 } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { nonfungiblePositionManagerAbi } from '../../src/chain/abi/nonfungiblePositionManagerAbi.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readV3PoolEvents } from '../../src/chain/pools/readV3PoolEvents.ts'
import { estimateBacktestFromSwaps } from '../../src/domain/backtest/estimateBacktestFromSwaps.ts'

describe('swap-path backtest (bounded windows on public chains) against a real position', () => {
  it('from Swap events alone, the seeded backtest position’s fees match NPM collect within rounding', async () => {
    const deployments = inject('deployments')
    const seeded = deployments.seed.backtestPosition
    const pool = deployments.v3Pools.find((p) => p.address === seeded.pool)
    if (!pool) throw new Error('no backtest pool')
    const token = (address: Address) => deployments.tokens.find((t) => t.address === address)
    const client = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const toBlock = await client.getBlockNumber()
    const all = await readV3PoolEvents(client, {
      chainId: deployments.chainId,
      pool: pool.address,
      fromBlock: BigInt(deployments.startBlock),
      toBlock,
      store: createMemoryLogStore(),
    })
    const fromBlock = BigInt(seeded.openedBlock) + 1n
    // No Mint or Burn, and nothing but the last price before the window: what a bounded scan has.
    const before = all.filter(
      (e) => e.blockNumber < fromBlock && (e.kind === 'swap' || e.kind === 'initialize'),
    )
    const events = [
      ...before.slice(-1),
      ...all.filter((e) => e.blockNumber >= fromBlock && e.kind === 'swap'),
    ]
    const endTimestamp = Number((await client.getBlock({ blockNumber: toBlock })).timestamp)
    const result = estimateBacktestFromSwaps({
      events,
      feePips: pool.fee,
      tickSpacing: pool.tickSpacing,
      fromBlock,
      toBlock,
      startTimestamp: seeded.openedTimestamp,
      endTimestamp,
      tickLower: seeded.tickLower,
      tickUpper: seeded.tickUpper,
      deposit: { liquidity: BigInt(seeded.liquidityAtMint) },
      decimals0: token(pool.token0)?.decimals ?? 18,
      decimals1: token(pool.token1)?.decimals ?? 18,
    })
    const { result: collected } = await client.simulateContract({
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
    console.info(
      `swap-path backtest: ${result.swapCount} swaps, fees ${result.fees0Wei}/${result.fees1Wei} vs collect ${collected[0]}/${collected[1]}`,
    )
    expect(collected[0]).toBeGreaterThan(0n)
    expect(collected[1]).toBeGreaterThan(0n)
    // Rounding: at most a few wei per swap, and under 0.01 % of the fees.
    for (const [estimate, real] of [
      [result.fees0Wei, collected[0]],
      [result.fees1Wei, collected[1]],
    ] as const) {
      const gap = estimate > real ? estimate - real : real - estimate
      expect(gap).toBeLessThanOrEqual(BigInt(3 * result.swapCount) + real / 10_000n)
    }
    expect(result.swapCount).toBeGreaterThan(10)
  })
})
