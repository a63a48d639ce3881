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

/** Every unordered pair of `tokens` (deduplicated, case-insensitive). */
export function allPairsOf(tokens: readonly Address[]): [Address, Address][] {
  const unique = [...new Map(tokens.map((t) => [t.toLowerCase(), t])).values()]
  const pairs: [Address, Address][] = []
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++) pairs.push([unique[i] as Address, unique[j] as Address])
  return pairs
}

/**
 * Every V3 pool (each fee tier) and V2 pair of the given token pairs (or of every pair of `tokens`), from
 * the factories' getPool / getPair in ONE Multicall3 eth_call: p pairs → p × (tiers + 1) calls, one
 * request. Only pools that exist (a non-zero address) are returned; tokens are ordered as the pools
 * order them (token0 < token1 by address), lowercase.
 */
export async function discoverPools(
  client: Client,
  parameters: {
    multicall3: Address
    v3Factory: Address
    v2Factory: Address
    /** The pairs to look up; `tokens` instead looks up every pair of those tokens. */
    pairs?: readonly (readonly [Address, Address])[]
    tokens?: readonly Address[]
    feeTiers?: readonly { fee: number; tickSpacing: number }[]
  },
): Promise<DiscoveredPools> {
  const tiers = parameters.feeTiers ?? V3_FEE_TIERS
  const seen = new Set<string>()
  const pairs: [Address, Address][] = []
  for (const [a, b] of parameters.pairs ?? allPairsOf(parameters.tokens ?? [])) {
    const [token0, token1] = [a.toLowerCase(), b.toLowerCase()].sort() as [Address, Address]
    const key = `${token0}-${token1}`
    if (token0 === token1 || seen.has(key)) continue
    seen.add(key)
    pairs.push([token0, token1])
  }
  if (pairs.length === 0) return { v3Pools: [], v2Pairs: [] }
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
