import { type Address, createPublicClient, http } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { uniswapV3PoolAbi } from '../../src/chain/abi/uniswapV3PoolAbi.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { discoverPools } from '../../src/chain/pools/discoverPools.ts'
import { readV3PoolEvents } from '../../src/chain/pools/readV3PoolEvents.ts'
import { replayV3Pool } from '../../src/domain/replay/replayV3Pool.ts'

const client = () => createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })

describe('replaying every swap since creation reproduces the pool', () => {
  it('feeGrowthGlobal0/1X128, slot0 and liquidity equal the contract for every devnet V3 pool', async () => {
    const deployments = inject('deployments')
    const publicClient = client()
    const toBlock = await publicClient.getBlockNumber()
    let swaps = 0
    let priceLimited = 0
    for (const pool of deployments.v3Pools) {
      const address = pool.address as Address
      const events = await readV3PoolEvents(publicClient, {
        chainId: deployments.chainId,
        pool: address,
        fromBlock: BigInt(deployments.startBlock),
        toBlock,
        store: createMemoryLogStore(),
      })
      const { state, swapModes } = replayV3Pool(events, pool.fee, pool.tickSpacing)
      const read = (functionName: 'feeGrowthGlobal0X128' | 'feeGrowthGlobal1X128' | 'liquidity') =>
        publicClient.readContract({ address, abi: uniswapV3PoolAbi, functionName, blockNumber: toBlock })
      const [global0, global1, liquidity, slot0] = await Promise.all([
        read('feeGrowthGlobal0X128'),
        read('feeGrowthGlobal1X128'),
        read('liquidity'),
        publicClient.readContract({
          address,
          abi: uniswapV3PoolAbi,
          functionName: 'slot0',
          blockNumber: toBlock,
        }),
      ])
      expect({
        pool: address,
        global0: state.feeGrowthGlobal0X128,
        global1: state.feeGrowthGlobal1X128,
        liquidity: state.liquidity,
        sqrtPriceX96: state.sqrtPriceX96,
        tick: state.tick,
      }).toEqual({ pool: address, global0, global1, liquidity, sqrtPriceX96: slot0[0], tick: slot0[1] })
      // Fees were really earned: the equality is not 0 == 0.
      expect(state.feeGrowthGlobal0X128 + state.feeGrowthGlobal1X128).toBeGreaterThan(0n)
      swaps += Object.values(swapModes).reduce((sum, count) => sum + count, 0)
      priceLimited += swapModes['exact-in-to-limit'] + swapModes['exact-out-to-limit']
    }
    // Both kinds of swaps occur in the seeded history, so both replay paths are exercised.
    expect(swaps).toBeGreaterThan(300)
    expect(priceLimited).toBeGreaterThan(0)
  })

  it('initialized ticks and their liquidityNet equal pool.ticks() for the backtest pool', async () => {
    const deployments = inject('deployments')
    const publicClient = client()
    const toBlock = await publicClient.getBlockNumber()
    const pool = deployments.v3Pools.find((p) => p.address === deployments.seed.backtestPosition.pool)
    if (!pool) throw new Error('no backtest pool')
    const events = await readV3PoolEvents(publicClient, {
      chainId: deployments.chainId,
      pool: pool.address,
      fromBlock: BigInt(deployments.startBlock),
      toBlock,
      store: createMemoryLogStore(),
    })
    const { state } = replayV3Pool(events, pool.fee, pool.tickSpacing)
    expect(state.ticks.size).toBeGreaterThan(2)
    for (const [tick, info] of state.ticks) {
      const onChain = await publicClient.readContract({
        address: pool.address,
        abi: uniswapV3PoolAbi,
        functionName: 'ticks',
        args: [tick],
        blockNumber: toBlock,
      })
      expect([
        tick,
        info.liquidityGross,
        info.liquidityNet,
        info.feeGrowthOutside0X128,
        info.feeGrowthOutside1X128,
      ]).toEqual([tick, onChain[0], onChain[1], onChain[2], onChain[3]])
    }
  })
})

describe('pool discovery from the factories', () => {
  it('finds exactly the devnet deployments’ V3 pools and V2 pairs in one request', async () => {
    const deployments = inject('deployments')
    let requests = 0
    const countingClient = createPublicClient({
      transport: http(inject('rpcUrl'), {
        fetchFn: (input, init) => {
          requests++
          return fetch(input, init)
        },
      }),
      cacheTime: 0,
    })
    const found = await discoverPools(countingClient, {
      multicall3: deployments.contracts.multicall3,
      v3Factory: deployments.contracts.v3Factory,
      v2Factory: deployments.contracts.v2Factory,
      tokens: deployments.tokens.map((t) => t.address),
    })
    expect(requests).toBe(1)
    const key = (p: { address: string }) => p.address.toLowerCase()
    expect(found.v3Pools.map(key).sort()).toEqual(deployments.v3Pools.map(key).sort())
    expect(found.v2Pairs.map(key).sort()).toEqual(deployments.v2Pairs.map(key).sort())
    for (const pool of deployments.v3Pools) {
      const match = found.v3Pools.find((p) => key(p) === key(pool))
      expect([match?.fee, match?.tickSpacing, match?.token0]).toEqual([
        pool.fee,
        pool.tickSpacing,
        pool.token0.toLowerCase(),
      ])
    }
  })
})
