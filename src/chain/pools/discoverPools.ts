import { type Address, type Client, zeroAddress } from 'viem'
import { uniswapV2FactoryAbi } from '../abi/uniswapV2FactoryAbi.ts'
import { uniswapV3FactoryAbi } from '../abi/uniswapV3FactoryAbi.ts'
import { aggregateCalls, type BatchCall, type BatchResult, contractCall } from '../aggregateCalls.ts'

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
  const calls: BatchCall<Address>[] = []
  const lookups: ({ kind: 'v3'; fee: number; tickSpacing: number } | { kind: 'v2' })[] = []
  const pairs: [Address, Address][] = []
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const token0 = sorted[i] as Address
      const token1 = sorted[j] as Address
      for (const tier of tiers) {
        calls.push(
          contractCall(parameters.v3Factory, uniswapV3FactoryAbi, 'getPool', [token0, token1, tier.fee]),
        )
        lookups.push({ kind: 'v3', ...tier })
        pairs.push([token0, token1])
      }
      calls.push(contractCall(parameters.v2Factory, uniswapV2FactoryAbi, 'getPair', [token0, token1]))
      lookups.push({ kind: 'v2' })
      pairs.push([token0, token1])
    }
  const results = (await aggregateCalls(client, {
    multicall3: parameters.multicall3,
    calls,
  })) as BatchResult<Address>[]
  const found: DiscoveredPools = { v3Pools: [], v2Pairs: [] }
  results.forEach((result, index) => {
    if (!result.ok || result.value === zeroAddress) return
    const lookup = lookups[index]
    const [token0, token1] = pairs[index] as [Address, Address]
    if (lookup?.kind === 'v3')
      found.v3Pools.push({
        address: result.value,
        token0,
        token1,
        fee: lookup.fee,
        tickSpacing: lookup.tickSpacing,
      })
    else found.v2Pairs.push({ address: result.value, token0, token1 })
  })
  return found
}
