import { type Address, type Client, zeroAddress } from 'viem'
import { uniswapV2FactoryAbi } from '../abi/uniswapV2FactoryAbi.ts'
import { uniswapV3FactoryAbi } from '../abi/uniswapV3FactoryAbi.ts'
import { call } from '../batch/batchCall.ts'
import { zipResults } from '../batch/batchResult.ts'
import { readBatch } from '../batch/readBatch.ts'

/** Uniswap V3's enabled fee tiers (pips) and their tick spacings. */
export const V3_FEE_TIERS: readonly { fee: number; tickSpacing: number }[] = [
  { fee: 100, tickSpacing: 1 },
  { fee: 500, tickSpacing: 10 },
  { fee: 3000, tickSpacing: 60 },
  { fee: 10000, tickSpacing: 200 },
]

export interface DiscoveredPools {
  v3Pools: { address: Address; token0: Address; token1: Address; fee: number; tickSpacing: number }[]
  v2Pairs: { address: Address; token0: Address; token1: Address }[]
}

/**
 * Every V3 pool (each fee tier) and V2 pair of every pair of `tokens`, from the factories' getPool /
 * getPair in ONE Multicall3 eth_call: n tokens → n(n−1)/2 × (tiers + 1) calls, one request.
 * Tokens are ordered as the pools order them (token0 < token1 by address).
 */
export async function discoverPools(
  client: Client,
  parameters: {
    multicall3: Address
    v3Factory: Address
    v2Factory: Address
    tokens: readonly Address[]
    feeTiers?: readonly { fee: number; tickSpacing: number }[]
  },
): Promise<DiscoveredPools> {
  const tiers = parameters.feeTiers ?? V3_FEE_TIERS
  const sorted = [...new Set(parameters.tokens.map((t) => t.toLowerCase()))].sort() as Address[]
  const pairs: [Address, Address][] = []
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i] as Address, sorted[j] as Address])
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    calls: pairs.map(([token0, token1]) => ({
      v3: tiers.map((tier) =>
        call(parameters.v3Factory, uniswapV3FactoryAbi, 'getPool', [token0, token1, tier.fee]),
      ),
      v2: call(parameters.v2Factory, uniswapV2FactoryAbi, 'getPair', [token0, token1]),
    })),
  })
  const found: DiscoveredPools = { v3Pools: [], v2Pairs: [] }
  for (const [[token0, token1], read] of zipResults(pairs, results)) {
    for (const [tier, pool] of zipResults(tiers, read.v3))
      if (pool.ok && pool.value !== zeroAddress)
        found.v3Pools.push({
          address: pool.value,
          token0,
          token1,
          fee: tier.fee,
          tickSpacing: tier.tickSpacing,
        })
    if (read.v2.ok && read.v2.value !== zeroAddress)
      found.v2Pairs.push({ address: read.v2.value, token0, token1 })
  }
  return found
}
